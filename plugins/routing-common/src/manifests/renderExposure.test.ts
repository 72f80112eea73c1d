import { parse } from 'yaml';
import { parseExposureRequest } from '../validation/parseExposureRequest';
import { renderExposure } from './renderExposure';

import { storefrontExposureRequest } from '../testUtils';

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

  it('says which exposure types it cannot render yet', () => {
    const result = renderExposure({ ...request, type: 'ingress' });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'UnsupportedValue', field: 'type' }),
    ]);
  });
});
