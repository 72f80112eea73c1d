import { storefrontExposureRequest } from '../../testUtils';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import { buildHttpRoute, httpExposure } from './http';

const metadata = {
  name: 'storefront',
  namespace: 'shop',
  labels: {
    'backstage.io/kubernetes-id': 'storefront',
    'app.kubernetes.io/managed-by': 'portway',
  },
  annotations: { 'portway.dev/entity-ref': 'component:default/storefront' },
};

const parentRef = {
  group: 'gateway.networking.k8s.io',
  kind: 'Gateway',
  namespace: 'infra',
  name: 'public',
  sectionName: 'https',
};

const backendRefs = [{ kind: 'Service', name: 'storefront', port: 8080 }];

describe('buildHttpRoute', () => {
  it.each([
    {
      behaviour: 'matches the default path prefix / on the named listener',
      overrides: {},
      spec: {
        parentRefs: [parentRef],
        hostnames: ['storefront.shop.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs,
          },
        ],
      },
    },
    {
      behaviour:
        'ANDs every header match into each path match and sets the request timeout',
      overrides: {
        hostnames: ['storefront.shop.example.com', 'shop.example.com'],
        paths: [
          { type: 'PathPrefix', value: '/api' },
          { type: 'Exact', value: '/healthz' },
        ],
        headers: [
          { name: 'X-Env', value: 'canary' },
          { name: 'X-Tenant', value: 'eu' },
        ],
        timeout: '10s',
      },
      spec: {
        parentRefs: [parentRef],
        hostnames: ['storefront.shop.example.com', 'shop.example.com'],
        rules: [
          {
            matches: [
              {
                path: { type: 'PathPrefix', value: '/api' },
                headers: [
                  { type: 'Exact', name: 'X-Env', value: 'canary' },
                  { type: 'Exact', name: 'X-Tenant', value: 'eu' },
                ],
              },
              {
                path: { type: 'Exact', value: '/healthz' },
                headers: [
                  { type: 'Exact', name: 'X-Env', value: 'canary' },
                  { type: 'Exact', name: 'X-Tenant', value: 'eu' },
                ],
              },
            ],
            timeouts: { request: '10s' },
            backendRefs,
          },
        ],
      },
    },
    {
      behaviour:
        'attaches to the whole Gateway when no listener is named, under the requested name',
      overrides: {
        name: 'storefront-public',
        gateway: { namespace: 'infra', name: 'public' },
      },
      metadataName: 'storefront-public',
      spec: {
        parentRefs: [
          {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            namespace: 'infra',
            name: 'public',
          },
        ],
        hostnames: ['storefront.shop.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs,
          },
        ],
      },
    },
  ])('$behaviour', ({ overrides, spec, metadataName }) => {
    const request = parseExposureRequest({
      ...storefrontExposureRequest,
      ...overrides,
    });
    expect(buildHttpRoute(request)).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { ...metadata, name: metadataName ?? metadata.name },
      spec,
    });
  });
});

describe('httpExposure', () => {
  const request = parseExposureRequest({
    ...storefrontExposureRequest,
    paths: [
      { type: 'PathPrefix', value: '/' },
      { type: 'Exact', value: '/api' },
    ],
    hostnames: ['storefront.shop.example.com', '*.shop.example.com'],
  });

  it('answers its hostnames', () => {
    expect(httpExposure.hostnames(request)).toEqual([
      'storefront.shop.example.com',
      '*.shop.example.com',
    ]);
  });

  it.each([
    [
      'HTTPS on 443 without a listener',
      undefined,
      [
        'https://storefront.shop.example.com/',
        'https://storefront.shop.example.com/api',
      ],
    ],
    [
      'HTTP on a plain-text listener, with its non-default port',
      { protocol: 'HTTP', port: 8080 },
      [
        'http://storefront.shop.example.com:8080/',
        'http://storefront.shop.example.com:8080/api',
      ],
    ],
    [
      'HTTPS with the port left out on 443',
      { protocol: 'HTTPS', port: 443 },
      [
        'https://storefront.shop.example.com/',
        'https://storefront.shop.example.com/api',
      ],
    ],
  ])(
    'has a URL per hostname and path: %s (wildcards have none)',
    (_, listener, urls) => {
      expect(httpExposure.urls(request, listener)).toEqual(urls);
    },
  );
});
