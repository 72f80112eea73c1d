import type { ExposureRequest, ExposureType } from './exposure';
import type { Finding } from './findings';

/**
 * Where a recorded exposure request is in its life:
 * `requested -> open -> merged -> live | failed`, or `closed` (withdrawn, pull request closed
 * unmerged, branch deleted) and `expired` (not merged in time).
 *
 * @public
 */
export const exposureRequestStates = [
  'requested',
  'open',
  'merged',
  'live',
  'failed',
  'closed',
  'expired',
] as const;

/**
 * One of {@link exposureRequestStates}.
 *
 * @public
 */
export type ExposureRequestState = (typeof exposureRequestStates)[number];

/**
 * The states a request may move to from each state; the last three are final.
 *
 * @public
 */
export const exposureRequestTransitions: Readonly<
  Record<ExposureRequestState, readonly ExposureRequestState[]>
> = {
  requested: ['open', 'failed', 'closed', 'expired'],
  open: ['open', 'merged', 'failed', 'closed', 'expired'],
  merged: ['live', 'failed', 'closed'],
  live: ['failed', 'closed'],
  failed: [],
  closed: [],
  expired: [],
};

/**
 * Whether a request in state `from` may move to `to`.
 *
 * @public
 */
export function canMoveExposureRequest(
  from: ExposureRequestState,
  to: ExposureRequestState,
): boolean {
  return exposureRequestTransitions[from].includes(to);
}

/**
 * Whether a request in `state` still holds its hostnames (failed, closed and expired release them).
 *
 * @public
 */
export function holdsHostnames(state: ExposureRequestState): boolean {
  return exposureRequestTransitions[state].length > 0;
}

/**
 * Where a request's change is opened: the local GitOps repository or one of the forges.
 *
 * @public
 */
export type ExposureChangeProvider =
  | 'local'
  | 'github'
  | 'gitlab'
  | 'bitbucketServer';

/**
 * The change opened for a request, as the scaffolder action records it.
 *
 * @public
 */
export interface ExposureChange {
  /** Where the change was made: a forge or a local repository. */
  provider: ExposureChangeProvider;
  /** The branch holding the change. */
  branchName: string;
  /** The branch's head commit, once known. */
  commitSha?: string;
  /** The pull (merge) request's web URL; forges only. */
  pullRequestUrl?: string;
}

/**
 * What became of a request's change, read back from its forge or the local repository: open,
 * merged, or closed unmerged (closed, declined, branch deleted) with the reason.
 *
 * @public
 */
export type ExposureChangeStatus =
  | { state: 'open' }
  | { state: 'merged' }
  | { state: 'closed'; reason: string };

/**
 * An exposure request recorded by the routing backend, as its HTTP API returns it.
 *
 * @public
 */
export interface ExposureRequestRecord {
  /** Its id (a UUID), as in `DELETE /exposure/requests/{id}`. */
  id: string;
  /** Where the request is in its lifecycle (see `exposureRequestTransitions`). */
  state: ExposureRequestState;
  /** Why it is in its state, when that needs saying (`failed`, `closed`). */
  stateReason?: string;
  /** The catalog entity the exposure is for, as an entity ref. */
  entityRef: string;
  /** The kind of exposure requested. */
  type: ExposureType;
  /** The cluster the exposure is for. */
  cluster: string;
  /** The namespace of the Service and of the objects the change adds. */
  namespace: string;
  /** The hostnames it reserves (none for `grpc-mesh`); released when it fails, closes or expires. */
  hostnames: string[];
  /** Where its GitOps change was opened, once it was: the local repository or a forge. */
  provider?: ExposureChangeProvider;
  /** The branch of its GitOps change, once opened. */
  branchName?: string;
  /** The commit of its change in the local repository (which tells a merged branch that was deleted from one closed unmerged). */
  commitSha?: string;
  /** Its pull (merge) request on the forge, once opened. */
  pullRequestUrl?: string;
  /** Who asked for it: a user entity ref, or the service's subject. */
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
  /** The exposure request as it was accepted (defaults applied). */
  request: ExposureRequest;
}

/**
 * The answer of `POST /exposure/requests`: 201 with the request, else 400/409 with the findings.
 *
 * @public
 */
export interface CreateExposureRequestResponse {
  /** The record of the new request. */
  request: ExposureRequestRecord;
  /** The preflight's findings on the request. */
  findings: Finding[];
}

/**
 * The answer of `GET /exposure/requests?entityRef=`: newest first.
 *
 * @public
 */
export interface ExposureRequestsResponse {
  /** The matching requests. */
  requests: ExposureRequestRecord[];
}
