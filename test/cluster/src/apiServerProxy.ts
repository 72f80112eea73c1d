import http from 'http';
import https from 'https';
import type { AddressInfo, Socket } from 'net';
import type { KubeConfig } from '@kubernetes/client-node';

/** One request the proxy passed on. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/apis/gateway.networking.k8s.io/v1/httproutes?limit=2`. */
  path: string;
  /** The Accept header the client sent. */
  accept?: string;
  /** What the API server answered so far, for paths `recordBodiesOf` matches. */
  body?: string;
}

/** A plain-http proxy in front of an API server. */
export interface ApiServerProxy {
  /** `http://127.0.0.1:PORT`; configure the cluster with `skipTLSVerify: true`. */
  readonly url: string;
  /** Every request passed on so far, in order. */
  readonly requests: readonly ProxiedRequest[];
  /** Stops listening and cuts every open connection (watches included). */
  close(): Promise<void>;
}

/**
 * A transparent proxy to the API server of `currentKubeConfig()`, asked on every request and
 * authenticating with its token. kube-apiserver-lite makes up a new token each time it starts,
 * so a restarted server refuses the token a backend was configured with; behind this proxy the
 * backend keeps one URL and one config across restarts, and sees what it would see from a real
 * cluster: connections cut when the server goes away, refused while it is down (the client
 * socket is destroyed), and the same server again afterwards.
 */
export async function startApiServerProxy(
  currentKubeConfig: () => KubeConfig,
  options: {
    /** Keep the answers to requests whose path matches, to see what the backend was sent. */
    recordBodiesOf?: RegExp;
    /** Answer 403 Forbidden to requests whose path matches, as RBAC would. */
    forbid?: RegExp;
  } = {},
): Promise<ApiServerProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const agent = new https.Agent({ keepAlive: true });

  const server = http.createServer((req, res) => {
    const seen: ProxiedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      accept: req.headers.accept,
    };
    requests.push(seen);
    if (options.forbid?.test(seen.path)) {
      res.writeHead(403, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'Forbidden',
          code: 403,
          message: `forbidden by the test proxy: ${seen.path}`,
        }),
      );
      return;
    }
    let upstream: http.ClientRequest;
    try {
      const kubeConfig = currentKubeConfig();
      const cluster = kubeConfig.getCurrentCluster()!;
      const target = new URL(req.url ?? '/', cluster.server);
      const headers = { ...req.headers, host: target.host };
      delete headers.connection;
      headers.authorization = `Bearer ${kubeConfig.getCurrentUser()!.token}`;
      upstream = https.request(target, {
        method: req.method,
        headers,
        agent,
        ca: Buffer.from(cluster.caData!, 'base64'),
      });
    } catch {
      req.socket.destroy();
      return;
    }
    upstream.on('response', upstreamRes => {
      const headers = { ...upstreamRes.headers };
      delete headers.connection;
      delete headers['keep-alive'];
      res.writeHead(upstreamRes.statusCode ?? 502, headers);
      // Node holds headers back until the first body chunk; an API server sends a watch's at once.
      res.flushHeaders();
      if (options.recordBodiesOf?.test(seen.path)) {
        seen.body = '';
        upstreamRes.on('data', chunk => {
          seen.body += chunk.toString();
        });
      }
      upstreamRes.pipe(res);
      // The server went away in the middle of a response (a watch, usually): cut it here too.
      upstreamRes.on('aborted', () => res.destroy());
      upstreamRes.on('error', () => res.destroy());
    });
    // Connection refused or reset: the client sees its connection fail, as without the proxy.
    upstream.on('error', () => req.socket.destroy());
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      const closed = new Promise(resolve => server.close(resolve));
      sockets.forEach(socket => socket.destroy());
      agent.destroy();
      await closed;
    },
  };
}
