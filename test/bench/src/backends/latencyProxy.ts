import http from 'http';
import https from 'https';
import type { AddressInfo } from 'net';
import type { ApiServerAccess } from './kubeApi';

/** Requests a proxy forwarded, by what they asked the API server for. */
export interface RequestCounts {
  discovery: number;
  list: number;
  watch: number;
  other: number;
}

/** Options of {@link startLatencyProxy}. */
export interface LatencyProxyOptions {
  /** The proxy's name in logs and results, e.g. `c1`. */
  name: string;
  upstream: ApiServerAccess;
  /** Added before forwarding each request. */
  delayMs: number;
  /**
   * Adds `resourceVersion=0` to lists that ask for none, so the API server answers them from
   * its watch cache as clusters with consistent reads from cache (Kubernetes >= 1.31 on etcd
   * >= 3.5.13) do; kube-apiserver-lite's etcd 3.4 would otherwise read every list from etcd.
   */
  listsFromCache: boolean;
}

/** A plain-http stand-in for a cluster: forwards to the API server after a delay. */
export interface LatencyProxy {
  readonly name: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** Requests seen so far (a copy). */
  counts(): RequestCounts;
  /**
   * Hung: new requests are accepted and never answered, and responses being streamed (watches)
   * stop flowing. Back to normal: the held connections are closed, so clients reconnect.
   */
  setHung(hung: boolean): void;
  close(): Promise<void>;
}

/** What a request asks for: discovery, a list, a watch, or anything else. */
export function classifyRequest(method: string, url: URL): keyof RequestCounts {
  if (method !== 'GET') return 'other';
  const query = url.searchParams;
  const parts = url.pathname.split('/').filter(Boolean);
  if (query.get('watch') === 'true' || query.get('watch') === '1') {
    return 'watch';
  }
  if (parts[0] === 'api' || parts[0] === 'apis') {
    let rest = parts.slice(parts[0] === 'api' ? 2 : 3);
    if (rest[0] === 'watch') return 'watch';
    if (rest.length === 0) return 'discovery';
    if (rest[0] === 'namespaces' && rest.length >= 3) rest = rest.slice(2);
    return rest.length === 1 ? 'list' : 'other';
  }
  if (['openapi', 'version'].includes(parts[0] ?? '')) return 'discovery';
  return 'other';
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'host',
]);

function forwardHeaders(headers: http.IncomingHttpHeaders) {
  return Object.fromEntries(
    Object.entries(headers).filter(([key]) => !HOP_BY_HOP.has(key)),
  );
}

/** Starts a latency proxy on a free 127.0.0.1 port. */
export async function startLatencyProxy(
  options: LatencyProxyOptions,
): Promise<LatencyProxy> {
  const { upstream, delayMs, listsFromCache } = options;
  const target = new URL(upstream.url);
  const agent = new https.Agent({
    keepAlive: true,
    ca: upstream.ca,
    rejectUnauthorized: !upstream.skipTLSVerify,
  });
  const counts: RequestCounts = { discovery: 0, list: 0, watch: 0, other: 0 };
  let hung = false;
  /** Exchanges stopped or never answered while hung; closed when the proxy recovers. */
  const held = new Set<http.ServerResponse>();
  /** Upstream responses being streamed, to freeze when the proxy hangs. */
  const streaming = new Map<http.ServerResponse, http.IncomingMessage>();

  function hold(res: http.ServerResponse) {
    held.add(res);
    res.on('close', () => held.delete(res));
  }

  function forward(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', target);
    const kind = classifyRequest(req.method ?? 'GET', url);
    counts[kind] += 1;
    if (
      listsFromCache &&
      kind === 'list' &&
      !url.searchParams.has('resourceVersion') &&
      !url.searchParams.has('continue')
    ) {
      url.searchParams.set('resourceVersion', '0');
    }
    const upstreamReq = https.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers: forwardHeaders(req.headers),
      },
      upstreamRes => {
        if (hung) {
          upstreamRes.pause();
          hold(res);
          return;
        }
        res.writeHead(
          upstreamRes.statusCode ?? 502,
          forwardHeaders(upstreamRes.headers),
        );
        res.flushHeaders();
        streaming.set(res, upstreamRes);
        upstreamRes.pipe(res);
        upstreamRes.on('end', () => streaming.delete(res));
      },
    );
    upstreamReq.on('error', error => {
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
      }
      res.end(`proxy ${options.name}: ${error.message}`);
    });
    res.on('close', () => {
      streaming.delete(res);
      upstreamReq.destroy();
    });
    req.pipe(upstreamReq);
  }

  const server = http.createServer({ noDelay: true }, (req, res) => {
    if (hung) {
      counts[
        classifyRequest(req.method ?? 'GET', new URL(req.url ?? '/', target))
      ] += 1;
      hold(res);
      return;
    }
    setTimeout(() => {
      if (hung) {
        hold(res);
        return;
      }
      forward(req, res);
    }, delayMs);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    name: options.name,
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    setHung(value) {
      hung = value;
      if (value) {
        for (const [res, upstreamRes] of streaming) {
          upstreamRes.unpipe(res);
          upstreamRes.pause();
          hold(res);
        }
        streaming.clear();
      } else {
        for (const res of held) res.destroy();
        held.clear();
      }
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
