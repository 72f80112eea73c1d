import { cartGatewayExposureRequest } from '../../testUtils';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import { buildGrpcRoute, grpcGatewayExposure } from './grpcGateway';

const base = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'GRPCRoute',
  metadata: {
    name: 'cart',
    namespace: 'shop',
    labels: {
      'backstage.io/kubernetes-id': 'cart',
      'app.kubernetes.io/managed-by': 'portway',
    },
    annotations: { 'portway.dev/entity-ref': 'component:default/cart' },
  },
};

const parentRefs = [
  {
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    namespace: 'infra',
    name: 'public',
    sectionName: 'grpc',
  },
];

describe('buildGrpcRoute', () => {
  it.each([
    {
      behaviour: 'matches a whole service by its Exact service name',
      grpc: [{ service: 'shop.cart.v1.Cart' }],
      matches: [{ method: { type: 'Exact', service: 'shop.cart.v1.Cart' } }],
    },
    {
      behaviour: 'has one match per entry, with the method when one is given',
      grpc: [
        { service: 'shop.cart.v1.Cart', method: 'AddItem' },
        { service: 'shop.cart.v1.Checkout' },
      ],
      matches: [
        {
          method: {
            type: 'Exact',
            service: 'shop.cart.v1.Cart',
            method: 'AddItem',
          },
        },
        { method: { type: 'Exact', service: 'shop.cart.v1.Checkout' } },
      ],
    },
  ])('$behaviour', ({ grpc, matches }) => {
    const request = parseExposureRequest({
      ...cartGatewayExposureRequest,
      grpc,
    });
    expect(buildGrpcRoute(request)).toEqual({
      ...base,
      spec: {
        parentRefs,
        hostnames: ['cart.shop.example.com'],
        rules: [
          {
            matches,
            backendRefs: [{ kind: 'Service', name: 'cart', port: 9090 }],
          },
        ],
      },
    });
  });
});

describe('grpcGatewayExposure', () => {
  const request = parseExposureRequest({
    ...cartGatewayExposureRequest,
    grpc: [
      { service: 'shop.cart.v1.Cart' },
      { service: 'shop.cart.v1.Checkout', method: 'Pay' },
    ],
  });

  it('answers its hostnames and attaches to a Gateway', () => {
    expect(grpcGatewayExposure.hostnames(request)).toEqual([
      'cart.shop.example.com',
    ]);
    expect(grpcGatewayExposure.usesGateway).toBe(true);
  });

  it('has a URL per hostname and gRPC service or method', () => {
    expect(grpcGatewayExposure.urls(request)).toEqual([
      'https://cart.shop.example.com/shop.cart.v1.Cart/',
      'https://cart.shop.example.com/shop.cart.v1.Checkout/Pay',
    ]);
    expect(
      grpcGatewayExposure.urls(request, { protocol: 'HTTP', port: 80 }),
    ).toEqual([
      'http://cart.shop.example.com/shop.cart.v1.Cart/',
      'http://cart.shop.example.com/shop.cart.v1.Checkout/Pay',
    ]);
  });
});
