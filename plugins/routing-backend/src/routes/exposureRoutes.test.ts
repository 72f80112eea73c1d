import request from 'supertest';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  EntityServicesResponse,
  IngressClassesResponse,
  ListenersResponse,
} from '@portway/plugin-routing-common';
import {
  useTempDirs,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';
import {
  startRoutingTestBackend as startBackend,
  unreachableCluster,
  untilSynced,
} from '../__testUtils__/startRoutingTestBackend';

const tempDir = useTempDirs();

/** A snapshot cluster `legacy` with two IngressClasses, nginx the default. */
async function legacyCluster() {
  const directory = await tempDir();
  await writeFiles(directory, {
    'classes.yaml': [
      'apiVersion: networking.k8s.io/v1',
      'kind: IngressClass',
      'metadata:',
      '  name: nginx',
      '  annotations:',
      '    ingressclass.kubernetes.io/is-default-class: "true"',
      'spec:',
      '  controller: k8s.io/ingress-nginx',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: IngressClass',
      'metadata:',
      '  name: haproxy',
      'spec:',
      '  controller: haproxy.org/ingress-controller',
      '',
    ].join('\n'),
  });
  return { name: 'legacy', directory };
}

const entityPath = (name: string, endpoint: string) =>
  `/api/routing/entities/default/component/${name}/${endpoint}`;

describe('GET /api/routing/entities/:namespace/:kind/:name/services', () => {
  it('offers the entity Services with their ports', async () => {
    const server = await startBackend();
    const response = await request(server).get(
      entityPath('payments', 'services'),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      services: [
        {
          cluster: 'demo',
          namespace: 'shop',
          name: 'payments',
          ports: [
            {
              name: 'grpc',
              port: 9090,
              protocol: 'TCP',
              appProtocol: 'kubernetes.io/h2c',
              targetPort: 9090,
            },
          ],
        },
      ],
      clusters: [expect.objectContaining({ name: 'demo', state: 'ok' })],
    });
  });

  it('answers 404 for an unknown entity and 403 without routing.entity.read', async () => {
    const server = await startBackend();
    const missing = await request(server).get(entityPath('nope', 'services'));
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('component:default/nope');

    const denied = await startBackend({ permission: AuthorizeResult.DENY });
    const forbidden = await request(denied).get(
      entityPath('storefront', 'services'),
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toContain('routing.entity.read');
  });

  it('still offers the other clusters’ Services when one cluster is unreachable', async () => {
    const server = await startBackend({ config: unreachableCluster });
    const body = await untilSynced(async () => {
      const response = await request(server).get(
        entityPath('storefront', 'services'),
      );
      expect(response.status).toBe(200);
      return response.body as EntityServicesResponse;
    });
    expect(body.services.map(s => `${s.cluster}/${s.name}`)).toEqual([
      'demo/storefront',
    ]);
    expect(body.clusters).toEqual([
      expect.objectContaining({ name: 'demo', state: 'ok' }),
      expect.objectContaining({ name: 'unreachable', state: 'error' }),
    ]);
  });
});

describe('GET /api/routing/entities/:namespace/:kind/:name/listeners', () => {
  const listeners = (query: string) =>
    entityPath('storefront', `listeners?${query}`);

  it('judges the cluster’s listeners for a route of the type from the namespace', async () => {
    const server = await startBackend();
    const response = await request(server).get(
      listeners('cluster=demo&namespace=shop&type=http'),
    );
    expect(response.status).toBe(200);
    const body = response.body as ListenersResponse;
    expect(body.listeners).toEqual([
      expect.objectContaining({
        cluster: 'demo',
        gateway: { namespace: 'infra', name: 'public' },
        name: 'http',
        port: 80,
        protocol: 'HTTP',
        accepts: true,
      }),
      expect.objectContaining({
        name: 'https',
        hostname: '*.shop.example.com',
        port: 443,
        protocol: 'HTTPS',
        tlsMode: 'Terminate',
        accepts: true,
      }),
      expect.objectContaining({
        name: 'https-platform',
        hostname: '*.platform.example.com',
        accepts: false,
        refusal: {
          reason: 'NotAllowedByListeners',
          message: expect.stringContaining(
            'only allows routes from its own namespace infra; this route is in shop',
          ),
        },
      }),
    ]);
    expect(body.clusters).toEqual([
      expect.objectContaining({ name: 'demo', state: 'ok' }),
    ]);
  });

  it('refuses the https listener to a namespace its selector does not admit', async () => {
    const server = await startBackend();
    const response = await request(server).get(
      listeners('cluster=demo&namespace=infra&type=http'),
    );
    expect(
      (response.body as ListenersResponse).listeners.find(
        listener => listener.name === 'https',
      ),
    ).toMatchObject({
      accepts: false,
      refusal: { reason: 'NotAllowedByListeners' },
    });
  });

  it('answers 400 naming an unknown cluster and the known ones', async () => {
    const server = await startBackend();
    const response = await request(server).get(
      listeners('cluster=nope&namespace=shop&type=http'),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'cluster "nope" is not a configured cluster; known clusters: demo',
    );
  });

  it('answers 400 naming a missing or invalid namespace or type', async () => {
    const server = await startBackend();
    const missing = await request(server).get(listeners('cluster=demo'));
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/namespace is required/);
    expect(missing.body.error.message).toMatch(/type must be one of/);

    const invalid = await request(server).get(
      listeners('cluster=demo&namespace=Shop_1&type=ingress'),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toMatch(/namespace must be a DNS label/);
    expect(invalid.body.error.message).toMatch(
      /type must be one of http, grpc-gateway/,
    );
  });

  it('answers 404 for an unknown entity and 403 without routing.entity.read', async () => {
    const query = 'cluster=demo&namespace=shop&type=http';
    const server = await startBackend();
    const missing = await request(server).get(
      entityPath('nope', `listeners?${query}`),
    );
    expect(missing.status).toBe(404);
    const denied = await startBackend({ permission: AuthorizeResult.DENY });
    expect((await request(denied).get(listeners(query))).status).toBe(403);
  });

  it('offers nothing of an unreachable cluster, reporting it beside the others', async () => {
    const server = await startBackend({ config: unreachableCluster });
    const body = await untilSynced(async () => {
      const response = await request(server).get(
        listeners('cluster=unreachable&namespace=shop&type=grpc-gateway'),
      );
      expect(response.status).toBe(200);
      return response.body as ListenersResponse;
    });
    expect(body).toEqual({
      listeners: [],
      clusters: [
        expect.objectContaining({ name: 'demo', state: 'ok' }),
        expect.objectContaining({ name: 'unreachable', state: 'error' }),
      ],
    });
  });
});

describe('GET /api/routing/entities/:namespace/:kind/:name/ingress-classes', () => {
  it('offers the cluster’s IngressClasses with their controller and default mark', async () => {
    const server = await startBackend({
      snapshotClusters: [await legacyCluster()],
    });
    const response = await request(server).get(
      entityPath('storefront', 'ingress-classes?cluster=legacy'),
    );
    expect(response.status).toBe(200);
    expect(response.body as IngressClassesResponse).toEqual({
      ingressClasses: [
        {
          cluster: 'legacy',
          name: 'haproxy',
          controller: 'haproxy.org/ingress-controller',
          isDefault: false,
        },
        {
          cluster: 'legacy',
          name: 'nginx',
          controller: 'k8s.io/ingress-nginx',
          isDefault: true,
        },
      ],
      clusters: [
        expect.objectContaining({ name: 'demo' }),
        expect.objectContaining({ name: 'legacy', state: 'ok' }),
      ],
    });
  });

  it('answers 400 without a cluster or for an unknown one', async () => {
    const server = await startBackend();
    const missing = await request(server).get(
      entityPath('storefront', 'ingress-classes'),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/cluster is required/);
    const unknown = await request(server).get(
      entityPath('storefront', 'ingress-classes?cluster=legacy'),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('known clusters: demo');
  });

  it('answers 404 for an unknown entity and 403 without routing.entity.read', async () => {
    const server = await startBackend();
    expect(
      (
        await request(server).get(
          entityPath('nope', 'ingress-classes?cluster=demo'),
        )
      ).status,
    ).toBe(404);
    const denied = await startBackend({ permission: AuthorizeResult.DENY });
    expect(
      (
        await request(denied).get(
          entityPath('storefront', 'ingress-classes?cluster=demo'),
        )
      ).status,
    ).toBe(403);
  });
});
