import type {
  ClusterKindStatus,
  ClusterStatus,
} from '@portway/plugin-routing-common';
import { relativeTime } from '../../format/relativeTime';

/** `Cluster prod-eu: error: connection refused`. */
export function clusterStatusText(cluster: ClusterStatus): string {
  const text = `Cluster ${cluster.name}: ${cluster.state}`;
  return cluster.message ? `${text}: ${cluster.message}` : text;
}

const consequences: Record<ClusterStatus['state'], string | undefined> = {
  ok: undefined,
  error: 'nothing from this cluster is shown',
  stale: 'what is shown may be out of date',
  syncing: 'what is shown may be incomplete',
};

/**
 * How old the cluster's data is and what its state means for the page:
 * `Data from 12 minutes ago (2026-12-01 11:48 UTC); what is shown may be out of date.`
 */
export function clusterAgeText(
  cluster: ClusterStatus,
  now: Date,
): string | undefined {
  const consequence = consequences[cluster.state];
  const age = cluster.lastSyncedAt
    ? `Data from ${relativeTime(
        cluster.lastSyncedAt,
        now,
      )} (${cluster.lastSyncedAt.slice(0, 16).replace('T', ' ')} UTC)`
    : undefined;
  if (!age && !consequence) {
    return undefined;
  }
  if (!age) {
    return `${consequence![0].toUpperCase()}${consequence!.slice(1)}.`;
  }
  return consequence ? `${age}; ${consequence}.` : `${age}.`;
}

const kindStates: Record<ClusterKindStatus['state'], string> = {
  syncing: 'still being listed',
  'not-installed': 'not installed',
  forbidden: 'not readable (forbidden)',
  failing: 'failing',
};

/** `VirtualService (networking.istio.io): not installed: Istio is not installed`. */
export function clusterKindText(kind: ClusterKindStatus): string {
  const group = kind.group ? ` (${kind.group})` : '';
  const text = `${kind.kind}${group}: ${kindStates[kind.state]}`;
  return kind.message ? `${text}: ${kind.message}` : text;
}
