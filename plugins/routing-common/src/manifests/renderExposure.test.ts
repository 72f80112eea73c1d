import { parse } from 'yaml';
import { parseExposureRequest } from '../validation/parseExposureRequest';
import { renderExposure } from './renderExposure';

import {
  cartGatewayExposureRequest,
  cartMeshExposureRequest,
  legacyIngressExposureRequest,
  storefrontExposureRequest,
} from '../testUtils';

const request = parseExposureRequest(storefrontExposureRequest);

describe('renderExposure', () => {
  it('renders an HTTPRoute attached to the Gateway listener and a kustomization listing it', () => {
    const result = renderExposure(request);
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([]);
    const [route, kustomization] = result.files;
    expect(route.path).toBe(
      'clusters/prod-eu/shop/storefront/httproute-storefront.yaml',
    );
    expect(parse(route.content)).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: {
        name: 'storefront',
        namespace: 'shop',
        labels: {
          'backstage.io/kubernetes-id': 'storefront',
          'app.kubernetes.io/managed-by': 'portway',
        },
        annotations: {
          'portway.dev/entity-ref': 'component:default/storefront',
        },
      },
      spec: {
        parentRefs: [
          {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            namespace: 'infra',
            name: 'public',
            sectionName: 'https',
          },
        ],
        hostnames: ['storefront.shop.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [{ kind: 'Service', name: 'storefront', port: 8080 }],
          },
        ],
      },
    });
    expect(kustomization.path).toBe(
      'clusters/prod-eu/shop/storefront/kustomization.yaml',
    );
    expect(parse(kustomization.content).resources).toEqual([
      'httproute-storefront.yaml',
    ]);
  });

  it('merges into the kustomization.yaml the folder already has', () => {
    const result = renderExposure(request, {
      'kustomization.yaml':
        'kind: Kustomization\nresources:\n  - deployment.yaml\n',
      'deployment.yaml': 'kind: Deployment\n',
    });
    expect(parse(result.files[1].content).resources).toEqual([
      'deployment.yaml',
      'httproute-storefront.yaml',
    ]);
  });

  it('refuses to overwrite a route file that already exists', () => {
    const result = renderExposure(request, {
      'httproute-storefront.yaml': 'kind: HTTPRoute\n',
    });
    expect(result).toEqual({
      ok: false,
      files: [],
      findings: [
        expect.objectContaining({ code: 'AlreadyExists', field: 'name' }),
      ],
    });
  });

  it('writes no files when a value is invalid, naming every bad field', () => {
    const result = renderExposure({
      ...request,
      hostnames: ['Storefront.Shop'],
      paths: [{ type: 'PathPrefix', value: 'api' }],
      service: { name: 'storefront', port: 0 },
    });
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.findings.map(f => [f.code, f.field])).toEqual([
      ['InvalidPort', 'service.port'],
      ['InvalidHostname', 'hostnames[0]'],
      ['InvalidPath', 'paths[0].value'],
    ]);
    expect(result.findings[0].message).toBe(
      'service.port must be a whole number from 1 to 65535',
    );
  });

  it('reports a kustomization.yaml it cannot merge', () => {
    const result = renderExposure(request, {
      'kustomization.yaml': 'resources: nope\n',
    });
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ code: 'InvalidKustomization' });
  });

  it.each([
    [
      cartMeshExposureRequest,
      'clusters/prod-eu/shop/cart/virtualservice-cart.yaml',
      'VirtualService',
    ],
    [
      cartGatewayExposureRequest,
      'clusters/prod-eu/shop/cart/grpcroute-cart.yaml',
      'GRPCRoute',
    ],
    [
      legacyIngressExposureRequest,
      'clusters/prod-eu/billing/legacy-billing/ingress-legacy-billing.yaml',
      'Ingress',
    ],
  ])(
    'renders every exposure type through its module: %j to %s',
    (example, path, kind) => {
      const result = renderExposure(parseExposureRequest(example));
      expect(result.ok).toBe(true);
      expect(result.files.map(file => file.path)).toEqual([
        path,
        path.replace(/[^/]+$/, 'kustomization.yaml'),
      ]);
      expect(parse(result.files[0].content).kind).toBe(kind);
    },
  );

  it('refuses a VirtualService name already in the folder', () => {
    const result = renderExposure(
      parseExposureRequest(cartMeshExposureRequest),
      {
        'virtualservice-cart.yaml': 'kind: VirtualService\n',
      },
    );
    expect(result.files).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'AlreadyExists', field: 'name' }),
    ]);
  });

  it('writes repeated parts of an object in full, without YAML anchors', () => {
    const result = renderExposure(
      parseExposureRequest({
        ...storefrontExposureRequest,
        paths: [
          { type: 'PathPrefix', value: '/a' },
          { type: 'PathPrefix', value: '/b' },
        ],
        headers: [{ name: 'X-Env', value: 'canary' }],
      }),
    );
    expect(result.files[0].content).not.toMatch(/[&*]a\d/);
    expect(parse(result.files[0].content).spec.rules[0].matches).toEqual([
      {
        path: { type: 'PathPrefix', value: '/a' },
        headers: [{ type: 'Exact', name: 'X-Env', value: 'canary' }],
      },
      {
        path: { type: 'PathPrefix', value: '/b' },
        headers: [{ type: 'Exact', name: 'X-Env', value: 'canary' }],
      },
    ]);
  });
});
