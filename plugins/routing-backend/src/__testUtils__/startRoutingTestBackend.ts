import type { Server } from 'http';
import path from 'path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  BackendFeature,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import { routingPlugin } from '../plugin';

/** The demo cluster of the embedded default, served as the snapshot cluster `demo`. */
export const DEMO_CLUSTER = path.resolve(
  __dirname,
  '../../../../examples/cluster',
);

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-shop', lifecycle: 'production' },
  };
}

/** The catalog of the test backend: the demo cluster's entities and one with a broken selector. */
export const testEntities = [
  component('storefront', { 'backstage.io/kubernetes-id': 'storefront' }),
  component('checkout', { 'backstage.io/kubernetes-id': 'checkout' }),
  component('payments', {
    'backstage.io/kubernetes-label-selector': 'app.kubernetes.io/name=payments',
  }),
  component('broken-selector', {
    'backstage.io/kubernetes-label-selector': 'app in (',
  }),
];

/** `kubernetes` config with one live cluster that refuses every connection. */
export const unreachableCluster = {
  kubernetes: {
    clusterLocatorMethods: [
      {
        type: 'config',
        clusters: [
          {
            name: 'unreachable',
            url: 'http://127.0.0.1:9',
            authProvider: 'serviceAccount',
            serviceAccountToken: 'token',
            skipTLSVerify: true,
          },
        ],
      },
    ],
  },
};

/** What the test backend runs with, beyond the demo cluster and the test catalog. */
export interface RoutingTestBackendOptions {
  /** The permission policy's one answer; default ALLOW. */
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** Permissions (by name) the policy denies, allowing the rest; overrides `permission`. */
  deny?: string[];
  /** `backend.database`; default an in-memory SQLite database of this backend alone. */
  database?: object;
  /** More snapshot clusters, after `demo`. */
  snapshotClusters?: Array<{ name: string; directory: string }>;
  /** `routing.gitops`; unset: not configured. */
  gitops?: object;
  /** More `routing` keys (e.g. `clusterAuth`). */
  routing?: object;
  /** More catalog entities, after {@link testEntities}. */
  entities?: Entity[];
  /** More root config keys (e.g. {@link unreachableCluster}). */
  config?: object;
  /** More features: service factories (e.g. an auditor mock) or modules of the plugin. */
  services?: BackendFeature[];
}

/** A permission policy that denies the permissions named and allows every other. */
function denyingPermissions(denied: string[]) {
  const decide = (requests: Array<{ permission: { name: string } }>) =>
    requests.map(request => ({
      result: denied.includes(request.permission.name)
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    }));
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      authorize: async requests => decide(requests),
      authorizeConditional: async requests => decide(requests),
    }),
  });
}

/** Starts the routing plugin with a mock catalog and permission policy; returns its server. */
export async function startRoutingTestBackend(
  options: RoutingTestBackendOptions = {},
): Promise<Server> {
  const { server } = await startTestBackend({
    features: [
      routingPlugin,
      catalogServiceMock.factory({
        entities: [...testEntities, ...(options.entities ?? [])],
      }),
      options.deny
        ? denyingPermissions(options.deny)
        : mockServices.permissions.factory({
            result: options.permission ?? AuthorizeResult.ALLOW,
          }),
      mockServices.rootConfig.factory({
        data: {
          backend: {
            database: options.database ?? {
              client: 'better-sqlite3',
              connection: ':memory:',
            },
          },
          routing: {
            snapshotClusters: [
              { name: 'demo', directory: DEMO_CLUSTER },
              ...(options.snapshotClusters ?? []),
            ],
            // A generous wait: a fake cluster answers some twenty kinds at once, on a loaded CI machine.
            sync: { requestTimeoutMs: 5000, backoffInitialMs: 20 },
            ...(options.gitops ? { gitops: options.gitops } : {}),
            ...options.routing,
          },
          ...options.config,
        },
      }),
      ...(options.services ?? []),
    ],
  });
  return server;
}

/** Asks until no cluster is `syncing` any more (a live cluster's first discovery takes a moment). */
export async function untilSynced<
  T extends { clusters: Array<{ state: string }> },
>(ask: () => Promise<T>): Promise<T> {
  let body = await ask();
  while (body.clusters.some(cluster => cluster.state === 'syncing')) {
    body = await ask();
  }
  return body;
}
