import { parse } from 'yaml';
import type { KubernetesObject } from '../kubernetes/objects';
import { migrateIngresses } from '../migrate/migrateIngresses';
import {
  gatewayRoute,
  ownedBy,
  testCluster,
} from '../preflight/__testUtils__/testCluster';
import type { PreflightContext } from '../preflight/types';
import type { IngressMigrationRequest } from '../types/ingressMigration';
import {
  ingress,
  legacyIngress,
  migrationRequest,
} from './__testUtils__/migrationCase';
import { preflightIngressMigration } from './preflightIngressMigration';

jest.mock('../migrate/migrateIngresses', () => {
  const actual = jest.requireActual('../migrate/migrateIngresses');
  return { migrateIngresses: jest.fn(actual.migrateIngresses) };
});

const converter = migrateIngresses as jest.MockedFunction<
  typeof migrateIngresses
>;

function context(
  extra: KubernetesObject[] = [],
  more: Partial<PreflightContext> = {},
): PreflightContext {
  const replaced = extra.some(
    o => o.kind === 'Ingress' && o.metadata?.name === 'storefront-legacy',
  );
  return {
    clusters: [testCluster([...(replaced ? [] : [legacyIngress]), ...extra])],
    ownsService: ownedBy('storefront'),
    ...more,
  };
}

function preflight(
  change: Partial<IngressMigrationRequest> = {},
  withContext: PreflightContext = context(),
) {
  return preflightIngressMigration(
    { ...migrationRequest, ...change },
    withContext,
  );
}

const codes = (result: ReturnType<typeof preflight>) =>
  result.findings.map(f => `${f.severity} ${f.code} ${f.field ?? '-'}`);

const folder = 'clusters/prod-eu/shop/storefront';

describe('preflightIngressMigration', () => {
  it('converts the Ingress to routes on the listener, with their files in the entity’s folder', () => {
    const result = preflight();
    expect(codes(result)).toEqual([]);
    expect(result.ok).toBe(true);
    const routes = result.objects.filter(o => o.kind === 'HTTPRoute');
    expect(routes.length).toBeGreaterThan(0);
    expect(routes[0].spec.parentRefs[0]).toMatchObject({
      namespace: 'infra',
      name: 'public',
      sectionName: 'https',
    });
    expect(result.files.map(file => file.path)).toEqual([
      ...result.objects.map(
        o => `${folder}/${o.kind!.toLowerCase()}-${o.metadata!.name}.yaml`,
      ),
      `${folder}/kustomization.yaml`,
    ]);
    expect(parse(result.files[0].content)).toEqual(result.objects[0]);
    expect(result.branchName).toBe(
      'portway/migrate-ingress/shop/storefront-legacy',
    );
    expect(result.title).toBe(
      'Migrate Ingress shop/storefront-legacy to Gateway API routes',
    );
    expect(result.report).toContain(`# ${result.title}`);
  });

  it('labels and annotates every object for the entity, as exposure objects are', () => {
    const result = preflight();
    for (const object of result.objects) {
      expect(object.metadata).toMatchObject({
        labels: {
          'backstage.io/kubernetes-id': 'storefront',
          'app.kubernetes.io/managed-by': 'portway',
        },
        annotations: {
          'portway.dev/entity-ref': 'component:default/storefront',
        },
      });
    }
  });

  it('gives the converter the named Ingresses, the namespace’s Services and the plain-HTTP listener', () => {
    preflight();
    const [objects, options] = converter.mock.calls.at(-1)!;
    expect(
      objects.map(
        o => `${o.kind} ${o.metadata?.namespace}/${o.metadata?.name}`,
      ),
    ).toEqual(
      expect.arrayContaining([
        'Ingress shop/storefront-legacy',
        'Service shop/storefront',
        'Service shop/cart',
      ]),
    );
    expect(objects.some(o => o.metadata?.namespace === 'books')).toBe(false);
    expect(options).toEqual({
      gateway: { ...migrationRequest.gateway, httpSectionName: 'http' },
    });
  });

  it('merges kustomization.yaml of the folder', () => {
    const result = preflight(
      {},
      context([], {
        existingFolder: {
          'kustomization.yaml':
            'resources:\n  - ingress-storefront-legacy.yaml\n',
        },
      }),
    );
    const kustomization = result.files.find(f =>
      f.path.endsWith('kustomization.yaml'),
    )!;
    expect(parse(kustomization.content).resources).toEqual([
      'ingress-storefront-legacy.yaml',
      ...result.objects.map(
        o => `${o.kind!.toLowerCase()}-${o.metadata!.name}.yaml`,
      ),
    ]);
  });

  const otherTeamsRoute = gatewayRoute(
    'HTTPRoute',
    'shop',
    'payments-web',
    ['storefront.shop.example.com'],
    'payments',
  );
  const ownRoute = gatewayRoute(
    'HTTPRoute',
    'shop',
    'storefront-new',
    ['storefront.shop.example.com'],
    'storefront',
  );
  const orgHost = ingress('shop', 'storefront-legacy', ['shop.example.org']);

  it.each<
    [string, Partial<IngressMigrationRequest>, PreflightContext, string[]]
  >([
    [
      'an unknown cluster',
      { cluster: 'prod-us' },
      context(),
      ['error ClusterNotFound cluster'],
    ],
    [
      'a cluster that cannot be read',
      {},
      { clusters: [testCluster([legacyIngress], { state: 'error' })] },
      ['error ClusterUnavailable cluster'],
    ],
    [
      'an Ingress that is not in the namespace',
      { ingresses: ['storefront-legacy', 'gone'] },
      context(),
      ['error IngressNotFound ingresses[1]'],
    ],
    [
      'a Gateway that does not exist',
      { gateway: { namespace: 'infra', name: 'private' } },
      context(),
      ['error NoMatchingParent gateway.name'],
    ],
    [
      'a hostname the listener does not take',
      {},
      context([orgHost]),
      ['error NoMatchingListenerHostname ingresses[0]'],
    ],
    [
      'a hostname another team’s route serves',
      {},
      context([otherTeamsRoute]),
      ['error HostnameConflict ingresses[0]'],
    ],
    [
      'a hostname another team’s Ingress serves',
      {},
      context([
        ingress('shop', 'payments-legacy', ['storefront.shop.example.com'], {
          service: 'payments',
        }),
      ]),
      ['error HostnameConflict ingresses[0]'],
    ],
    [
      'the name of a route that exists already',
      {},
      context([
        {
          ...ownRoute,
          metadata: { ...ownRoute.metadata, name: 'storefront-legacy' },
        },
      ]),
      ['error AlreadyExists ingresses[0]'],
    ],
    [
      'a file the folder has already',
      {},
      context([], {
        existingFolder: {
          'httproute-storefront-legacy.yaml': 'kind: HTTPRoute\n',
        },
      }),
      ['error AlreadyExists -'],
    ],
    [
      'a kustomization.yaml that cannot be merged',
      {},
      context([], { existingFolder: { 'kustomization.yaml': '- a\n' } }),
      ['error InvalidKustomization -'],
    ],
    [
      'a hostname the hostname policy refuses on the listener',
      {},
      context([], {
        policy: {
          hostnames: [
            {
              listener: 'infra/public/https',
              domains: ['*.eu.shop.example.com'],
            },
          ],
        },
      }),
      ['error HostnameNotAllowed ingresses[0]'],
    ],
  ])('refuses %s', (_, change, withContext, expected) => {
    const result = preflight(change, withContext);
    expect(codes(result)).toEqual(expected);
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
  });

  it.each<[string, PreflightContext, string[]]>([
    [
      'a route of the same entity serving the hostname',
      context([ownRoute]),
      ['warning HostnameInUse ingresses[0]'],
    ],
    [
      'an Ingress that shows no sign of being the entity’s',
      context([
        ingress('shop', 'storefront-legacy', ['storefront.shop.example.com'], {
          service: 'payments',
        }),
      ]),
      ['warning IngressNotOwned ingresses[0]'],
    ],
    [
      'a stale cluster',
      {
        ...context(),
        clusters: [testCluster([legacyIngress], { state: 'stale' })],
      },
      ['warning ClusterStale cluster'],
    ],
    [
      'no catalog entity to tell ownership by, the Ingress labelled for the entity',
      {
        clusters: [
          testCluster([
            ingress(
              'shop',
              'storefront-legacy',
              ['storefront.shop.example.com'],
              { owner: 'storefront' },
            ),
          ]),
        ],
      },
      ['info OwnershipNotChecked namespace'],
    ],
  ])('warns of %s and goes ahead', (_, withContext, expected) => {
    const result = preflight({}, withContext);
    expect(codes(result)).toEqual(expected);
    expect(result.ok).toBe(true);
    expect(result.files.length).toBeGreaterThan(1);
  });
});
