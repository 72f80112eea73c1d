import type { ConformanceCase, ExpectedConditions } from './types';
import { ACCEPTED_AND_RESOLVED, MESH } from './expectations';

interface MeshRoute {
  kind?: 'HTTPRoute' | 'GRPCRoute';
  /** `namespace/name` when the route is not in the mesh namespace. */
  route: string;
  /** The parent Service, in the mesh namespace. */
  service: string;
  port?: number;
  conditions?: ExpectedConditions;
}

/**
 * A MESH test as a row: the suite asserts only traffic for these, so the row asserts what a mesh
 * implementation sets on each route's Service parent: by default Accepted and ResolvedRefs True.
 */
function meshCase(
  test: string,
  fixture: string,
  routes: MeshRoute[],
): ConformanceCase {
  return {
    test,
    fixture,
    base: 'mesh',
    routes: routes.map(r => ({
      route: `${r.kind ?? 'HTTPRoute'} ${
        r.route.includes('/') ? r.route : `${MESH}/${r.route}`
      }`,
      parents: [
        {
          parent: `Service ${MESH}/${r.service}`,
          ...(r.port !== undefined ? { port: r.port } : {}),
          conditions: r.conditions ?? ACCEPTED_AND_RESOLVED,
        },
      ],
    })),
  };
}

/** The one route of most MESH-HTTP tests: its parent is Service `echo`, port 80. */
function echoRoute(test: string, fixture: string, route: string) {
  return meshCase(test, fixture, [{ route, service: 'echo', port: 80 }]);
}

const FRONTEND: MeshRoute[] = [{ route: 'mesh-split-v1', service: 'echo-v2' }];

/** The MESH-HTTP profile's tests of gateway-api v1.6.1 that apply routes. */
export const meshHttpCases: ConformanceCase[] = [
  echoRoute(
    'MeshHTTPRoute303Redirect',
    'mesh-httproute-303-redirect',
    'mesh-303-redirect',
  ),
  echoRoute(
    'MeshHTTPRoute307Redirect',
    'mesh-httproute-307-redirect',
    'mesh-307-redirect',
  ),
  echoRoute(
    'MeshHTTPRoute308Redirect',
    'mesh-httproute-308-redirect',
    'mesh-308-redirect',
  ),
  echoRoute(
    'MeshHTTPRouteMatching',
    'mesh-httproute-matching',
    'mesh-matching',
  ),
  echoRoute(
    'MeshHTTPRouteNamedRule',
    'mesh-httproute-named-rule',
    'mesh-http-named-rules',
  ),
  echoRoute(
    'MeshHTTPRouteQueryParamMatching',
    'mesh-httproute-query-param-matching',
    'mesh-query-param-matching',
  ),
  echoRoute(
    'MeshHTTPRouteRedirectHostAndStatus',
    'mesh-httproute-redirect-host-and-status',
    'mesh-redirect-host-and-status',
  ),
  echoRoute(
    'MeshHTTPRouteRedirectPath',
    'mesh-httproute-redirect-path',
    'mesh-redirect-path',
  ),
  echoRoute(
    'MeshHTTPRouteRedirectPort',
    'mesh-httproute-redirect-port',
    'mesh-redirect-port',
  ),
  echoRoute(
    'MeshHTTPRouteSchemeRedirect',
    'mesh-httproute-redirect-scheme',
    'mesh-redirect-scheme',
  ),
  echoRoute(
    'MeshHTTPRouteRequestHeaderModifier',
    'mesh-httproute-request-header-modifier',
    'mesh-request-header-modifier',
  ),
  echoRoute(
    'MeshHTTPRouteBackendRequestHeaderModifier',
    'mesh-httproute-request-header-modifier-backend',
    'mesh-request-header-modifier',
  ),
  echoRoute(
    'MeshHTTPRouteRewritePath',
    'mesh-httproute-rewrite-path',
    'mesh-rewrite-path',
  ),
  echoRoute(
    'MeshHTTPRouteSimpleSameNamespace',
    'mesh-httproute-simple-same-namespace',
    'gateway-conformance-mesh-test',
  ),
  echoRoute(
    'MeshHTTPRouteWeight',
    'mesh-httproute-weight',
    'mesh-weighted-backends',
  ),
  meshCase('MeshConsumerRoute', 'mesh-consumer-route', [
    {
      route: 'gateway-conformance-mesh-consumer/mesh-echo-add-header',
      service: 'echo-v1',
    },
  ]),
  meshCase('MeshFrontend', 'mesh-frontend', FRONTEND),
  meshCase('MeshFrontendHostname', 'mesh-frontend', FRONTEND),
  meshCase('MeshPorts', 'mesh-ports', [
    { route: 'mesh-split-v1', service: 'echo-v1', port: 80 },
    { route: 'mesh-split-v2', service: 'echo-v2' },
  ]),
  meshCase('MeshTrafficSplit', 'mesh-split', [
    { route: 'mesh-split', service: 'echo' },
  ]),
];

/**
 * The MESH-GRPC profile's tests of gateway-api v1.6.1. The route's third backend, echo-v3
 * (weight 0), is not among the mesh base Services, so ResolvedRefs is False.
 */
export const meshGrpcCases: ConformanceCase[] = [
  meshCase('MeshGRPCRouteWeight', 'mesh-grpcroute-weight', [
    {
      kind: 'GRPCRoute',
      route: 'mesh-grpc-weighted-backends',
      service: 'echo',
      port: 7070,
      conditions: {
        Accepted: 'True/Accepted',
        ResolvedRefs: 'False/BackendNotFound',
      },
    },
  ]),
];
