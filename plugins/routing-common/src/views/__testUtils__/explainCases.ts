import type { KubernetesObject } from '../../kubernetes/objects';
import {
  gateway,
  httpRoute,
  namespaceObject,
  service,
} from '../../semantics/__testUtils__/builders';
import type { ParentReference, RouteCondition } from '../../types/routes';
import {
  EXPLAINED_REASONS,
  explainCondition,
  routeSurroundings,
} from '../explainCondition';

/** Gateway infra/public, one listener per way a listener refuses a route. */
const publicGateway = gateway('infra/public', [
  { name: 'http', port: 80, protocol: 'HTTP' },
  {
    name: 'https',
    port: 443,
    protocol: 'HTTPS',
    hostname: '*.shop.example.com',
    tls: { certificateRefs: [{ name: 'tls' }] },
    allowedRoutes: {
      namespaces: {
        from: 'Selector',
        selector: { matchLabels: { team: 'shop' } },
      },
    },
  },
  {
    name: 'legacy',
    port: 443,
    protocol: 'HTTPS',
    hostname: 'shop.example.org',
    tls: { certificateRefs: [{ name: 'legacy-tls' }] },
    allowedRoutes: { namespaces: { from: 'All' } },
  },
  {
    name: 'tls',
    port: 8443,
    protocol: 'TLS',
    tls: { mode: 'Passthrough' },
    allowedRoutes: { namespaces: { from: 'All' } },
  },
  {
    name: 'internal',
    port: 8080,
    protocol: 'HTTP',
    hostname: 'internal.example.com',
    allowedRoutes: {
      namespaces: {
        from: 'Selector',
        selector: {
          matchLabels: { 'kubernetes.io/metadata.name': 'shop' },
        },
      },
    },
  },
  { name: 'sctp', port: 9000, protocol: 'SCTP' },
  {
    name: 'picky',
    port: 8081,
    protocol: 'HTTP',
    allowedRoutes: { namespaces: { from: 'Selector' } },
  },
]);

/** A GatewayClass its controller accepted. */
export const acceptedClass: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'GatewayClass',
  metadata: { name: 'portway' },
  spec: { controllerName: 'example.com/gateway' },
  status: { conditions: [{ type: 'Accepted', status: 'True' }] },
};

/** The objects around the routes: the Gateway and its class, namespaces shop and books, three Services. */
export const cluster: KubernetesObject[] = [
  publicGateway,
  acceptedClass,
  namespaceObject('shop', { team: 'shop' }),
  namespaceObject('books', { team: 'books' }),
  service('shop/web', { ports: [{ port: 8080 }] }),
  service('books/catalog', { ports: [{ port: 8080 }] }),
  service('payments/api', { ports: [{ port: 80 }] }),
];

/** A parentRef to Gateway infra/public, on `sectionName` when given. */
export const toPublic = (
  sectionName?: string,
  extra: Partial<ParentReference> = {},
): ParentReference => ({
  name: 'public',
  namespace: 'infra',
  ...(sectionName ? { sectionName } : {}),
  ...extra,
});

/** One condition to explain, and the sentence expected. */
export interface Case {
  /** What the case shows. */
  name: string;
  reason: string;
  status?: 'False' | 'Unknown';
  message?: string;
  route: KubernetesObject;
  /** The route's parentRef the condition is for; its first one when absent. */
  parentRef?: ParentReference;
  /** The objects around the route; the cluster above when absent. */
  objects?: KubernetesObject[];
  controllerName?: string;
  predicted?: boolean;
  explanation: string;
}

/** HTTPRoute books/catalog to `parentRef`, sending to Service catalog. */
export const books = (parentRef: ParentReference, hostnames?: string[]) =>
  httpRoute('books/catalog', {
    parentRefs: [parentRef],
    hostnames,
    backendRefs: [{ name: 'catalog', port: 8080 }],
  });
/** HTTPRoute shop/web to `parentRef`. */
export const shop = (
  parentRef: ParentReference,
  options: Parameters<typeof httpRoute>[1] = {},
) => httpRoute('shop/web', { parentRefs: [parentRef], ...options });

/** The reasons of a ResolvedRefs condition; the others are Accepted's. */
const RESOLVED_REFS = [
  'RefNotPermitted',
  'BackendNotFound',
  'InvalidKind',
  'UnsupportedProtocol',
];

/** Explains the case's condition with the objects around its route. */
export function explain(c: Case) {
  const around = routeSurroundings(c.route, [
    ...(c.objects ?? cluster),
    c.route,
  ])!;
  const condition: RouteCondition = {
    type: RESOLVED_REFS.includes(c.reason) ? 'ResolvedRefs' : 'Accepted',
    status: c.status ?? 'False',
    reason: c.reason,
    message: c.message ?? '',
  };
  return explainCondition(
    condition,
    {
      ref: c.parentRef ?? c.route.spec.parentRefs[0],
      ...(c.controllerName ? { controllerName: c.controllerName } : {}),
      ...(c.predicted ? { conditionsFrom: 'analysis' as const } : {}),
    },
    around,
  );
}

/** The rows of a table of cases for `it.each`: reason, what the case shows, the case. */
export function caseRows(cases: Case[]) {
  return cases.map(c => [c.reason, c.name, c] as const);
}

/** The reasons of conditions of `type` that explainCondition explains and no case covers. */
export function uncoveredReasons(
  cases: Case[],
  type: 'Accepted' | 'ResolvedRefs',
): string[] {
  return EXPLAINED_REASONS.filter(
    reason =>
      RESOLVED_REFS.includes(reason) === (type === 'ResolvedRefs') &&
      !cases.some(c => c.reason === reason),
  );
}
