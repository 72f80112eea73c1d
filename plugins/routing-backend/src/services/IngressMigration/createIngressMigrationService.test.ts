import { mockServices } from '@backstage/backend-test-utils';
import {
  ENTITY_REF_ANNOTATION,
  ExistingFolder,
  KubernetesObject,
  parseIngressMigrationRequest,
  parseIngressRemovalRequest,
} from '@portway/plugin-routing-common';
import type { PendingChange } from '@portway/plugin-routing-node';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import type { ClusterCache } from '../../clusters/cache/types';
import { createEntityRoutesService } from '../EntityRoutes/createEntityRoutesService';
import { kubernetesIdEntity } from '../../__testUtils__/kubernetesIdEntity';
import {
  annotatedIngress,
  manifest,
  plainIngress,
  plainIngressRoute,
  sharedObjects,
} from './__testUtils__/migrationCluster';
import {
  createIngressMigrationService,
  IngressMigrationServiceOptions,
} from './createIngressMigrationService';

const checkout = kubernetesIdEntity('checkout');
const folder = 'clusters/prod/shop/checkout';

const migration = (overrides: object = {}) =>
  parseIngressMigrationRequest({
    entityRef: 'component:default/checkout',
    cluster: 'prod',
    namespace: 'shop',
    ingresses: ['checkout-legacy'],
    gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    ...overrides,
  });

const removal = (overrides: object = {}) =>
  parseIngressRemovalRequest({
    entityRef: 'component:default/checkout',
    cluster: 'prod',
    namespace: 'shop',
    ingresses: ['checkout-web'],
    ...overrides,
  });

/** The GitOps folder of checkout, holding the plain Ingress's manifest. */
const checkoutFolder: ExistingFolder = {
  'kustomization.yaml': 'resources:\n  - ingress-checkout-web.yaml\n',
  'ingress-checkout-web.yaml': manifest(plainIngress),
};

interface Setup {
  clusters?: ClusterCache[];
  objects?: KubernetesObject[];
  readFolder?: (path: string) => Promise<ExistingFolder>;
  pending?: PendingChange[];
  policy?: IngressMigrationServiceOptions['policy'];
}

function serviceWith(setup: Setup = {}) {
  const reads: string[] = [];
  const clusters = setup.clusters ?? [
    clusterWith('prod', [
      ...sharedObjects,
      annotatedIngress,
      plainIngress,
      ...(setup.objects ?? []),
    ]),
  ];
  const gitops = {
    readFolder: async (path: string) => {
      reads.push(path);
      return (setup.readFolder ?? (async () => checkoutFolder))(path);
    },
    listPendingChanges: async () => setup.pending ?? [],
  };
  const logger = mockServices.logger.mock();
  const caches = clusterCachesOf(...clusters);
  const service = createIngressMigrationService({
    clusters: caches,
    gitops,
    entityRoutes: createEntityRoutesService({
      clusters: caches,
      gitops,
      logger,
      now: () => SYNCED_AT,
    }),
    logger,
    policy: setup.policy,
    now: () => SYNCED_AT,
  });
  return { service, reads };
}

const codes = (result: { findings: Array<{ code: string }> }) =>
  result.findings.map(finding => finding.code);
const errors = (result: { findings: Array<{ severity: string }> }) =>
  result.findings.filter(finding => finding.severity === 'error');

describe('createIngressMigrationService: migration preflight', () => {
  it('converts the cached Ingress with its annotations, on the chosen listener, into the entity’s GitOps folder', async () => {
    const { service, reads } = serviceWith();
    const preview = await service.preflightMigration(migration(), checkout);
    expect(reads).toEqual([folder]);
    expect(errors(preview)).toEqual([]);
    expect(preview.ok).toBe(true);
    const route = preview.objects.find(
      o => o.metadata?.name === 'checkout-legacy',
    );
    expect(route?.spec?.hostnames).toEqual(['orders.shop.example.com']);
    expect(route?.spec?.parentRefs).toEqual([
      { namespace: 'infra', name: 'public', sectionName: 'https' },
    ]);
    expect(preview.notes).toContainEqual(
      expect.objectContaining({
        annotation: 'nginx.ingress.kubernetes.io/proxy-body-size',
      }),
    );
    expect(preview.report).toContain('`Ingress shop/checkout-legacy`');
    expect(preview.files.map(file => file.path)).toEqual([
      `${folder}/httproute-checkout-legacy.yaml`,
      `${folder}/httproute-checkout-legacy-http.yaml`,
      `${folder}/kustomization.yaml`,
    ]);
    expect(preview.files[2].content).toContain('- ingress-checkout-web.yaml');
  });

  it('warns, without failing, when the GitOps folder cannot be read', async () => {
    const { service } = serviceWith({
      readFolder: async () => {
        throw new Error('Missing routing.gitops');
      },
    });
    const preview = await service.preflightMigration(migration(), checkout);
    expect(preview.ok).toBe(true);
    expect(preview.findings).toContainEqual({
      severity: 'warning',
      code: 'GitOpsUnavailable',
      message: expect.stringContaining(
        `${folder} could not be read (Missing routing.gitops)`,
      ),
    });
  });

  it('reports an entity the catalog does not have, reading no GitOps folder', async () => {
    const { service, reads } = serviceWith();
    const preview = await service.preflightMigration(migration(), undefined);
    expect(reads).toEqual([]);
    expect(preview.ok).toBe(false);
    expect(preview.files).toEqual([]);
    expect(preview.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'EntityNotFound',
        field: 'entityRef',
      }),
    ]);
  });

  it('answers findings, not an exception, for a cluster in error and for one it does not know', async () => {
    const broken = clusterWith('prod', [], () => ({
      state: 'failing',
      message: 'connect ECONNREFUSED',
    }));
    const { service } = serviceWith({ clusters: [broken] });
    const inError = await service.preflightMigration(migration(), checkout);
    expect(inError.ok).toBe(false);
    expect(codes(inError)).toContain('ClusterUnavailable');
    const unknown = await service.preflightMigration(
      migration({ cluster: 'nowhere' }),
      checkout,
    );
    expect(unknown.ok).toBe(false);
    expect(codes(unknown)).toContain('ClusterNotFound');
  });

  it('refuses every preflight while the configured exposure policy is invalid', async () => {
    const invalid = {
      severity: 'error' as const,
      code: 'ExposurePolicyInvalid',
      message: 'The exposure policy in config is invalid (...)',
    };
    const { service } = serviceWith({ policy: { findings: [invalid] } });
    for (const preview of [
      await service.preflightMigration(migration(), checkout),
      await service.preflightRemoval(removal(), checkout),
    ]) {
      expect(preview.ok).toBe(false);
      expect(preview.files).toEqual([]);
      expect(preview.findings).toContainEqual(invalid);
    }
  });
});

describe('createIngressMigrationService: removal preflight', () => {
  it('refuses the removal while the Ingress’s route has no verdict from its Gateway', async () => {
    const { service } = serviceWith({ objects: [plainIngressRoute('none')] });
    const preview = await service.preflightRemoval(removal(), checkout);
    expect(preview.ok).toBe(false);
    expect(preview.files).toEqual([]);
    expect(preview.deletedFiles).toEqual([]);
    expect(errors(preview)).toEqual([
      expect.objectContaining({
        code: 'IngressNotMigrated',
        message: expect.stringContaining(
          'HTTPRoute shop/checkout-web is live, but not every parent Gateway has accepted it yet',
        ),
      }),
    ]);
  });

  it('refuses the removal while its Gateway refuses the route', async () => {
    const { service } = serviceWith({
      objects: [plainIngressRoute('refused')],
    });
    const preview = await service.preflightRemoval(removal(), checkout);
    expect(preview.ok).toBe(false);
    expect(errors(preview)).toEqual([
      expect.objectContaining({
        code: 'IngressNotMigrated',
        message: expect.stringContaining(
          'refused by infra/public/http: no listener allows routes from namespace shop',
        ),
      }),
    ]);
  });

  it('refuses the removal while the only route for the Ingress waits for review in GitOps', async () => {
    const pendingRoute = plainIngressRoute('none');
    pendingRoute.metadata!.annotations = {
      [ENTITY_REF_ANNOTATION]: 'component:default/checkout',
    };
    const { service } = serviceWith({
      pending: [
        {
          branchName: 'portway/migrate-checkout',
          commitSha: 'a'.repeat(40),
          createdAt: '2026-11-27T09:00:00Z',
          files: [
            {
              path: `${folder}/httproute-checkout-web.yaml`,
              content: manifest(pendingRoute),
            },
          ],
        },
      ],
    });
    const preview = await service.preflightRemoval(removal(), checkout);
    expect(preview.ok).toBe(false);
    expect(errors(preview)).toEqual([
      expect.objectContaining({
        code: 'IngressNotMigrated',
        message: expect.stringContaining(
          'HTTPRoute shop/checkout-web is in a GitOps change not merged yet',
        ),
      }),
    ]);
  });

  it('allows the removal once the route is live and Accepted, deleting the Ingress manifest from the folder', async () => {
    const { service, reads } = serviceWith({
      objects: [plainIngressRoute('accepted')],
    });
    const preview = await service.preflightRemoval(removal(), checkout);
    expect(reads).toEqual([folder]);
    expect(errors(preview)).toEqual([]);
    expect(preview.ok).toBe(true);
    expect(preview.deletedFiles).toEqual([
      `${folder}/ingress-checkout-web.yaml`,
    ]);
    const kustomization = preview.files.find(
      file => file.path === `${folder}/kustomization.yaml`,
    );
    expect(kustomization?.content).not.toContain('ingress-checkout-web.yaml');
    expect(preview.report).toContain('checkout-web');
  });

  it('refuses removing an Ingress that is not among the entity’s routes, even with its route Accepted', async () => {
    const { service } = serviceWith({
      objects: [plainIngressRoute('accepted')],
    });
    const preview = await service.preflightRemoval(
      removal(),
      kubernetesIdEntity('someone-else'),
    );
    expect(preview.ok).toBe(false);
    expect(preview.findings).toContainEqual(
      expect.objectContaining({
        code: 'IngressNotMigrated',
        message:
          "Ingress shop/checkout-web is not among the entity's routes in cluster prod",
      }),
    );
  });

  it('reports an entity the catalog does not have, reading no GitOps folder', async () => {
    const { service, reads } = serviceWith({
      objects: [plainIngressRoute('accepted')],
    });
    const preview = await service.preflightRemoval(removal(), undefined);
    expect(reads).toEqual([]);
    expect(preview.ok).toBe(false);
    expect(codes(preview)).toEqual(['EntityNotFound']);
    expect(preview.deletedFiles).toEqual([]);
  });
});
