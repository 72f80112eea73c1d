import type { Server } from 'http';
import path from 'path';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** The repository's root folder (tests run from the sources, never from a build). */
// eslint-disable-next-line no-restricted-syntax
export const repositoryRoot = path.resolve(__dirname, '../../..');

/** The demo catalog's `component:default/reviews`: not exposed yet in the demo cluster. */
export const reviewsEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'reviews',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'reviews' },
  },
  spec: {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'group:default/team-shop',
    system: 'shop',
  },
};

/**
 * The routing backend plugin loaded in a module registry of its own, as a second process
 * would load it: state kept at module level (a cache, a lock) is not shared between
 * replicas, so only the database can make them agree.
 */
function loadRoutingPluginAsReplica(): BackendFeature {
  let plugin: BackendFeature | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    plugin = require('@portway/plugin-routing-backend').default;
  });
  return plugin!;
}

/**
 * The configuration every replica shares: one PostgreSQL (plugin databases named
 * `<databasePrefix>routing`, created by the first replica), the demo snapshot cluster and one
 * local GitOps repository.
 */
export function replicaConfig(options: {
  postgresUrl: string;
  databasePrefix: string;
  gitopsPath: string;
}) {
  return {
    backend: {
      database: {
        client: 'pg',
        connection: options.postgresUrl,
        prefix: options.databasePrefix,
      },
    },
    routing: {
      snapshotClusters: [
        {
          name: 'demo',
          directory: path.join(repositoryRoot, 'examples/cluster'),
        },
      ],
      gitops: {
        local: {
          path: options.gitopsPath,
          seedDirectory: path.join(repositoryRoot, 'examples/gitops'),
          baseBranch: 'main',
        },
      },
    },
  };
}

/** One replica of the routing backend: its HTTP server and how to stop it. */
export interface RoutingReplica {
  server: Server;
  stop(): Promise<void>;
}

/**
 * Starts one routing backend with `config`, a catalog holding `entities` and permissions that
 * allow everything. Requests without credentials act as a mock user.
 */
export async function startRoutingReplica(options: {
  config: object;
  entities?: Entity[];
}): Promise<RoutingReplica> {
  const backend = await startTestBackend({
    features: [
      loadRoutingPluginAsReplica(),
      catalogServiceMock.factory({
        entities: options.entities ?? [reviewsEntity],
      }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({ data: options.config as never }),
    ],
  });
  return { server: backend.server, stop: () => backend.stop() };
}
