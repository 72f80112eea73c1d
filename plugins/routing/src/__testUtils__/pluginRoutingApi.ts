import type { RoutingApi } from '../api/types';
import { httpRoute, okCluster } from './fixtures';
import { euOk, publicGateway } from './gatewayFixtures';
import { mockRoutingApi } from './mockRoutingApi';

/**
 * A RoutingApi for whole-plugin tests: one ready route in a healthy cluster, no exposure
 * requests, the public Gateway; `methods` replace any of these.
 */
export function pluginRoutingApi(methods: Partial<RoutingApi> = {}) {
  return mockRoutingApi({
    getEntityRoutes: jest
      .fn()
      .mockResolvedValue({ routes: [httpRoute], clusters: [okCluster] }),
    listExposureRequests: jest.fn().mockResolvedValue({ requests: [] }),
    getGateways: jest
      .fn()
      .mockResolvedValue({ gateways: [publicGateway], clusters: [euOk] }),
    ...methods,
  });
}
