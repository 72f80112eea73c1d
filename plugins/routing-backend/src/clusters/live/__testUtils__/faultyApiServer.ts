import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import {
  apiVersionOf,
  KindName,
  kindNames,
  resourceKinds,
} from '../../resourceKinds';
import { fakeDiscovery } from './fakeDiscovery';

/** Faults a test switches on and off while the server runs. */
export interface Faults {
  /** Accept every request and never answer. */
  hang: boolean;
  /** Answer 401 to every request. */
  unauthorized: boolean;
  /** Kinds whose list and watch answer 403. */
  forbidden: Set<KindName>;
  /** How many of the next list requests with a continue token answer 410 Expired. */
  expireContinueTokens: number;
  /** How many of the next list requests answer 429 with `Retry-After: retryAfterSeconds`. */
  tooManyRequests: number;
  retryAfterSeconds: number;
  /** How long each list page takes to be answered. */
  pageDelayMs: number;
}

/** A request the server saw, for tests to count. */
export interface SeenRequest {
  type: 'discovery' | 'list' | 'watch';
  kind?: KindName;
  /** A list page after the first (with a continue token). */
  continued: boolean;
  /** The request's Accept header. */
  accept?: string;
  status: number;
  at: number;
}

export interface FaultyApiServer {
  url: string;
  token: string;
  faults: Faults;
  requests: SeenRequest[];
  /** How many requests of a type (for one kind) were answered with `status` (any if unset). */
  count(type: SeenRequest['type'], kind?: KindName, status?: number): number;
  /** Creates or replaces an object, sending ADDED or MODIFIED to open watches. */
  put(kind: KindName, object: KubernetesObject): void;
  /** Deletes an object, sending DELETED to open watches. */
  remove(kind: KindName, namespace: string, name: string): void;
  /** Sends a BOOKMARK at the current resourceVersion to every open watch. */
  bookmark(): void;
  /** Compacts history: open watches get an ERROR 410 event, older resourceVersions are gone. */
  expireWatches(): void;
  /** Ends every open watch stream, as the API server does when `timeoutSeconds` passes. */
  closeWatches(): void;
  openWatches(kind?: KindName): number;
  installGroup(group: string): void;
  uninstallGroup(group: string): void;
  /** Connections not yet closed by either side. */
  openConnections(): number;
  close(): Promise<void>;
}

interface Watcher {
  kind: KindName;
  response: http.ServerResponse;
}

const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  code,
  reason,
  message,
});

/**
 * A Kubernetes API server on 127.0.0.1 that serves discovery, paginated lists and watches of
 * every kind Portway reads, at the first of its versions unless `versions` says otherwise,
 * with faults a test can inject.
 */
export async function startFaultyApiServer(
  options: {
    withoutGroups?: string[];
    versions?: Partial<Record<KindName, string>>;
  } = {},
): Promise<FaultyApiServer> {
  const token = 'test-token';
  const missingGroups = new Set(options.withoutGroups ?? []);
  const versionOf = (kind: KindName) =>
    options.versions?.[kind] ?? resourceKinds[kind].versions[0];
  const objects = new Map<KindName, Map<string, KubernetesObject>>(
    kindNames.map(kind => [kind, new Map()]),
  );
  const history: Array<{ rv: number; kind: KindName; event: unknown }> = [];
  let resourceVersion = 1;
  let compactedAt = 0;
  let watchers: Watcher[] = [];
  const sockets = new Set<Socket>();
  const requests: SeenRequest[] = [];
  const faults: Faults = {
    hang: false,
    unauthorized: false,
    forbidden: new Set(),
    expireContinueTokens: 0,
    tooManyRequests: 0,
    retryAfterSeconds: 1,
    pageDelayMs: 0,
  };

  const { kindsIn, resourceList, groupList, kindAt } = fakeDiscovery(
    versionOf,
    missingGroups,
  );

  function send(watcher: Watcher, event: unknown) {
    watcher.response.write(`${JSON.stringify(event)}\n`);
  }

  function endWatch(watcher: Watcher) {
    watchers = watchers.filter(other => other !== watcher);
    watcher.response.end();
  }

  function record(
    request: Omit<SeenRequest, 'at' | 'status'>,
    response: http.ServerResponse,
  ) {
    const seen = { ...request, status: 0, at: Date.now() };
    requests.push(seen);
    response.on('finish', () => {
      seen.status = response.statusCode;
    });
    if (request.type === 'watch') seen.status = 200;
  }

  function answer(
    response: http.ServerResponse,
    code: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    response.writeHead(code, {
      'Content-Type': 'application/json',
      ...headers,
    });
    response.end(JSON.stringify(body));
  }

  async function list(
    kind: KindName,
    query: URLSearchParams,
    response: http.ServerResponse,
  ) {
    const continueToken = query.get('continue');
    if (faults.pageDelayMs) {
      await new Promise(resolve => setTimeout(resolve, faults.pageDelayMs));
    }
    if (continueToken && faults.expireContinueTokens > 0) {
      faults.expireContinueTokens--;
      answer(
        response,
        410,
        status(
          410,
          'Expired',
          'The provided continue parameter is too old to display a consistent list result.',
        ),
      );
      return;
    }
    const limit = Number(query.get('limit') ?? 500);
    const offset = continueToken
      ? Number(Buffer.from(continueToken, 'base64url').toString())
      : 0;
    const all = [...objects.get(kind)!.values()];
    const next = offset + limit < all.length ? offset + limit : undefined;
    answer(response, 200, {
      kind: `${resourceKinds[kind].kind}List`,
      apiVersion: apiVersionOf(resourceKinds[kind], versionOf(kind)),
      metadata: {
        resourceVersion: String(resourceVersion),
        ...(next !== undefined
          ? { continue: Buffer.from(String(next)).toString('base64url') }
          : {}),
      },
      items: all
        .slice(offset, offset + limit)
        .map(({ apiVersion: _a, kind: _k, ...item }) => item),
    });
  }

  function watch(
    kind: KindName,
    query: URLSearchParams,
    response: http.ServerResponse,
  ) {
    const from = Number(query.get('resourceVersion') ?? 0);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.flushHeaders();
    const watcher = { kind, response };
    if (from < compactedAt) {
      send(watcher, {
        type: 'ERROR',
        object: status(
          410,
          'Expired',
          `too old resource version: ${from} (${compactedAt})`,
        ),
      });
      response.end();
      return;
    }
    history
      .filter(entry => entry.kind === kind && entry.rv > from)
      .forEach(entry => send(watcher, entry.event));
    watchers.push(watcher);
    response.on('close', () => endWatch(watcher));
  }

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const query = url.searchParams;
    const kind = kindAt(url.pathname);
    let type: SeenRequest['type'] = 'discovery';
    if (kind) type = query.get('watch') === 'true' ? 'watch' : 'list';
    record(
      {
        type,
        kind,
        continued: query.has('continue'),
        accept: request.headers.accept,
      },
      response,
    );
    if (faults.hang) return;
    if (
      faults.unauthorized ||
      request.headers.authorization !== `Bearer ${token}`
    ) {
      answer(response, 401, status(401, 'Unauthorized', 'Unauthorized'));
      return;
    }
    if (kind && faults.forbidden.has(kind)) {
      const { plural, group } = resourceKinds[kind];
      answer(
        response,
        403,
        status(
          403,
          'Forbidden',
          `${plural} is forbidden: User "system:serviceaccount:portway:portway" cannot ${type} resource "${plural}" in API group "${group}" at the cluster scope`,
        ),
      );
      return;
    }
    if (type === 'list' && faults.tooManyRequests > 0) {
      faults.tooManyRequests--;
      answer(
        response,
        429,
        status(
          429,
          'TooManyRequests',
          'Too many requests, please try again later.',
        ),
        { 'Retry-After': String(faults.retryAfterSeconds) },
      );
      return;
    }
    if (kind && type === 'watch') {
      watch(kind, query, response);
      return;
    }
    if (kind) {
      await list(kind, query, response);
      return;
    }
    const path = url.pathname;
    const groupVersion = path.match(/^\/apis\/([^/]+)\/([^/]+)$/);
    if (path === '/version') {
      answer(response, 200, { major: '1', minor: '36', gitVersion: 'v1.36.4' });
    } else if (path === '/api') {
      answer(response, 200, { kind: 'APIVersions', versions: ['v1'] });
    } else if (path === '/api/v1') {
      answer(response, 200, resourceList('', 'v1'));
    } else if (path === '/apis') {
      answer(response, 200, groupList());
    } else if (
      groupVersion &&
      kindsIn(groupVersion[1], groupVersion[2]).length
    ) {
      answer(response, 200, resourceList(groupVersion[1], groupVersion[2]));
    } else {
      answer(
        response,
        404,
        status(
          404,
          'NotFound',
          'the server could not find the requested resource',
        ),
      );
    }
  }

  function change(kind: KindName, type: string, object: KubernetesObject) {
    resourceVersion++;
    const stored = {
      ...object,
      apiVersion: apiVersionOf(resourceKinds[kind], versionOf(kind)),
      kind: resourceKinds[kind].kind,
      metadata: {
        ...object.metadata,
        resourceVersion: String(resourceVersion),
      },
    };
    const key = `${stored.metadata.namespace ?? ''}/${stored.metadata.name}`;
    if (type === 'DELETED') objects.get(kind)!.delete(key);
    else objects.get(kind)!.set(key, stored);
    const event = { type, object: stored };
    history.push({ rv: resourceVersion, kind, event });
    watchers
      .filter(watcher => watcher.kind === kind)
      .forEach(watcher => send(watcher, event));
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch(error => {
      response.destroy(error);
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    faults,
    requests,
    count: (type, kind, code) =>
      requests.filter(
        seen =>
          seen.type === type &&
          (kind === undefined || seen.kind === kind) &&
          (code === undefined || seen.status === code),
      ).length,
    put(kind, object) {
      const key = `${object.metadata?.namespace ?? ''}/${
        object.metadata?.name
      }`;
      change(kind, objects.get(kind)!.has(key) ? 'MODIFIED' : 'ADDED', object);
    },
    remove(kind, namespace, name) {
      const object = objects.get(kind)!.get(`${namespace}/${name}`);
      if (object) change(kind, 'DELETED', object);
    },
    bookmark() {
      const event = {
        type: 'BOOKMARK',
        object: { metadata: { resourceVersion: String(resourceVersion) } },
      };
      watchers.forEach(watcher => send(watcher, event));
    },
    expireWatches() {
      compactedAt = resourceVersion;
      history.length = 0;
      const event = {
        type: 'ERROR',
        object: status(410, 'Expired', 'too old resource version'),
      };
      watchers.forEach(watcher => {
        send(watcher, event);
        endWatch(watcher);
      });
    },
    closeWatches() {
      watchers.forEach(endWatch);
    },
    openWatches: kind =>
      watchers.filter(watcher => kind === undefined || watcher.kind === kind)
        .length,
    installGroup: group => missingGroups.delete(group),
    uninstallGroup: group => missingGroups.add(group),
    openConnections: () => sockets.size,
    async close() {
      watchers.forEach(endWatch);
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    },
  };
}
