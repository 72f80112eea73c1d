import {
  exposureKind,
  Finding,
  parseExposureRequest,
} from '@portway/plugin-routing-common';
import { requestsByType } from '../../__testUtils__/fixtures';
import {
  exposureBranchName,
  exposureDescription,
  exposureTitle,
} from './describeExposure';

const http = parseExposureRequest(requestsByType.http);
const mesh = parseExposureRequest(requestsByType['grpc-mesh']);
const grpcGateway = parseExposureRequest(requestsByType['grpc-gateway']);
const ingress = parseExposureRequest(requestsByType.ingress);

const findings: Finding[] = [
  {
    severity: 'warning',
    code: 'CertificateNotReady',
    field: 'gateway.sectionName',
    message: 'the certificate is not Ready yet',
  },
  { severity: 'info', code: 'OwnershipNotChecked', message: 'not checked' },
  { severity: 'error', code: 'Hidden', message: 'never in a description' },
];

describe('describeExposure', () => {
  it('describes an HTTP request: type, Service, listener, hostnames, paths, URLs, findings and files', () => {
    const description = exposureDescription(
      http,
      [
        'clusters/demo/shop/storefront/httproute-storefront.yaml',
        'clusters/demo/shop/storefront/kustomization.yaml',
      ],
      findings,
    );

    expect(description).toBe(
      [
        'Portway exposure request for `component:default/storefront`.',
        '',
        `- **Type:** ${exposureKind('http').title} (\`http\`)`,
        '- **Service:** `storefront:8080` in cluster `demo`, namespace `shop`',
        '- **Attaches to:** Gateway `infra/public`, listener `https`',
        '- **Hostnames:** `storefront.shop.example.com`',
        '- **Paths:** PathPrefix `/`',
        '',
        '**URLs:**',
        '- https://storefront.shop.example.com/',
        '',
        '**Findings:**',
        '- **warning** `CertificateNotReady` (gateway.sectionName): the certificate is not Ready yet',
        '- **info** `OwnershipNotChecked`: not checked',
        '',
        '**Files:**',
        '- `clusters/demo/shop/storefront/httproute-storefront.yaml`',
        '- `clusters/demo/shop/storefront/kustomization.yaml`',
        '',
      ].join('\n'),
    );
  });

  it('adds header matches and the timeout of an HTTP request', () => {
    const description = exposureDescription(
      parseExposureRequest({
        ...requestsByType.http,
        headers: [{ name: 'x-canary', value: 'true' }],
        timeout: '10s',
      }),
      [],
      [],
    );

    expect(description).toContain('- **Headers:** `x-canary: true`');
    expect(description).toContain('- **Timeout:** `10s`');
  });

  it('describes a mesh request by its mesh host and gRPC methods, with timeout and retries, and no paths', () => {
    const description = exposureDescription(mesh, [], []);

    expect(description).toContain(
      `- **Type:** ${exposureKind('grpc-mesh').title} (\`grpc-mesh\`)`,
    );
    expect(description).toContain(
      '- **Attaches to:** the mesh (`gateways: [mesh]`)',
    );
    expect(description).toContain(
      '- **Hostnames:** `inventory.shop.svc.cluster.local`',
    );
    expect(description).toContain(
      '- **gRPC methods:** `shop.inventory.v1.Inventory/GetStock`',
    );
    expect(description).toContain('- **Timeout:** `5s`');
    expect(description).toContain(
      '- **Retries:** 3 attempts, `2s` each, on `unavailable`',
    );
    expect(description).not.toContain('**Paths:**');
    for (const url of exposureKind('grpc-mesh').urls(mesh)) {
      expect(description).toContain(`- ${url}`);
    }
  });

  it('describes a GRPCRoute by its listener, hostnames and whole gRPC services', () => {
    const description = exposureDescription(grpcGateway, [], []);

    expect(description).toContain(
      '- **Attaches to:** Gateway `infra/public`, listener `https`',
    );
    expect(description).toContain(
      '- **Hostnames:** `inventory.shop.example.com`',
    );
    expect(description).toContain(
      '- **gRPC methods:** `shop.inventory.v1.Inventory` (every method)',
    );
    expect(description).toContain('- https://inventory.shop.example.com');
  });

  it('describes an Ingress by its IngressClass and TLS Secret', () => {
    const description = exposureDescription(ingress, [], []);

    expect(description).toContain('- **Attaches to:** IngressClass `nginx`');
    expect(description).toContain(
      '- **TLS Secret:** `loyalty-example-com-tls`',
    );
    expect(description).toContain('- https://loyalty.example.com/');
  });

  it('leaves out the sections that have nothing to list', () => {
    const description = exposureDescription(mesh, [], []);

    expect(description).not.toContain('**Findings:**');
    expect(description).not.toContain('**Files:**');
  });

  it('titles the pull request with the entity and the kind of exposure', () => {
    expect(exposureTitle(http)).toBe(
      `Expose storefront: ${exposureKind('http').title}`,
    );
    expect(exposureTitle(ingress)).toBe(
      `Expose loyalty: ${exposureKind('ingress').title}`,
    );
  });

  it('names the branch after the entity, the type and the object', () => {
    expect([http, mesh, grpcGateway, ingress].map(exposureBranchName)).toEqual([
      'portway/expose-storefront-http-storefront',
      'portway/expose-inventory-grpc-mesh-inventory',
      'portway/expose-inventory-grpc-gateway-inventory',
      'portway/expose-loyalty-ingress-loyalty',
    ]);
  });
});
