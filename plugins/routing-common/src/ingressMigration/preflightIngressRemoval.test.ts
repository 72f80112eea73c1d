import { parse, stringify } from 'yaml';
import type { KubernetesObject } from '../kubernetes/objects';
import { testCluster } from '../preflight/__testUtils__/testCluster';
import type { IngressMigrationStateOf } from '../types/ingressMigration';
import type { IngressDetails } from '../types/routes';
import { ingress, legacyIngress } from './__testUtils__/migrationCase';
import {
  IngressRemovalContext,
  preflightIngressRemoval,
} from './preflightIngressRemoval';

const request = {
  entityRef: 'component:default/storefront',
  cluster: 'prod-eu',
  namespace: 'shop',
  ingresses: ['storefront-legacy'],
};

const complete: IngressDetails['migration'] = {
  state: 'complete',
  safeToRemove: true,
  message: 'every host and path is served by a live, Accepted route',
  hosts: [
    {
      hostname: 'storefront.shop.example.com',
      servedBy: [
        {
          kind: 'HTTPRoute',
          namespace: 'shop',
          name: 'storefront-legacy',
          summary: 'ready',
          accepted: true,
        },
      ],
      paths: [
        {
          pathType: 'Prefix',
          path: '/',
          coveredBy: 'HTTPRoute shop/storefront-legacy',
        },
      ],
    },
  ],
};

const partial: IngressDetails['migration'] = {
  ...complete,
  state: 'partial',
  safeToRemove: false,
  message:
    'path / of storefront.shop.example.com is served by no Accepted route',
};

const kustomization =
  '# the shop\nresources:\n  - deployment.yaml\n  - ingress-storefront-legacy.yaml\n  - httproute-storefront-legacy.yaml\n';

const folderWith = (files: Record<string, string> = {}) => ({
  'kustomization.yaml': kustomization,
  'deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: storefront}\n',
  'ingress-storefront-legacy.yaml': stringify(legacyIngress),
  ...files,
});

function context(
  more: Partial<IngressRemovalContext> = {},
  states: Record<string, IngressDetails['migration']> = {},
): IngressRemovalContext {
  const migrationOf: IngressMigrationStateOf = (object: KubernetesObject) =>
    states[object.metadata?.name ?? ''] ?? complete;
  return {
    clusters: [testCluster([legacyIngress])],
    existingFolder: folderWith(),
    migrationOf,
    ...more,
  };
}

const codes = (result: ReturnType<typeof preflightIngressRemoval>) =>
  result.findings.map(f => `${f.severity} ${f.code} ${f.field ?? '-'}`);

const folder = 'clusters/prod-eu/shop/storefront';

describe('preflightIngressRemoval', () => {
  it('deletes the manifest of a migrated Ingress and unlists it from kustomization.yaml', () => {
    const result = preflightIngressRemoval(request, context());
    expect(codes(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.deletedFiles).toEqual([
      `${folder}/ingress-storefront-legacy.yaml`,
    ]);
    expect(result.files).toHaveLength(1);
    expect(result.files[0].path).toBe(`${folder}/kustomization.yaml`);
    expect(result.files[0].content).toContain('# the shop');
    expect(parse(result.files[0].content).resources).toEqual([
      'deployment.yaml',
      'httproute-storefront-legacy.yaml',
    ]);
    expect(result.branchName).toBe(
      'portway/remove-ingress/shop/storefront-legacy',
    );
    expect(result.title).toBe('Remove Ingress shop/storefront-legacy');
  });

  it('reports each Ingress with its hosts and the routes now serving them', () => {
    const { report } = preflightIngressRemoval(request, context());
    expect(report).toContain('# Remove Ingress shop/storefront-legacy');
    expect(report).toContain(
      '- `Ingress shop/storefront-legacy`: every host and path is served by a live, Accepted route',
    );
    expect(report).toContain(
      '  - `storefront.shop.example.com`: HTTPRoute `shop/storefront-legacy` (ready, Accepted)',
    );
    expect(report).toContain(`- \`${folder}/ingress-storefront-legacy.yaml\``);
  });

  it('refuses an Ingress whose routes are not all live and Accepted, with its state’s message', () => {
    const result = preflightIngressRemoval(
      request,
      context({}, { 'storefront-legacy': partial }),
    );
    expect(result.findings).toEqual([
      {
        severity: 'error',
        code: 'IngressNotMigrated',
        field: 'ingresses[0]',
        message: partial.message,
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.deletedFiles).toEqual([]);
    expect(result.report).toContain(
      'Not every Ingress below can be removed yet',
    );
  });

  const admin = ingress('shop', 'admin', ['admin.shop.example.com']);

  it.each<[string, typeof request, Partial<IngressRemovalContext>, string[]]>([
    [
      'an Ingress the cluster does not have',
      { ...request, ingresses: ['storefront-legacy', 'gone'] },
      {},
      [
        'error IngressNotFound ingresses[1]',
        'error IngressNotInGitOps ingresses[1]',
      ],
    ],
    [
      'an Ingress managed elsewhere than the entity’s folder',
      { ...request, ingresses: ['storefront-legacy', 'admin'] },
      { clusters: [testCluster([legacyIngress, admin])] },
      ['error IngressNotInGitOps ingresses[1]'],
    ],
    [
      'an Ingress whose file holds other objects',
      request,
      {
        existingFolder: folderWith({
          'ingress-storefront-legacy.yaml': `${stringify(
            legacyIngress,
          )}---\n${stringify(admin)}`,
        }),
      },
      ['error ManifestFileShared ingresses[0]'],
    ],
    [
      'an unknown cluster',
      { ...request, cluster: 'prod-us' },
      {},
      ['error ClusterNotFound cluster'],
    ],
    [
      'a kustomization.yaml that cannot be read',
      request,
      {
        existingFolder: folderWith({ 'kustomization.yaml': 'resources: a\n' }),
      },
      ['error InvalidKustomization -'],
    ],
  ])('refuses %s', (_, asked, more, expected) => {
    const result = preflightIngressRemoval(asked, context(more));
    expect(codes(result)).toEqual(expected);
    expect(result.ok).toBe(false);
  });

  it('names the folder, and the files it could not read, for an Ingress it cannot find there', () => {
    const result = preflightIngressRemoval(
      request,
      context({ existingFolder: { 'broken.yaml': 'kind: [' } }),
    );
    expect(result.findings[0].message).toBe(
      `Ingress shop/storefront-legacy is not managed in ${folder} (files that could not be read: broken.yaml); remove it where it is managed`,
    );
  });

  it('removes several Ingresses of one file, and an Ingress written without a namespace', () => {
    const bare = ingress('shop', 'admin', ['admin.shop.example.com']);
    delete bare.metadata!.namespace;
    const result = preflightIngressRemoval(
      { ...request, ingresses: ['storefront-legacy', 'admin'] },
      context({
        clusters: [testCluster([legacyIngress, admin])],
        existingFolder: folderWith({
          'ingress-storefront-legacy.yaml': `${stringify(
            legacyIngress,
          )}---\n${stringify(bare)}`,
        }),
      }),
    );
    expect(codes(result)).toEqual([]);
    expect(result.deletedFiles).toEqual([
      `${folder}/ingress-storefront-legacy.yaml`,
    ]);
    expect(result.branchName).toBe(
      'portway/remove-ingress/shop/storefront-legacy-and-1-more',
    );
  });

  it('without clusters, asks the migration state of the Ingress as its manifest has it', () => {
    const asked: KubernetesObject[] = [];
    const result = preflightIngressRemoval(request, {
      existingFolder: folderWith(),
      migrationOf: object => {
        asked.push(object);
        return complete;
      },
    });
    expect(result.ok).toBe(true);
    expect(asked).toEqual([legacyIngress]);
  });
});
