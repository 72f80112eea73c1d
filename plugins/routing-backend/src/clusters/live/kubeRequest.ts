import fetch, { FetchError, Headers, RequestInit, Response } from 'node-fetch';
import type {
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import type { ClusterCredentials } from '../credentials/types';
import { ClientCertificate, kubeConfigFor } from './kubeConfigFor';
import { KubeApiError, KubeStatus } from './kubeApiError';

/** GET requests to one cluster's API server. Paths are built by Portway, never taken from answers. */
export interface KubeClient {
  /** The cluster's name, for messages. */
  readonly cluster: string;
  /**
   * GETs `path` and parses the JSON answer. `what` names the request in errors ("listing
   * HTTPRoute (gateway.networking.k8s.io/v1)"). The timeout covers the whole answer. `accept`
   * replaces the Accept header `application/json` (a metadata-only list asks for another).
   */
  getJson<T>(
    path: string,
    what: string,
    signal: AbortSignal,
    accept?: string,
  ): Promise<T>;
  /**
   * GETs a streaming answer. The timeout covers only the wait for the headers; the stream is
   * read until it ends or `signal` aborts. `accept` as for getJson.
   */
  openStream(
    path: string,
    what: string,
    signal: AbortSignal,
    accept?: string,
  ): Promise<NodeJS.ReadableStream>;
}

const JSON_MEDIA_TYPE = 'application/json';

/** `path` with a query string of the params that are set. */
export function withQuery(
  path: string,
  params: Record<string, string | number | boolean | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * An AbortController that also aborts when `parent` does, until unlinked: a long-lived signal
 * must not collect a listener per request.
 */
export function linkedController(parent: AbortSignal) {
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (parent.aborted) abort();
  else parent.addEventListener('abort', abort, { once: true });
  return {
    controller,
    unlink: () => parent.removeEventListener('abort', abort),
  };
}

function parseRetryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after') ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

async function statusBody(response: Response): Promise<KubeStatus> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return parsed;
  } catch {
    // not a Status: an ingress or proxy in front of the API server answered
  }
  return { message: text.trim().slice(0, 300) || undefined };
}

/** node-fetch says `request to <url> failed, reason: <why>`; the cluster is named already. */
function networkReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof FetchError
    ? message.replace(/^request to .* failed, reason: /, '')
    : message;
}

/**
 * The fetch options (the TLS agent) for one client certificate, or none. The TLS settings are
 * fixed, so one agent serves every request until the certificate changes.
 */
function fetchOptionsCache(cluster: ClusterDetails) {
  let cached: { key: string; init: Promise<RequestInit> } | undefined;
  return (clientCertificate?: ClientCertificate) => {
    const key = clientCertificate
      ? `${clientCertificate.cert}\n${clientCertificate.key}`
      : '';
    if (cached?.key !== key) {
      const init = Promise.resolve()
        .then(() =>
          kubeConfigFor(cluster, clientCertificate).applyToFetchOptions({}),
        )
        .catch(error => {
          if (cached?.init === init) cached = undefined;
          throw error;
        }) as Promise<RequestInit>;
      cached = { key, init };
    }
    return cached.init;
  };
}

function clientCertificateOf(
  credential: KubernetesCredential,
): ClientCertificate | undefined {
  return credential.type === 'x509 client certificate'
    ? { cert: credential.cert, key: credential.key }
    : undefined;
}

/**
 * A client for one cluster, with a timeout on every request and typed errors. Every request
 * is signed with a credential asked of `credentials` then (strategies renew tokens themselves).
 */
export function createKubeClient(
  cluster: ClusterDetails,
  credentials: ClusterCredentials,
  settings: { requestTimeoutMs: number },
): KubeClient {
  const base = cluster.url.replace(/\/+$/, '');
  const fetchOptionsFor = fetchOptionsCache(cluster);

  /** GETs `path` and reads the answer with `read`; the caller unlinks `signal` when done. */
  async function request<T>(
    path: string,
    what: string,
    signal: AbortSignal,
    accept: string,
    read: (response: Response) => Promise<T>,
  ): Promise<{ body: T; unlink: () => void }> {
    const prefix = `cluster ${cluster.name}: ${what}`;
    const { controller, unlink } = linkedController(signal);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, settings.requestTimeoutMs);
    try {
      const credential = await credentials
        .credentialFor(cluster)
        .catch(error => {
          throw new KubeApiError(`${prefix} failed: ${error.message}`);
        });
      const init = await fetchOptionsFor(clientCertificateOf(credential)).catch(
        error => {
          throw new KubeApiError(`${prefix} failed: ${networkReason(error)}`);
        },
      );
      const headers = new Headers(init.headers);
      headers.set('Accept', accept);
      if (credential.type === 'bearer token') {
        // A token read from a file may end with a newline, which no header may hold.
        headers.set('Authorization', `Bearer ${credential.token.trim()}`);
      }
      const response = await fetch(`${base}${path}`, {
        ...init,
        method: 'GET',
        headers,
        redirect: 'manual',
        // node-fetch types AbortSignal on its own; the DOM's is the same at run time
        signal: controller.signal as RequestInit['signal'],
      });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        throw new KubeApiError(
          `${prefix} failed: ${response.status} redirect to ${location} not followed (Portway only talks to the configured cluster URL)`,
          { status: response.status },
        );
      }
      if (!response.ok) {
        throw KubeApiError.fromStatus(
          prefix,
          response.status,
          await statusBody(response),
          parseRetryAfter(response),
        );
      }
      return { body: await read(response), unlink };
    } catch (error) {
      unlink();
      if (error instanceof KubeApiError) throw error;
      if (timedOut) {
        throw new KubeApiError(
          `${prefix} failed: no answer within ${settings.requestTimeoutMs} ms`,
        );
      }
      throw new KubeApiError(`${prefix} failed: ${networkReason(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    cluster: cluster.name,
    async getJson<T>(
      path: string,
      what: string,
      signal: AbortSignal,
      accept = JSON_MEDIA_TYPE,
    ) {
      const { body, unlink } = await request(
        path,
        what,
        signal,
        accept,
        response => response.text(),
      );
      unlink();
      try {
        return JSON.parse(body) as T;
      } catch (error) {
        throw new KubeApiError(
          `cluster ${cluster.name}: ${what} failed: the answer is not JSON (${
            (error as Error).message
          })`,
        );
      }
    },
    async openStream(
      path: string,
      what: string,
      signal: AbortSignal,
      accept = JSON_MEDIA_TYPE,
    ) {
      const { body, unlink } = await request(
        path,
        what,
        signal,
        accept,
        async response => response.body,
      );
      body.once('close', unlink);
      return body;
    },
  };
}
