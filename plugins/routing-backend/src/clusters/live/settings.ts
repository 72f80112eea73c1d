/** How a live cluster is listed, watched and retried. */
export interface LiveSyncSettings {
  /** Objects per LIST page (`limit`). */
  pageSize: number;
  /** How long any request may take, body included, except an open watch stream. */
  requestTimeoutMs: number;
  /**
   * Sent as a watch's `timeoutSeconds`. A watch that sends nothing, not even a bookmark, for
   * this long plus 30 s is closed by Portway and opened again.
   */
  watchTimeoutSeconds: number;
  /** The first retry delay after a failure; doubles with each further failure. */
  backoffInitialMs: number;
  /** The longest retry delay. */
  backoffMaxMs: number;
  /**
   * How often the API server's discovery is read again, so a CRD installed or removed later
   * is seen; also how often a forbidden or not-installed kind is tried again.
   */
  rediscoverIntervalMs: number;
  /**
   * How often the API server is asked `GET /version` between discoveries. A cluster that
   * stops answering can leave watches open and silent; this is how its data turns stale.
   */
  healthCheckIntervalMs: number;
}

/** The settings used where `routing.sync` leaves a key unset. */
export const defaultLiveSyncSettings: LiveSyncSettings = {
  pageSize: 500,
  requestTimeoutMs: 10_000,
  watchTimeoutSeconds: 300,
  backoffInitialMs: 500,
  backoffMaxMs: 30_000,
  rediscoverIntervalMs: 300_000,
  healthCheckIntervalMs: 30_000,
};
