import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import request from 'supertest';
import { parse } from 'yaml';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import routingPlugin from '@portway/plugin-routing-backend';
import type {
  ExposureRequestRecord,
  RenderResult,
} from '@portway/plugin-routing-common';
import { createLocalGitOpsRepository } from '@portway/plugin-routing-node';
import {
  clients,
  kubernetesConfigFor,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';
import { waitFor } from './waitFor';

const GATEWAY_API = { group: 'gateway.networking.k8s.io', version: 'v1' };
const REFRESH_TASK = 'routing-exposure-requests-refresh';
const REQUESTS = '/api/routing/exposure/requests';

/**
 * A request followed from creation to live on a real API server, with the embedded local
 * GitOps repository: requested -> open (its branch recorded) -> merged (the branch merged
 * into main, then deleted) -> live (the controller's Accepted on the route). The state task
 * is the plugin's own, run pass by pass through the scheduler.
 */
describe('the life of an exposure request', () => {
  const kubeConfig = testKubeConfig();
  const { core, custom } = clients(kubeConfig);
  const infra = uniqueNamespace('infra');
  const shop = uniqueNamespace('shop');
  const repositoryPath = fs.mkdtempSync(
    path.join(os.tmpdir(), 'portway-lifecycle-'),
  );
  const gitdir = path.join(repositoryPath, '.git');

  beforeAll(async () => {
    for (const name of [infra, shop]) {
      await core.createNamespace({ body: { metadata: { name } } });
    }
    await core.createNamespacedService({
      namespace: shop,
      body: {
        metadata: {
          name: 'reviews',
          labels: { 'backstage.io/kubernetes-id': 'reviews' },
        },
        spec: { ports: [{ name: 'http', port: 8080 }] },
      },
    });
    await custom.createNamespacedCustomObject({
      ...GATEWAY_API,
      namespace: infra,
      plural: 'gateways',
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
        metadata: { name: 'public', namespace: infra },
        spec: {
          gatewayClassName: 'istio',
          listeners: [
            {
              name: 'http',
              protocol: 'HTTP',
              port: 80,
              hostname: '*.shop.example.com',
              allowedRoutes: { namespaces: { from: 'All' } },
            },
          ],
        },
      },
    });
  });

  afterAll(async () => {
    for (const name of [infra, shop]) {
      await core.deleteNamespace({ name });
    }
    fs.rmSync(repositoryPath, { recursive: true, force: true });
  });

  it('goes requested, open, merged and live, each state on GET /exposure/requests', async () => {
    // A scheduler that runs the state task only when the test says: one pass per trigger.
    const scheduler = mockServices.scheduler();
    const backend = await startTestBackend({
      features: [
        routingPlugin,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: {
                name: 'reviews',
                namespace: 'default',
                annotations: { 'backstage.io/kubernetes-id': 'reviews' },
              },
              spec: {
                type: 'service',
                owner: 'team-a',
                lifecycle: 'production',
              },
            },
          ],
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        createServiceFactory({
          service: coreServices.scheduler,
          deps: {},
          factory: () => scheduler,
        }),
        mockServices.rootConfig.factory({
          data: {
            ...kubernetesConfigFor(kubeConfig, 'test-cluster'),
            routing: {
              gitops: { local: { path: repositoryPath, baseBranch: 'main' } },
            },
          } as never,
        }),
      ],
    });
    const server = backend.server;
    const stateOf = async (id: string) =>
      (
        (await request(server).get(`${REQUESTS}/${id}`)).body
          .request as ExposureRequestRecord
      ).state;
    const pass = () => scheduler.triggerTask(REFRESH_TASK);

    try {
      const exposure = {
        entityRef: 'component:default/reviews',
        type: 'http',
        cluster: 'test-cluster',
        namespace: shop,
        service: { name: 'reviews', port: 8080 },
        hostnames: ['reviews.shop.example.com'],
        paths: [{ type: 'PathPrefix', value: '/' }],
        gateway: { namespace: infra, name: 'public', sectionName: 'http' },
      };
      // What the scaffolder actions do: the preflight's files, then the request, then a branch.
      const { value: preflight } = await waitFor(
        'the preflight to pass once the cluster is synced',
        async () => {
          const response = await request(server)
            .post('/api/routing/exposure/preflight')
            .send(exposure);
          return (response.body as RenderResult).ok
            ? (response.body as RenderResult)
            : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 200 },
      );
      const created = (await request(server).post(REQUESTS).send(exposure))
        .body;
      const id: string = created.request.id;
      expect(created.request.state).toBe('requested');

      const repository = createLocalGitOpsRepository({
        path: repositoryPath,
        baseBranch: 'main',
        author: { name: 'Test', email: 'test@example.com' },
        logger: mockServices.logger.mock(),
      });
      const branchName = 'portway/expose-reviews-http-reviews';
      const { commitSha } = await repository.createBranch({
        branchName,
        files: preflight.files,
        message: 'Expose reviews',
      });
      const opened = await request(server)
        .post(`${REQUESTS}/${id}/change`)
        .send({ provider: 'local', branchName, commitSha });
      expect(opened.body.request).toMatchObject({
        state: 'open',
        branchName,
        commitSha,
      });

      await pass();
      expect(await stateOf(id)).toBe('open');

      // Merged by a fast-forward of main, and the branch deleted, as a reviewer would.
      await git.writeRef({
        fs,
        gitdir,
        ref: 'refs/heads/main',
        value: commitSha,
        force: true,
      });
      await git.deleteBranch({ fs, gitdir, ref: branchName });
      await pass();
      expect(await stateOf(id)).toBe('merged');

      // Argo CD (say) applies the route; the Gateway's controller has not spoken yet.
      const file = preflight.files.find(f =>
        f.path.endsWith('httproute-reviews.yaml'),
      );
      const route = await custom.createNamespacedCustomObject({
        ...GATEWAY_API,
        namespace: shop,
        plural: 'httproutes',
        body: parse(file!.content),
      });
      await pass();
      expect(await stateOf(id)).toBe('merged');

      await custom.replaceNamespacedCustomObjectStatus({
        ...GATEWAY_API,
        namespace: shop,
        plural: 'httproutes',
        name: 'reviews',
        body: {
          ...route,
          status: {
            parents: [
              {
                parentRef: {
                  name: 'public',
                  namespace: infra,
                  sectionName: 'http',
                },
                controllerName: 'example.com/gateway-controller',
                conditions: [
                  {
                    type: 'Accepted',
                    status: 'True',
                    reason: 'Accepted',
                    message: 'set by the test',
                    observedGeneration: route.metadata.generation,
                    lastTransitionTime: new Date().toISOString(),
                  },
                ],
              },
            ],
          },
        },
      });
      await waitFor(
        'the request to go live once the watch has the route’s status',
        async () => {
          await pass();
          return (await stateOf(id)) === 'live' ? true : undefined;
        },
        { timeoutMs: 10_000, intervalMs: 200 },
      );
      const listed = await request(server).get(
        `${REQUESTS}?entityRef=component:default/reviews`,
      );
      expect(listed.body.requests).toEqual([
        expect.objectContaining({
          id,
          state: 'live',
          provider: 'local',
          branchName,
        }),
      ]);
    } finally {
      await backend.stop();
    }
  });
});
