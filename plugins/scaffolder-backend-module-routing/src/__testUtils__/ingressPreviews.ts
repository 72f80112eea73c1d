import type {
  IngressMigrationPreview,
  IngressRemovalPreview,
} from '@portway/plugin-routing-common';
import path from 'node:path';
import {
  createSeededLocalRepository,
  STOREFRONT_FOLDER,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';

/** The storefront's legacy Ingress, in the repository of {@link seededRepositoryWithIngress}. */
export const INGRESS_FILE = `${STOREFRONT_FOLDER}/ingress-storefront-legacy.yaml`;
/** The HTTPRoute the migration makes of it. */
export const ROUTE_FILE = `${STOREFRONT_FOLDER}/httproute-storefront-legacy.yaml`;
/** The storefront folder's kustomization.yaml. */
export const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

/** The input of `routing:ingress:remove` for the storefront's legacy Ingress. */
export const removalInput = {
  entityRef: 'component:default/storefront',
  cluster: 'demo',
  namespace: 'shop',
  ingresses: ['storefront-legacy'],
};

/** The input of `routing:ingress:migrate` for it, onto the public Gateway's HTTPS listener. */
export const migrationInput = {
  ...removalInput,
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

/** What the routing backend's migration preflight answers for {@link migrationInput}. */
export const migrationPreview: IngressMigrationPreview = {
  ok: true,
  findings: [
    {
      severity: 'warning',
      code: 'CertificateNotReady',
      message: 'the certificate of listener https is not ready',
    },
  ],
  files: [
    {
      path: ROUTE_FILE,
      content: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n',
    },
    {
      path: KUSTOMIZATION_FILE,
      content:
        'resources:\n  - service.yaml\n  - ingress-storefront-legacy.yaml\n  - httproute-storefront-legacy.yaml\n',
    },
  ],
  objects: [
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'storefront-legacy', namespace: 'shop' },
    },
  ],
  notes: [
    {
      object: 'Ingress shop/storefront-legacy',
      annotation: 'nginx.ingress.kubernetes.io/ssl-redirect',
      level: 'info',
      message: 'a RequestRedirect rule on the HTTP listener',
    },
    {
      object: 'Ingress shop/storefront-legacy',
      annotation: 'nginx.ingress.kubernetes.io/proxy-body-size',
      level: 'warning',
      message: 'not expressible in the Gateway API',
    },
  ],
  report: '# Ingress migration of storefront\n\nTwo notes.\n',
  branchName: 'portway/migrate-storefront-storefront-legacy',
  title: 'Migrate storefront: Ingress storefront-legacy to the Gateway API',
};

/** What the routing backend's removal preflight answers for {@link removalInput}. */
export const removalPreview: IngressRemovalPreview = {
  ok: true,
  findings: [],
  files: [
    {
      path: KUSTOMIZATION_FILE,
      content: 'resources:\n  - service.yaml\n',
    },
  ],
  deletedFiles: [INGRESS_FILE],
  report:
    '# Ingress removal of storefront\n\n`storefront-legacy` is served by HTTPRoute `shop/storefront`.\n',
  branchName: 'portway/remove-storefront-storefront-legacy',
  title: 'Remove the Ingress storefront-legacy of storefront',
};

/** The content of {@link INGRESS_FILE}. */
export const INGRESS_MANIFEST =
  'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: storefront-legacy\n';

/**
 * The seeded local GitOps repository (createSeededLocalRepository) with the storefront's legacy
 * Ingress on its base branch too: the seed folder gets it before the repository's first use.
 */
export async function seededRepositoryWithIngress(dir: string) {
  const repository = await createSeededLocalRepository(dir);
  await writeFiles(path.join(dir, 'seed'), {
    [INGRESS_FILE]: INGRESS_MANIFEST,
  });
  await repository.readFolder(STOREFRONT_FOLDER);
  return repository;
}
