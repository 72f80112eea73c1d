import { mockCredentials } from '@backstage/backend-test-utils';
import {
  onBehalfOf,
  startRoutingBackend,
} from './__testUtils__/standInRoutingBackend';

describe('createExposureServiceClient', () => {
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
