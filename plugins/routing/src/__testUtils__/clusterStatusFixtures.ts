import type { ClusterStatus } from '@portway/plugin-routing-common';
import { fromNow, minute } from './fromNow';

/** Cluster states: healthy, stale, syncing, broken, and healthy without Istio. */
export const clusters: Record<string, ClusterStatus> = {
  ok: { name: 'prod-eu', state: 'ok', lastSyncedAt: fromNow(-1 * minute) },
  stale: {
    name: 'prod-us',
    state: 'stale',
    message: 'reading fails: connect ETIMEDOUT 10.0.0.2:6443',
    lastSyncedAt: fromNow(-12 * minute),
  },
  syncing: {
    name: 'staging',
    state: 'syncing',
    message: 'still listing some kinds for the first time',
    kinds: [
      {
        kind: 'VirtualService',
        group: 'networking.istio.io',
        apiVersion: 'v1',
        state: 'syncing',
      },
    ],
  },
  error: {
    name: 'prod-ap',
    state: 'error',
    message: 'connect ECONNREFUSED 10.0.0.3:6443',
  },
  noIstio: {
    name: 'dev',
    state: 'ok',
    message: 'Istio is not installed in cluster dev',
    kinds: [
      {
        kind: 'VirtualService',
        group: 'networking.istio.io',
        state: 'not-installed',
      },
    ],
  },
};
