import type { ExposureRequestRecord } from '@portway/plugin-routing-common';

/** An HTTP exposure request of storefront, recorded but not opened yet. */
export const requestedHttp: ExposureRequestRecord = {
  id: '6f1c2a4e-0b7d-4c1e-9a55-2f0e8d3b7c11',
  state: 'requested',
  entityRef: 'component:default/storefront',
  type: 'http',
  cluster: 'prod-eu',
  namespace: 'shop',
  hostnames: ['storefront.shop.example.com'],
  createdBy: 'user:default/guest',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  request: {
    entityRef: 'component:default/storefront',
    type: 'http',
    cluster: 'prod-eu',
    namespace: 'shop',
    service: { name: 'storefront', port: 8080 },
    hostnames: ['storefront.shop.example.com'],
    paths: [{ type: 'PathPrefix', value: '/' }],
    gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
  },
};

/** `requestedHttp` in `state`, with its id and the other fields given. */
export function exposureRequest(
  state: ExposureRequestRecord['state'],
  fields: Partial<ExposureRequestRecord> = {},
): ExposureRequestRecord {
  return { ...requestedHttp, id: `request-${state}`, state, ...fields };
}
