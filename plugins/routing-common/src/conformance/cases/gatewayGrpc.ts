import type { ConformanceCase } from './types';
import {
  ACCEPTED,
  INFRA,
  infraGateway,
  readyListener,
  acceptedOnSameNamespace,
} from './expectations';

const HOSTNAME_GATEWAY = 'grpcroute-listener-hostname-matching';

/** The GATEWAY-GRPC profile's tests of gateway-api v1.6.1 that assert status. */
export const gatewayGrpcCases: ConformanceCase[] = [
  acceptedOnSameNamespace(
    'GRPCExactMethodMatching',
    'grpcroute-exact-method-matching',
    'exact-matching',
    ACCEPTED,
    'GRPCRoute',
  ),
  acceptedOnSameNamespace(
    'GRPCRouteHeaderMatching',
    'grpcroute-header-matching',
    'grpc-header-matching',
    ACCEPTED,
    'GRPCRoute',
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
  acceptedOnSameNamespace(
    'GRPCRouteNamedRule',
    'grpcroute-named-rule',
    'grpc-named-rules',
    ACCEPTED,
    'GRPCRoute',
  ),
  acceptedOnSameNamespace(
    'GRPCRouteWeight',
    'grpcroute-weight',
    'weighted-backends',
    ACCEPTED,
    'GRPCRoute',
  ),
];
