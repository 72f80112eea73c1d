import type { Entity } from '@backstage/catalog-model';
import type {
  ExposureRequest,
  ExposureRequestRecord,
  ExposureRequestState,
  Finding,
} from '@portway/plugin-routing-common';

/** A hostname and the request that holds it. */
export interface HostnameHolder {
  hostname: string;
  holder: ExposureRequestRecord;
}

/** What the store needs to record a new request. */
export interface NewExposureRequest {
  request: ExposureRequest;
  createdBy: string;
}

/** What recording a request gave: the request, or the hostnames other requests hold. */
export type RecordResult =
  | { created: ExposureRequestRecord }
  | { conflicts: HostnameHolder[] };

/** A move of a request to another state, with what is known about its change. */
export interface ExposureRequestMove {
  state: ExposureRequestState;
  stateReason?: string;
  branchName?: string;
  pullRequestUrl?: string;
}

/**
 * Exposure requests and their hostname reservations in the plugin's database. The database
 * decides who holds a hostname (a unique key), so replicas sharing one database never reserve
 * a hostname twice.
 */
export interface ExposureRequestStore {
  /**
   * Records a request and reserves its hostnames in one transaction: all or nothing. When
   * another request holds one of them, nothing is written and the holders are returned.
   */
  record(input: NewExposureRequest): Promise<RecordResult>;
  /** The request with this id, or undefined. */
  get(id: string): Promise<ExposureRequestRecord | undefined>;
  /** The requests of an entity, newest first. */
  listForEntity(entityRef: string): Promise<ExposureRequestRecord[]>;
  /** The requests holding any of these hostnames. */
  holdersOf(hostnames: string[]): Promise<HostnameHolder[]>;
  /**
   * Moves a request that is in one of the states `from` to `move.state` (in one transaction
   * with releasing its hostnames when the new state does not hold them). Answers the request
   * as it is afterwards and whether it moved; undefined for an unknown id.
   */
  move(
    id: string,
    from: readonly ExposureRequestState[],
    move: ExposureRequestMove,
  ): Promise<{ request: ExposureRequestRecord; moved: boolean } | undefined>;
}

/** The outcome of creating a request. */
export type CreateOutcome =
  /** Recorded: its hostnames are reserved. */
  | { status: 'created'; request: ExposureRequestRecord; findings: Finding[] }
  /** The preflight has errors (a HostnameConflict among them makes it `conflict`). */
  | { status: 'refused'; findings: Finding[] }
  /** A hostname is live or reserved for another request. */
  | { status: 'conflict'; findings: Finding[] };

/** Exposure requests as a resource: preflight, reservation, lifecycle. */
export interface ExposureRequestsService {
  /**
   * Preflights `request` for `entity` (undefined when the catalog has none) and records it
   * when the preflight has no errors and its hostnames can be reserved.
   */
  create(
    request: ExposureRequest,
    entity: Entity | undefined,
    actor: string,
  ): Promise<CreateOutcome>;
  /** The request with this id, or undefined. */
  get(id: string): Promise<ExposureRequestRecord | undefined>;
  /** The requests of an entity, newest first. */
  listForEntity(entityRef: string): Promise<ExposureRequestRecord[]>;
  /** Withdraws a request: `closed`, hostnames released. A final request stays as it is. */
  withdraw(
    id: string,
    actor: string,
  ): Promise<ExposureRequestRecord | undefined>;
  /** Records the branch and pull request of a request's change: `open`. */
  recordChange(
    id: string,
    change: { branchName?: string; pullRequestUrl?: string },
  ): Promise<ExposureRequestRecord | undefined>;
  /** Releases a request whose change could not be opened: `failed` with the reason. */
  release(
    id: string,
    reason: string,
  ): Promise<ExposureRequestRecord | undefined>;
}
