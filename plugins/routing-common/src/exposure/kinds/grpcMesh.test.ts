import { cartMeshExposureRequest } from '../../testUtils';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import { buildMeshVirtualService, grpcMeshExposure } from './grpcMesh';

const metadata = {
  name: 'cart',
  namespace: 'shop',
  labels: {
    'backstage.io/kubernetes-id': 'cart',
    'app.kubernetes.io/managed-by': 'portway',
  },
  annotations: { 'portway.dev/entity-ref': 'component:default/cart' },
};

const route = [
  {
    destination: {
      host: 'cart.shop.svc.cluster.local',
      port: { number: 9090 },
    },
  },
];

describe('buildMeshVirtualService', () => {
  it.each([
    {
      behaviour:
        'routes a whole service by prefix and a method exactly, one route per entry',
      overrides: {},
      http: [
        { match: [{ uri: { prefix: '/shop.cart.v1.Cart/' } }], route },
        { match: [{ uri: { exact: '/shop.cart.v1.Cart/AddItem' } }], route },
      ],
    },
    {
      behaviour: 'gives every route the timeout and the retries',
      overrides: {
        grpc: [{ service: 'shop.cart.v1.Cart' }],
        timeout: '5s',
        retries: {
          attempts: 3,
          perTryTimeout: '2s',
          retryOn: 'unavailable,cancelled',
        },
      },
      http: [
        {
          match: [{ uri: { prefix: '/shop.cart.v1.Cart/' } }],
          route,
          timeout: '5s',
          retries: {
            attempts: 3,
            perTryTimeout: '2s',
            retryOn: 'unavailable,cancelled',
          },
        },
      ],
    },
    {
      behaviour: 'writes only the retry fields that are given',
      overrides: {
        grpc: [{ service: 'shop.cart.v1.Cart' }],
        retries: { attempts: 0 },
      },
      http: [
        {
          match: [{ uri: { prefix: '/shop.cart.v1.Cart/' } }],
          route,
          retries: { attempts: 0 },
        },
      ],
    },
  ])('$behaviour', ({ overrides, http }) => {
    const request = parseExposureRequest({
      ...cartMeshExposureRequest,
      ...overrides,
    });
    expect(buildMeshVirtualService(request)).toEqual({
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata,
      spec: {
        hosts: ['cart.shop.svc.cluster.local'],
        gateways: ['mesh'],
        http,
      },
    });
  });
});

describe('grpcMeshExposure', () => {
  const request = parseExposureRequest(cartMeshExposureRequest);

  it('answers the Service FQDN, with one grpc:// URL, and uses no Gateway', () => {
    expect(grpcMeshExposure.hostnames(request)).toEqual([
      'cart.shop.svc.cluster.local',
    ]);
    expect(grpcMeshExposure.urls(request)).toEqual([
      'grpc://cart.shop.svc.cluster.local:9090',
    ]);
    expect(grpcMeshExposure.usesGateway).toBe(false);
  });
});
