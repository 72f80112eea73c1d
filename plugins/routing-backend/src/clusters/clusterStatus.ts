import type {
  ClusterKindStatus,
  ClusterStatus,
} from '@portway/plugin-routing-common';
import type { KindSync } from './cache/types';
import {
  ApiFamily,
  KindName,
  kindNames,
  ResourceKind,
  resourceKinds,
} from './resourceKinds';

function describeKind(kind: KindName): string {
  const { kind: name, group } = resourceKinds[kind];
  return group ? `${name} (${group})` : name;
}

function familyKinds(family: ApiFamily): KindName[] {
  return kindNames.filter(kind => resourceKinds[kind].family === family);
}

/**
 * What is not installed, by family when a whole family is missing ("Istio is not installed in
 * cluster prod-eu"), else by kind.
 */
function notInstalledNotes(
  cluster: string,
  missing: ReadonlySet<KindName>,
): string[] {
  const notes: string[] = [];
  const named = new Set<KindName>();
  for (const family of ['Gateway API', 'Istio', 'cert-manager'] as const) {
    const kinds = familyKinds(family);
    if (kinds.every(kind => missing.has(kind))) {
      notes.push(`${family} is not installed in cluster ${cluster}`);
      kinds.forEach(kind => named.add(kind));
    }
  }
  for (const kind of missing) {
    if (!named.has(kind)) {
      notes.push(
        `${describeKind(kind)} is not installed in cluster ${cluster}`,
      );
    }
  }
  return notes;
}

/**
 * What a forbidden kind means for the answer: for a kind that may be forbidden (Secrets),
 * what is not checked ("certificate Secrets not checked in cluster prod-eu: ..."); else the
 * API server's refusal.
 */
function forbiddenNote(
  cluster: string,
  kind: KindName,
  syncs: Record<KindName, KindSync>,
): string | undefined {
  const { uncheckedWithout }: ResourceKind = resourceKinds[kind];
  const { message } = syncs[kind];
  if (!uncheckedWithout) return message;
  return `${uncheckedWithout} in cluster ${cluster}${
    message ? `: ${message}` : ''
  }`;
}

function age(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

/**
 * A cluster's status from the sync state of its kinds:
 * - `error` when nothing could be read yet and reading fails;
 * - `stale` when some kind fails now; the message says since when the data is not refreshed;
 * - `syncing` while some kind's first list is under way;
 * - `ok` otherwise.
 * Kinds that are not installed or forbidden are reported in the message and in `kinds` but
 * do not make the rest of the cluster's answer stale. `kinds` lists each kind that is not
 * synced, unless the whole cluster fails for one reason, which the message already says.
 */
export function clusterStatus(
  cluster: string,
  syncs: Record<KindName, KindSync>,
  now: number,
): ClusterStatus {
  const inState = (state: KindSync['state']) =>
    kindNames.filter(kind => syncs[kind].state === state);
  const failing = inState('failing');
  const failingReasons = unique(failing.map(kind => syncs[kind].message));
  // Every kind failing for one reason is the cluster failing (unreachable, a health check
  // timing out): the cluster's message says it once, instead of once per kind.
  const clusterFails =
    failing.length === kindNames.length && failingReasons.length === 1;
  const kinds = clusterFails
    ? []
    : kindNames.filter(kind => syncs[kind].state !== 'synced');
  const syncing = inState('syncing');
  const notes = [
    ...notInstalledNotes(cluster, new Set(inState('not-installed'))),
    ...unique(
      inState('forbidden').map(kind => forbiddenNote(cluster, kind, syncs)),
    ),
  ];
  const synced = kindNames.filter(kind => syncs[kind].lastSyncedAt);
  const oldest = Math.min(
    ...[...failing, ...inState('synced')]
      .map(kind => syncs[kind].lastSyncedAt)
      .filter((at): at is number => at !== undefined),
  );

  let state: ClusterStatus['state'] = 'ok';
  let reason: string | undefined;
  if (failing.length > 0 && synced.length === 0) {
    state = 'error';
    reason = failingReasons.join('; ');
  } else if (failing.length > 0) {
    state = 'stale';
    const since = Number.isFinite(oldest)
      ? `serving data last synced ${age(now - oldest)} ago`
      : 'serving partial data';
    reason = `${since}: ${failingReasons.join('; ')}`;
  } else if (syncing.length > 0) {
    state = 'syncing';
  }

  const message = unique([reason, ...notes]).join('; ');
  return {
    name: cluster,
    state,
    ...(message ? { message } : {}),
    ...(Number.isFinite(oldest)
      ? { lastSyncedAt: new Date(oldest).toISOString() }
      : {}),
    ...(kinds.length > 0
      ? {
          kinds: kinds.map(
            (kind): ClusterKindStatus => ({
              kind: resourceKinds[kind].kind,
              group: resourceKinds[kind].group,
              ...(syncs[kind].apiVersion
                ? { apiVersion: syncs[kind].apiVersion }
                : {}),
              state: syncs[kind].state as ClusterKindStatus['state'],
              ...(syncs[kind].message ? { message: syncs[kind].message } : {}),
            }),
          ),
        }
      : {}),
  };
}
