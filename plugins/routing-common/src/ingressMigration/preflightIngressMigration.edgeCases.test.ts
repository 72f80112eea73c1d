import type { KubernetesObject } from '../kubernetes/objects';
import { migrateIngresses } from '../migrate/migrateIngresses';
import {
  ownedBy,
  publicGateway,
  service,
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

describe('preflightIngressMigration: refusals and edge cases', () => {
  it('refuses routes from a namespace the listener does not allow', () => {
    const books = ingress(
      'books',
      'catalog-legacy',
      ['catalog.shop.example.com'],
      {
        service: 'catalog',
      },
    );
    const result = preflightIngressMigration(
      {
        ...migrationRequest,
        entityRef: 'component:default/catalog',
        namespace: 'books',
        ingresses: ['catalog-legacy'],
      },
      { clusters: [testCluster([books])], ownsService: ownedBy('catalog') },
    );
    expect(codes(result)).toEqual([
      'error NotAllowedByListeners gateway.sectionName',
    ]);
    expect(result.findings[0].message).toMatch(
      /^HTTPRoute books\/catalog-legacy: /,
    );
  });

  it('warns of an Ingress path the converter could not carry over, and goes ahead', () => {
    const actual = jest.requireActual('../migrate/migrateIngresses');
    converter.mockImplementationOnce((objects, options) => {
      const migration = actual.migrateIngresses(objects, options);
      return {
        ...migration,
        notes: [
          {
            object: 'Ingress shop/storefront-legacy',
            field: 'spec.rules[0].http.paths[0]',
            annotation: 'nginx.ingress.kubernetes.io/rewrite-target',
            level: 'error',
            message: 'a capture group cannot be rewritten',
          },
        ],
      };
    });
    const result = preflight();
    expect(codes(result)).toEqual(['warning MigrationIncomplete ingresses[0]']);
    expect(result.findings[0].message).toBe(
      'Ingress shop/storefront-legacy (nginx.ingress.kubernetes.io/rewrite-target) is not fully carried over: a capture group cannot be rewritten',
    );
    expect(result.ok).toBe(true);
  });

  it('refuses Ingresses of which no route could be made', () => {
    converter.mockReturnValueOnce({
      objects: [],
      notes: [
        {
          object: 'Ingress shop/storefront-legacy',
          level: 'error',
          message: 'no rule has a Service backend',
        },
      ],
    });
    const result = preflight();
    expect(codes(result)).toEqual(['error NothingToMigrate ingresses']);
    expect(result.findings[0].message).toContain(
      'no rule has a Service backend',
    );
  });

  it('refuses without a cluster to read the Ingresses from', () => {
    const result = preflight({}, {});
    expect(codes(result)).toEqual(['error NothingToMigrate cluster']);
    expect(result.objects).toEqual([]);
  });

  it('attaches the ssl-redirect route by port when the Gateway has no plain-HTTP listener for the hosts', () => {
    const httpsOnly = {
      ...publicGateway,
      spec: {
        ...publicGateway.spec,
        listeners: publicGateway.spec.listeners.filter(
          (l: { protocol: string }) => l.protocol !== 'HTTP',
        ),
      },
    };
    preflight({}, context([httpsOnly]));
    expect(converter.mock.calls.at(-1)![1]).toEqual({
      gateway: migrationRequest.gateway,
    });
  });

  it('checks the Services of the Ingress for named ports', () => {
    const named = {
      ...legacyIngress,
      spec: {
        rules: [
          {
            host: 'storefront.shop.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'web', port: { name: 'http' } } },
                },
              ],
            },
          },
        ],
      },
    };
    const result = preflight(
      {},
      context([
        named,
        service('shop', 'web', [{ port: 8081, name: 'http' }], 'storefront'),
      ]),
    );
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.objects)).toContain('"port":8081');
  });
});
