import type { RoutingApi } from '../api/types';

/** A RoutingApi whose methods are jest mocks: the given ones, the others failing if called. */
export function mockRoutingApi(methods: Partial<RoutingApi> = {}): RoutingApi {
  const unexpected = (name: string) =>
    jest.fn().mockRejectedValue(new Error(`unexpected call of ${name}`));
  return {
    getEntityRoutes: unexpected('getEntityRoutes'),
    getGateways: unexpected('getGateways'),
    getEntityServices: unexpected('getEntityServices'),
    getListeners: unexpected('getListeners'),
    getIngressClasses: unexpected('getIngressClasses'),
    preflight: unexpected('preflight'),
    previewIngressMigration: unexpected('previewIngressMigration'),
    previewIngressRemoval: unexpected('previewIngressRemoval'),
    previewVirtualServiceConversion: unexpected(
      'previewVirtualServiceConversion',
    ),
    listExposureRequests: unexpected('listExposureRequests'),
    withdrawExposureRequest: unexpected('withdrawExposureRequest'),
    ...methods,
  };
}
