import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createRoutingBackendClient } from './createRoutingBackendClient';

interface Received {
  method?: string;
  url?: string;
  authorization?: string;
  body: unknown;
}

/** A stand-in routing backend on a real port that answers every request with `status` and `body`. */
async function startRoutingBackend(status: number, body: unknown) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body: JSON.parse(text),
      });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = createRoutingBackendClient({
    discovery: mockServices.discovery.mock({
      getBaseUrl: async pluginId => `http://127.0.0.1:${port}/api/${pluginId}`,
    }),
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
  });
  return { client, received, close: () => server.close() };
}

/** The header a call on behalf of `user` carries: a token the scaffolder's auth issued for the routing backend. */
const onBehalfOf = (user: ReturnType<typeof mockCredentials.user>) =>
  `Bearer ${mockCredentials.service.token({
    onBehalfOf: user,
    targetPluginId: 'routing',
  })}`;

describe('createRoutingBackendClient', () => {
  let close = () => {};
  afterEach(() => close());
  describe('Ingress migrations', () => {
    const user = mockCredentials.user('user:default/guest');
    const migration = {
      entityRef: 'component:default/checkout',
      cluster: 'demo',
      namespace: 'shop',
      ingresses: ['checkout-legacy'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    };
    const migrationPreview = {
      ok: true,
      findings: [],
      files: [
        {
          path: 'clusters/demo/shop/checkout/httproute-checkout-legacy.yaml',
          content: 'kind: HTTPRoute\n',
        },
      ],
      objects: [
        {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'HTTPRoute',
          metadata: { name: 'checkout-legacy', namespace: 'shop' },
        },
      ],
      notes: [
        {
          object: 'Ingress shop/checkout-legacy',
          annotation: 'nginx.ingress.kubernetes.io/proxy-body-size',
          level: 'warning',
          message: 'not expressible in the Gateway API',
        },
      ],
      report: '# Migration of checkout-legacy\n',
      branchName: 'portway/migrate-checkout-checkout-legacy',
      title: 'Migrate checkout: Ingress checkout-legacy to the Gateway API',
    };
    const { gateway: _gateway, ...removal } = migration;
    const removalPreview = {
      ok: true,
      findings: [],
      files: [
        {
          path: 'clusters/demo/shop/checkout/kustomization.yaml',
          content: 'resources: []\n',
        },
      ],
      deletedFiles: [
        'clusters/demo/shop/checkout/ingress-checkout-legacy.yaml',
      ],
      report: '# Removal of checkout-legacy\n',
      branchName: 'portway/remove-checkout-checkout-legacy',
      title: 'Remove the Ingress checkout-legacy of checkout',
    };

    it('asks /api/routing/ingress-migrations/preflight for the migration preview on behalf of the credentials', async () => {
      const backend = await startRoutingBackend(200, migrationPreview);
      close = backend.close;

      const preview = await backend.client.previewIngressMigration(
        migration,
        user,
      );

      expect(preview).toEqual(migrationPreview);
      expect(backend.received).toEqual([
        {
          method: 'POST',
          url: '/api/routing/ingress-migrations/preflight',
          authorization: onBehalfOf(user),
          body: migration,
        },
      ]);
    });

    it('asks /api/routing/ingress-removals/preflight for the removal preview on behalf of the credentials', async () => {
      const backend = await startRoutingBackend(200, removalPreview);
      close = backend.close;

      const preview = await backend.client.previewIngressRemoval(removal, user);

      expect(preview).toEqual(removalPreview);
      expect(backend.received).toEqual([
        {
          method: 'POST',
          url: '/api/routing/ingress-removals/preflight',
          authorization: onBehalfOf(user),
          body: removal,
        },
      ]);
    });

    it('turns a 400 of the migration preflight into an InputError listing its error findings', async () => {
      const backend = await startRoutingBackend(400, {
        error: { name: 'InputError', message: 'ingresses: at least one' },
        findings: [
          {
            severity: 'error',
            code: 'InvalidRequest',
            field: 'ingresses',
            message: 'name at least one Ingress',
          },
        ],
      });
      close = backend.close;

      const error = await backend.client
        .previewIngressMigration({ ...migration, ingresses: [] }, user)
        .catch(e => e);

      expect(error.name).toBe('InputError');
      expect(error.message).toBe(
        [
          'The routing backend refused the migration preflight of component:default/checkout:',
          '- ingresses: name at least one Ingress',
        ].join('\n'),
      );
    });

    it('refuses a removal preview without the files it deletes', async () => {
      const { deletedFiles: _deleted, ...withoutDeletions } = removalPreview;
      const backend = await startRoutingBackend(200, withoutDeletions);
      close = backend.close;

      await expect(
        backend.client.previewIngressRemoval(removal, user),
      ).rejects.toThrow(
        /answered the removal preflight of component:default\/checkout with an unexpected body/,
      );
    });
  });
});
