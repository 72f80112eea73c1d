import type {
  ExposureChangeProvider,
  ExposureRequest,
  ExposureRequestRecord,
  ExposureRequestState,
  ExposureType,
} from '@portway/plugin-routing-common';

/** The table of requests. */
export const REQUESTS_TABLE = 'exposure_requests';
/** The table of hostname reservations; its key is the hostname. */
export const RESERVATIONS_TABLE = 'exposure_hostname_reservations';

/** A row of {@link REQUESTS_TABLE}. */
export interface RequestRow {
  id: string;
  entity_ref: string;
  type: string;
  cluster: string;
  namespace: string;
  request: string;
  state: string;
  state_reason: string | null;
  provider: string | null;
  branch_name: string | null;
  commit_sha: string | null;
  pull_request_url: string | null;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
}

/** A row of {@link RESERVATIONS_TABLE}. */
export interface ReservationRow {
  hostname: string;
  cluster: string;
  request_id: string;
  created_at: Date;
}

/** A timestamp as the drivers return it (PostgreSQL a Date, SQLite epoch milliseconds). */
function isoTime(value: Date | string | number): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** The row of a new request. */
export function rowOf(
  id: string,
  request: ExposureRequest,
  createdBy: string,
  at: Date,
): RequestRow {
  return {
    id,
    entity_ref: request.entityRef,
    type: request.type,
    cluster: request.cluster,
    namespace: request.namespace,
    request: JSON.stringify(request),
    state: 'requested',
    state_reason: null,
    provider: null,
    branch_name: null,
    commit_sha: null,
    pull_request_url: null,
    created_by: createdBy,
    created_at: at,
    updated_at: at,
  };
}

/** The request a row stores, as the HTTP API shows it. */
export function recordOf(row: RequestRow): ExposureRequestRecord {
  const request = JSON.parse(row.request) as ExposureRequest;
  return {
    id: row.id,
    state: row.state as ExposureRequestState,
    ...(row.state_reason ? { stateReason: row.state_reason } : {}),
    entityRef: row.entity_ref,
    type: row.type as ExposureType,
    cluster: row.cluster,
    namespace: row.namespace,
    hostnames: request.hostnames,
    ...(row.provider
      ? { provider: row.provider as ExposureChangeProvider }
      : {}),
    ...(row.branch_name ? { branchName: row.branch_name } : {}),
    ...(row.commit_sha ? { commitSha: row.commit_sha } : {}),
    ...(row.pull_request_url ? { pullRequestUrl: row.pull_request_url } : {}),
    createdBy: row.created_by,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    request,
  };
}
