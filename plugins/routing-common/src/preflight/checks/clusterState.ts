import type { ExposureKind } from '../../exposure/types';
import type { ExposureRequest } from '../../types/exposure';
import type { Finding } from '../../types/findings';
import type { PreflightCluster } from '../types';
import { clusterKinds } from '../clusterKinds';
import { finding } from './types';

function age(lastSyncedAt: string | undefined, now: number): string {
  if (!lastSyncedAt) return 'of unknown age';
  const seconds = Math.max(
    0,
    Math.round((now - Date.parse(lastSyncedAt)) / 1000),
  );
  if (seconds < 120) return `${seconds} s old`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120
    ? `${minutes} min old`
    : `${Math.round(minutes / 60)} h old`;
}

/**
 * How far a cluster can be trusted for a request: ClusterNotFound when Portway does not know
 * it, ClusterUnavailable (error) when nothing could be read, KindNotServed (error) when it does
 * not serve the kind the request creates (Istio or the Gateway API not installed), and a warning
 * when its data is stale (with the data's age) or still syncing. KindNotServed is about
 * `kindField`, the request field that chose the kind (`type` for exposure), when there is one.
 *
 * @public
 */
export function clusterStateFindings(
  request: Pick<ExposureRequest, 'cluster'>,
  kind: Pick<ExposureKind, 'objectKind'>,
  clusters: PreflightCluster[],
  now: number,
  kindField?: string,
): { cluster?: PreflightCluster; findings: Finding[] } {
  const cluster = clusters.find(
    candidate => candidate.name === request.cluster,
  );
  if (!cluster) {
    const known = clusters.map(candidate => candidate.name).sort();
    return {
      findings: [
        finding(
          'error',
          'ClusterNotFound',
          'cluster',
          `cluster "${
            request.cluster
          }" is not one Portway knows; known clusters: ${
            known.length > 0 ? known.join(', ') : 'none'
          }`,
        ),
      ],
    };
  }
  const { status } = cluster;
  if (status.state === 'error') {
    return {
      findings: [
        finding(
          'error',
          'ClusterUnavailable',
          'cluster',
          `cluster ${cluster.name} cannot be read, so nothing can be checked${
            status.message ? `: ${status.message}` : ''
          }`,
        ),
      ],
    };
  }
  const findings: Finding[] = [];
  const { group } = Object.values(clusterKinds).find(
    candidate => candidate.kind === kind.objectKind,
  )!;
  const notServed = status.kinds?.find(
    entry =>
      entry.kind === kind.objectKind &&
      entry.group === group &&
      entry.state === 'not-installed',
  );
  if (notServed) {
    findings.push(
      finding(
        'error',
        'KindNotServed',
        kindField,
        `cluster ${cluster.name} does not serve ${
          kind.objectKind
        } (${group}): ${status.message ?? 'its API is not installed'}`,
      ),
    );
  }
  if (status.state === 'stale') {
    findings.push(
      finding(
        'warning',
        'ClusterStale',
        'cluster',
        `cluster ${
          cluster.name
        } cannot be read right now: checked against its last known state, ${age(
          status.lastSyncedAt,
          now,
        )}${status.message ? ` (${status.message})` : ''}`,
      ),
    );
  } else if (status.state === 'syncing') {
    findings.push(
      finding(
        'warning',
        'ClusterSyncing',
        'cluster',
        `cluster ${cluster.name} is still being read for the first time: some objects may be missing from the checks`,
      ),
    );
  }
  return { cluster, findings };
}
