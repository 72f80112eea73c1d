import type { Server } from 'node:http';
import request from 'supertest';
import {
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type {
  AuthenticationStrategy,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import type { ClusterStatus } from '@portway/plugin-routing-common';
import {
  type ExposurePolicyCheck,
  gitOpsRepositoryServiceRef,
  type GitOpsRepository,
  routingClustersExtensionPoint,
  routingExposureExtensionPoint,
} from '@portway/plugin-routing-node';
import { mockGitOpsRepositoryService } from '@portway/plugin-routing-node/testUtils';
import { startRoutingTestBackend } from './__testUtils__/startRoutingTestBackend';
import {
  type FaultyApiServer,
  startFaultyApiServer,
} from './clusters/live/__testUtils__/faultyApiServer';

/** What an organisation's module adds to the routing backend in these tests. */
interface Extensions {
  suppliers?: KubernetesClustersSupplier[];
  authStrategies?: Record<string, AuthenticationStrategy>;
  policyChecks?: ExposurePolicyCheck[];
}

/** An organisation's module for the routing backend, as it would be added to a backend. */
const acmeModule = (extensions: Extensions) =>
  createBackendModule({
    pluginId: 'routing',
    moduleId: 'acme',
    register(reg) {
      reg.registerInit({
        deps: {
          clusters: routingClustersExtensionPoint,
          exposure: routingExposureExtensionPoint,
        },
        async init({ clusters, exposure }) {
          extensions.suppliers?.forEach(s => clusters.addClusterSupplier(s));
          Object.entries(extensions.authStrategies ?? {}).forEach(
            ([authProvider, strategy]) =>
              clusters.addAuthStrategy(authProvider, strategy),
          );
          extensions.policyChecks?.forEach(c => exposure.addPolicyCheck(c));
        },
      });
    },
  });

/** A request Portway finds no error in, for the demo cluster's storefront Service. */
const storefrontRequest = {
  entityRef: 'component:default/storefront',
  type: 'http',
  cluster: 'demo',
  namespace: 'shop',
  name: 'storefront-public',
  service: { name: 'storefront', port: 8080 },
  hostnames: ['storefront.shop.example.com'],
  paths: [{ type: 'PathPrefix', value: '/' }],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

const costCenterCheck: ExposurePolicyCheck = {
  name: 'cost-center',
  check: ({ entity }) =>
    entity.metadata.annotations?.['acme.com/cost-center']
      ? []
      : [
          {
            severity: 'error',
            code: 'CostCenterMissing',
            field: 'entityRef',
            message: `${entity.metadata.name} has no cost center: add the acme.com/cost-center annotation to its catalog entity`,
          },
        ],
};

const codes = (body: { findings: Array<{ code: string }> }) =>
  body.findings.map(finding => finding.code);

/** Asks GET /gateways until the cluster is served and done syncing; gives that answer. */
async function untilServed(
  server: Server,
  cluster: string,
): Promise<{
  gateways: Array<{ cluster: string; name: string }>;
  clusters: ClusterStatus[];
}> {
  for (;;) {
    const { body } = await request(server).get('/api/routing/gateways');
    const status = body.clusters.find((c: ClusterStatus) => c.name === cluster);
    if (status && status.state !== 'syncing') return body;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

describe('the routing backend, extended by an organisation’s module', () => {
  let apiServer: FaultyApiServer | undefined;
  afterEach(async () => {
    await apiServer?.close();
    apiServer = undefined;
  });

  it('runs the policy check in POST /exposure/preflight, its finding after Portway’s with the check’s own code, reading the replaced GitOps repository', async () => {
    const gitops = mockGitOpsRepositoryService();
    const server = await startRoutingTestBackend({
      services: [
        acmeModule({ policyChecks: [costCenterCheck] }),
        gitops.serviceFactory,
      ],
    });

    const response = await request(server)
      .post('/api/routing/exposure/preflight')
      .send(storefrontRequest);

    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.files).toEqual([]);
    expect(response.body.findings.at(-1)).toEqual({
      severity: 'error',
      code: 'CostCenterMissing',
      field: 'entityRef',
      message:
        'storefront has no cost center: add the acme.com/cost-center annotation to its catalog entity',
    });
    expect(gitops.factory).toHaveBeenCalledTimes(1);
    expect(gitops.repository.readFolder).toHaveBeenCalledWith(
      'clusters/demo/shop/storefront',
    );
  });

  it('refuses POST /exposure/requests with the policy check’s error, as every preflight does', async () => {
    const server = await startRoutingTestBackend({
      services: [
        acmeModule({ policyChecks: [costCenterCheck] }),
        mockGitOpsRepositoryService().serviceFactory,
      ],
    });

    const response = await request(server)
      .post('/api/routing/exposure/requests')
      .send(storefrontRequest);

    expect(response.status).toBe(400);
    expect(codes(response.body)).toContain('CostCenterMissing');
  });

  it('answers a check that throws with a PolicyCheckFailed error naming it, not a 500', async () => {
    const server = await startRoutingTestBackend({
      services: [
        acmeModule({
          policyChecks: [
            {
              name: 'cmdb-lookup',
              check: async () => {
                throw new Error('the CMDB did not answer');
              },
            },
          ],
        }),
        mockGitOpsRepositoryService().serviceFactory,
      ],
    });

    const response = await request(server)
      .post('/api/routing/exposure/preflight')
      .send(storefrontRequest);

    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings.at(-1)).toMatchObject({
      severity: 'error',
      code: 'PolicyCheckFailed',
      message: expect.stringContaining('The policy check "cmdb-lookup" failed'),
    });
  });

  it('serves the supplier’s cluster, signed by the auth strategy the module added', async () => {
    apiServer = await startFaultyApiServer();
    apiServer.put('gateway', {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'internal', namespace: 'infra' },
      spec: {
        gatewayClassName: 'istio',
        listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
      },
    });
    const { url, token } = apiServer;
    const strategy: AuthenticationStrategy = {
      getCredential: jest.fn(async () => ({
        type: 'bearer token' as const,
        token,
      })),
      validateCluster: () => [],
      presentAuthMetadata: () => ({}),
    };
    const supplier: KubernetesClustersSupplier = {
      getClusters: async () => [
        {
          name: 'supplied',
          url,
          authMetadata: { [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'acmeToken' },
        },
      ],
    };
    const server = await startRoutingTestBackend({
      services: [
        acmeModule({
          suppliers: [supplier],
          authStrategies: { acmeToken: strategy },
        }),
      ],
    });

    const body = await untilServed(server, 'supplied');

    expect(body.clusters).toContainEqual(
      expect.objectContaining({ name: 'supplied', state: 'ok' }),
    );
    expect(body.gateways).toContainEqual(
      expect.objectContaining({ cluster: 'supplied', name: 'internal' }),
    );
    expect(strategy.getCredential).toHaveBeenCalled();
  });
});

describe('gitOpsRepositoryServiceRef in the routing backend', () => {
  it('is one repository for the routing backend and every other plugin of the backend', async () => {
    const gitops = mockGitOpsRepositoryService();
    const seen: GitOpsRepository[] = [];
    const otherPlugin = createBackendPlugin({
      pluginId: 'other',
      register(env) {
        env.registerInit({
          deps: { repository: gitOpsRepositoryServiceRef },
          async init({ repository }) {
            seen.push(repository);
          },
        });
      },
    });
    const server = await startRoutingTestBackend({
      services: [gitops.serviceFactory, otherPlugin],
    });

    await request(server).get(
      '/api/routing/entities/default/component/storefront/routes',
    );

    expect(seen).toEqual([gitops.repository]);
    expect(gitops.repository.listPendingChanges).toHaveBeenCalled();
    expect(gitops.factory).toHaveBeenCalledTimes(1);
  });
});
