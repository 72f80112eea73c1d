import type {
  EntityRoutesResponse,
  IngressMigrationPreview,
  IngressRemovalPreview,
  RouteView,
} from '@portway/plugin-routing-common';
import type { LiveIngress } from '../hooks/useEntityIngresses';
import { storefrontBackend } from './backendFixtures';
import { entityRef } from './fieldFixtures';

function liveIngress(
  name: string,
  hostnames: string[],
  migration: LiveIngress['ingress']['migration'],
  place: { cluster?: string; namespace?: string } = {},
): LiveIngress {
  return {
    cluster: place.cluster ?? 'prod-eu',
    kind: 'Ingress',
    namespace: place.namespace ?? 'shop',
    name,
    hostnames,
    urls: hostnames.map(host => `https://${host}/`),
    parents: [],
    backends: [storefrontBackend],
    summary: 'ready',
    matchedBy: 'label',
    ingress: { className: 'nginx', tls: [], addresses: [], migration },
  };
}

/** An nginx Ingress of prod-eu/shop that no route serves yet. */
export const webIngress = liveIngress('web', ['www.shop.example.com'], {
  state: 'not-started',
  safeToRemove: false,
  message: 'No Gateway API route serves www.shop.example.com yet.',
  hosts: [],
});

/** An Ingress of prod-eu/shop whose routes are live and Accepted: safe to remove. */
export const apiIngress = liveIngress('api', ['api.shop.example.com'], {
  state: 'complete',
  safeToRemove: true,
  message: 'Every host and path is served by an accepted HTTPRoute.',
  hosts: [],
});

/** An Ingress of prod-eu/shop with one host served, one not. */
export const legacyIngress = liveIngress(
  'legacy',
  ['old.shop.example.com', 'legacy.other.com'],
  {
    state: 'partial',
    safeToRemove: false,
    message: 'legacy.other.com is not served by an accepted route.',
    hosts: [],
  },
);

/** An Ingress of prod-us/shop. */
export const usIngress = liveIngress(
  'web',
  ['www.shop.example.com'],
  {
    state: 'refused',
    safeToRemove: false,
    message: 'HTTPRoute shop/web was refused: NotAllowedByListeners.',
    hosts: [],
  },
  { cluster: 'prod-us' },
);

/** An Ingress requested in GitOps and not merged: not in a live cluster. */
const pendingIngress: RouteView = {
  ...liveIngress(
    'requested',
    ['new.shop.example.com'],
    webIngress.ingress.migration,
  ),
  matchedBy: 'request',
  pendingChange: {
    branchName: 'portway/expose-new',
    commitSha: 'abc1234',
    createdAt: '2026-12-01T10:00:00Z',
  },
};

/** The entity's routes: the Ingresses above, one pending Ingress and an HTTPRoute. */
export const ingressRoutes: EntityRoutesResponse = {
  routes: [
    usIngress,
    legacyIngress,
    {
      ...liveIngress('route', [], webIngress.ingress.migration),
      kind: 'HTTPRoute',
      ingress: undefined,
    },
    webIngress,
    pendingIngress,
    apiIngress,
  ],
  clusters: [
    { name: 'prod-eu', state: 'ok' },
    { name: 'prod-us', state: 'ok' },
  ],
};

/** The migrate-ingress form with the web Ingress ticked and the https listener picked. */
export const migrationForm = {
  entityRef,
  ingress: { cluster: 'prod-eu', namespace: 'shop', names: ['web'] },
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

/** A migration preview without errors, with a note on one annotation. */
export const cleanMigration: IngressMigrationPreview = {
  ok: true,
  findings: [],
  files: [
    {
      path: 'clusters/prod-eu/shop/storefront/httproute-web.yaml',
      content: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n',
    },
  ],
  objects: [
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { namespace: 'shop', name: 'web' },
    },
  ],
  notes: [
    {
      object: 'Ingress shop/web',
      annotation: 'nginx.ingress.kubernetes.io/proxy-body-size',
      level: 'warning',
      message: 'Gateway API has no body size limit: set it on the Gateway.',
    },
  ],
  report: '# Migrate web',
  branchName: 'portway/migrate-web',
  title: 'Migrate Ingress shop/web',
};

/** A removal preview without errors. */
export const cleanRemoval: IngressRemovalPreview = {
  ok: true,
  findings: [],
  files: [],
  deletedFiles: ['clusters/prod-eu/shop/storefront/ingress-api.yaml'],
  report: '## Ingress shop/api\n\nServed by **HTTPRoute shop/api**.',
  branchName: 'portway/remove-api',
  title: 'Remove Ingress shop/api',
};
