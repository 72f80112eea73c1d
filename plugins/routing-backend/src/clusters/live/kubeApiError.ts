import { STATUS_CODES } from 'node:http';

/** What an API server says when it refuses a request: a `Status` object. */
export interface KubeStatus {
  code?: number;
  reason?: string;
  message?: string;
}

/**
 * A request to a cluster that failed. `status` is the HTTP status, or the `code` of a watch's
 * ERROR event; it is unset when no answer came (network error, timeout).
 */
export class KubeApiError extends Error {
  readonly status?: number;
  /** The Status `reason`, e.g. `Expired`, `Forbidden`. */
  readonly reason?: string;
  /** The `Retry-After` of a 429, in seconds. */
  readonly retryAfterSeconds?: number;

  constructor(
    message: string,
    details: {
      status?: number;
      reason?: string;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = 'KubeApiError';
    this.status = details.status;
    this.reason = details.reason;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** `cluster prod-eu: listing HTTPRoute (gateway.networking.k8s.io/v1) failed: 503 Service Unavailable: etcdserver: leader changed` */
  static fromStatus(
    prefix: string,
    status: number,
    body: KubeStatus | undefined,
    retryAfterSeconds?: number,
  ): KubeApiError {
    const statusText = STATUS_CODES[status] ?? body?.reason ?? 'Error';
    const said = body?.message ? `: ${body.message}` : '';
    return new KubeApiError(
      `${prefix} failed: ${status} ${statusText}${said}`,
      {
        status,
        reason: body?.reason,
        retryAfterSeconds,
      },
    );
  }
}

/** The HTTP status of a failed request, if the API server answered. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof KubeApiError ? error.status : undefined;
}
