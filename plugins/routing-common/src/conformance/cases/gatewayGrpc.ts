import type { ConformanceCase } from './types';
import { ACCEPTED, INFRA, infraGateway, readyListener } from './expectations';

/**
 * A GRPCRoute of the suite's base Gateway `same-namespace`, as `GatewayAndRoutesMustBeAccepted`
 * checks it: the route Accepted by the Gateway and the Gateway's one listener ready.
 */
function acceptedBySameNamespace(
  test: string,
  fixture: string,
  route: string,
): ConformanceCase {
  return {
    test,
    fixture,
    routes: [
      {
        route: `GRPCRoute ${INFRA}/${route}`,
        parents: [
          { parent: infraGateway('same-namespace'), conditions: ACCEPTED },
        ],
      },
    ],
    listeners: [readyListener('same-namespace', 'http')],
  };
}

const HOSTNAME_GATEWAY = 'grpcroute-listener-hostname-matching';

/** The GATEWAY-GRPC profile's tests of gateway-api v1.6.1 that assert status. */
export const gatewayGrpcCases: ConformanceCase[] = [
  acceptedBySameNamespace(
    'GRPCExactMethodMatching',
    'grpcroute-exact-method-matching',
    'exact-matching',
  ),
  acceptedBySameNamespace(
    'GRPCRouteHeaderMatching',
    'grpcroute-header-matching',
    'grpc-header-matching',
  ),
  {
    test: 'GRPCRouteListenerHostnameMatching',
    fixture: 'grpcroute-listener-hostname-matching',
    routes: [
      {
        route: `GRPCRoute ${INFRA}/backend-v1`,
        parents: [
          {
            parent: infraGateway(HOSTNAME_GATEWAY),
            sectionName: 'listener-1',
            conditions: ACCEPTED,
          },
        ],
      },
      {
        route: `GRPCRoute ${INFRA}/backend-v2`,
        parents: [
          {
            parent: infraGateway(HOSTNAME_GATEWAY),
            sectionName: 'listener-2',
            conditions: ACCEPTED,
          },
        ],
      },
      {
        route: `GRPCRoute ${INFRA}/backend-v3`,
        parents: [
          {
            parent: infraGateway(HOSTNAME_GATEWAY),
            sectionName: 'listener-3',
            conditions: ACCEPTED,
          },
          {
            parent: infraGateway(HOSTNAME_GATEWAY),
            sectionName: 'listener-4',
            conditions: ACCEPTED,
          },
        ],
      },
    ],
    listeners: ['listener-1', 'listener-2', 'listener-3', 'listener-4'].map(
      listener => readyListener(HOSTNAME_GATEWAY, listener),
    ),
  },
  acceptedBySameNamespace(
    'GRPCRouteNamedRule',
    'grpcroute-named-rule',
    'grpc-named-rules',
  ),
  acceptedBySameNamespace(
    'GRPCRouteWeight',
    'grpcroute-weight',
    'weighted-backends',
  ),
];
