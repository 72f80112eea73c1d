import request from 'supertest';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import routingPlugin from '@portway/plugin-routing-backend';
import type {
  ClusterStatus,
  EntityRoutesResponse,
} from '@portway/plugin-routing-common';
import { waitFor } from './waitFor';

/** The routing plugin running in-process for one entity, `component:default/<entityName>`. */
export interface RoutingBackend {
  /** `GET /api/routing/entities/default/component/<entityName>/routes`; throws unless 200. */
  entityRoutes(): Promise<EntityRoutesResponse>;
  /** Polls `entityRoutes()` until the cluster `name` reports `state`; the last answer. */
  waitForClusterState(
    name: string,
    state: ClusterStatus['state'],
    timeoutMs: number,
  ): Promise<EntityRoutesResponse>;
  /** The backend's HTTP server, for requests of one's own (supertest). */
  server: Parameters<typeof request>[0];
  stop(): Promise<void>;
}

/**
 * Starts the routing backend plugin with `config` (clusters, `routing.sync`, ...), a catalog
 * holding one Component annotated with `backstage.io/kubernetes-id: <kubernetesId>`, and
 * permissions that allow everything. Stop it in afterAll.
 */
export async function startRoutingBackend(options: {
  config: object;
  entityName: string;
  kubernetesId: string;
  /** More service factories, e.g. a signals service that records what is published. */
  services?: ServiceFactory[];
}): Promise<RoutingBackend> {
  const backend = await startTestBackend({
    features: [
      ...(options.services ?? []),
      routingPlugin,
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: options.entityName,
              namespace: 'default',
              annotations: {
                'backstage.io/kubernetes-id': options.kubernetesId,
              },
            },
            spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
          },
        ],
      }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({ data: options.config as never }),
    ],
  });
  const path = `/api/routing/entities/default/component/${options.entityName}/routes`;

  async function entityRoutes(): Promise<EntityRoutesResponse> {
    const response = await request(backend.server).get(path);
    if (response.status !== 200) {
      throw new Error(
        `GET ${path}: ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response.body as EntityRoutesResponse;
  }

  return {
    entityRoutes,
    async waitForClusterState(name, state, timeoutMs) {
      let last: EntityRoutesResponse | undefined;
      const { value } = await waitFor(
        `cluster ${name} to be ${state}`,
        async () => {
          last = await entityRoutes();
          const status = last.clusters.find(c => c.name === name);
          return status?.state === state ? last : undefined;
        },
        {
          timeoutMs,
          intervalMs: 100,
          describe: () => `Last clusters: ${JSON.stringify(last?.clusters)}`,
        },
      );
      return value;
    },
    server: backend.server,
    stop: () => backend.stop(),
  };
}

/** The status of cluster `name` in an answer; throws if the answer has none. */
export function clusterStatus(
  answer: EntityRoutesResponse,
  name: string,
): ClusterStatus {
  const status = answer.clusters.find(c => c.name === name);
  if (!status) {
    throw new Error(
      `No status for cluster ${name} in ${JSON.stringify(answer.clusters)}`,
    );
  }
  return status;
}
