import { legacyIngressExposureRequest } from '../../testUtils';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import { buildIngress, ingressExposure } from './ingress';

const metadata = {
  name: 'legacy-billing',
  namespace: 'billing',
  labels: {
    'backstage.io/kubernetes-id': 'legacy-billing',
    'app.kubernetes.io/managed-by': 'portway',
  },
  annotations: {
    'portway.dev/entity-ref': 'component:default/legacy-billing',
  },
};

const backend = {
  service: { name: 'legacy-billing', port: { number: 8080 } },
};

describe('buildIngress', () => {
  it.each([
    {
      behaviour: 'serves the hostname over TLS from the Secret',
      overrides: {},
      spec: {
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'billing.example.com',
            http: { paths: [{ path: '/', pathType: 'Prefix', backend }] },
          },
        ],
        tls: [
          {
            hosts: ['billing.example.com'],
            secretName: 'billing-example-com-tls',
          },
        ],
      },
    },
    {
      behaviour:
        'has one rule per hostname with every path, Exact kept and no TLS without a Secret',
      overrides: {
        hostnames: ['billing.example.com', 'pay.example.com'],
        paths: [
          { type: 'PathPrefix', value: '/api' },
          { type: 'Exact', value: '/status' },
        ],
        tls: undefined,
      },
      spec: {
        ingressClassName: 'nginx',
        rules: ['billing.example.com', 'pay.example.com'].map(host => ({
          host,
          http: {
            paths: [
              { path: '/api', pathType: 'Prefix', backend },
              { path: '/status', pathType: 'Exact', backend },
            ],
          },
        })),
      },
    },
  ])('$behaviour', ({ overrides, spec }) => {
    const request = parseExposureRequest({
      ...legacyIngressExposureRequest,
      ...overrides,
    });
    expect(buildIngress(request)).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata,
      spec,
    });
  });
});

describe('ingressExposure', () => {
  it('has https URLs with TLS and http URLs without', () => {
    const request = parseExposureRequest({
      ...legacyIngressExposureRequest,
      paths: [
        { type: 'PathPrefix', value: '/' },
        { type: 'Exact', value: '/status' },
      ],
    });
    expect(ingressExposure.urls(request)).toEqual([
      'https://billing.example.com/',
      'https://billing.example.com/status',
    ]);
    expect(ingressExposure.urls({ ...request, tls: undefined })).toEqual([
      'http://billing.example.com/',
      'http://billing.example.com/status',
    ]);
    expect(ingressExposure.hostnames(request)).toEqual(['billing.example.com']);
    expect(ingressExposure.usesGateway).toBe(false);
  });
});
