import { mockCredentials } from '@backstage/backend-test-utils';
import type { BenchEntity } from './benchData';
import type { BackendKind } from './protocol';

/** The answer to one entity query, as the client saw it. */
export interface QueryResult {
  ms: number;
  /** HTTP status; 0 when the request failed or timed out. */
  status: number;
  timedOut: boolean;
  /** Routes in the answer, per cluster name. */
  routesByCluster: Record<string, number>;
  /** Every hostname of every route in the answer. */
  hostnames: string[];
  /** Clusters the answer names (Portway: all; stock: those with objects or errors). */
  clusters: string[];
  /** Clusters the answer reports as not OK, with why. */
  clusterProblems: Record<string, string>;
}

/** Asks one backend for one entity's routes, as its frontend does. */
export type EntityQuery = (
  entity: BenchEntity,
  timeoutMs: number,
) => Promise<QueryResult>;

// Sent as the frontend would send a user's token; startTestBackend's mock auth accepts it.
const AUTHORIZATION = mockCredentials.user.header();

type Answer = Omit<QueryResult, 'ms' | 'status' | 'timedOut'>;

function emptyAnswer(): Answer {
  return {
    routesByCluster: {},
    hostnames: [],
    clusters: [],
    clusterProblems: {},
  };
}

function portwayAnswer(body: any): Answer {
  const answer = emptyAnswer();
  for (const route of body?.routes ?? []) {
    answer.routesByCluster[route.cluster] =
      (answer.routesByCluster[route.cluster] ?? 0) + 1;
    answer.hostnames.push(...(route.hostnames ?? []));
  }
  for (const cluster of body?.clusters ?? []) {
    answer.clusters.push(cluster.name);
    if (cluster.state !== 'ok') {
      answer.clusterProblems[cluster.name] = `${cluster.state}${
        cluster.message ? `: ${cluster.message}` : ''
      }`;
    }
  }
  return answer;
}

function stockAnswer(body: any): Answer {
  const answer = emptyAnswer();
  for (const item of body?.items ?? []) {
    const name = item.cluster?.name;
    answer.clusters.push(name);
    const routes = (item.resources ?? [])
      .filter((fetched: any) => fetched.type === 'customresources')
      .flatMap((fetched: any) => fetched.resources ?? [])
      .filter((object: any) => object.kind === 'HTTPRoute');
    answer.routesByCluster[name] = routes.length;
    answer.hostnames.push(
      ...routes.flatMap((route: any) => route.spec?.hostnames ?? []),
    );
    if (item.errors?.length) {
      answer.clusterProblems[name] = item.errors
        .map((error: any) => error.errorType)
        .join(', ');
    }
  }
  return answer;
}

async function timed(
  request: (signal: AbortSignal) => Promise<Response>,
  timeoutMs: number,
  read: (body: unknown) => Answer,
): Promise<QueryResult> {
  const start = performance.now();
  try {
    const response = await request(AbortSignal.timeout(timeoutMs));
    const body = await response.json().catch(() => undefined);
    return {
      ms: performance.now() - start,
      status: response.status,
      timedOut: false,
      ...read(response.ok ? body : undefined),
    };
  } catch (error) {
    const name = (error as Error)?.name;
    return {
      ms: performance.now() - start,
      status: 0,
      timedOut: name === 'TimeoutError' || name === 'AbortError',
      ...emptyAnswer(),
    };
  }
}

/** The entity query of a backend: Portway's routes answer, or the stock services answer. */
export function entityQuery(kind: BackendKind, baseUrl: string): EntityQuery {
  if (kind === 'portway') {
    return (entity, timeoutMs) =>
      timed(
        signal =>
          fetch(
            `${baseUrl}/api/routing/entities/default/component/${entity.metadata.name}/routes`,
            { headers: { Authorization: AUTHORIZATION }, signal },
          ),
        timeoutMs,
        portwayAnswer,
      );
  }
  return (entity, timeoutMs) =>
    timed(
      signal =>
        fetch(`${baseUrl}/api/kubernetes/services/${entity.metadata.name}`, {
          method: 'POST',
          headers: {
            Authorization: AUTHORIZATION,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ entity }),
          signal,
        }),
      timeoutMs,
      stockAnswer,
    );
}
