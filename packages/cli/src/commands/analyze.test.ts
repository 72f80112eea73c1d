import path from 'path';
import { UsageError } from '../exitCodes';
import { analyzeCommand } from './analyze';
import { fileWith } from '../__testUtils__/tempFiles';

const demoCluster = path.resolve(__dirname, '../../../../examples/cluster');
const demoFiles = [
  'namespaces.yaml',
  'services.yaml',
  'gateways.yaml',
  'routes.yaml',
].map(f => path.join(demoCluster, f));

describe('portway analyze', () => {
  it('prints the conditions and attachedRoutes as the design contract shapes them', () => {
    const output = analyzeCommand(demoFiles, { json: true });
    const result = JSON.parse(output.text);
    const storefront = result.routes.find(
      (r: { name: string }) => r.name === 'storefront',
    );
    expect(storefront).toEqual({
      kind: 'HTTPRoute',
      namespace: 'shop',
      name: 'storefront',
      parents: [
        {
          parentRef: expect.objectContaining({
            namespace: 'infra',
            name: 'public',
            sectionName: 'https',
          }),
          conditions: [
            expect.objectContaining({
              type: 'Accepted',
              status: 'True',
              reason: 'Accepted',
            }),
            expect.objectContaining({
              type: 'ResolvedRefs',
              status: 'True',
              reason: 'ResolvedRefs',
            }),
          ],
        },
      ],
    });
    expect(result.gateways).toEqual([
      {
        namespace: 'infra',
        name: 'public',
        // Its allowedListeners takes ListenerSets; none is among these files.
        attachedListenerSets: 0,
        conditions: [
          expect.objectContaining({
            type: 'Accepted',
            status: 'True',
            reason: 'Accepted',
          }),
          expect.objectContaining({
            type: 'Programmed',
            status: 'True',
            reason: 'Programmed',
          }),
        ],
        listeners: [
          expect.objectContaining({ name: 'http', attachedRoutes: 0 }),
          expect.objectContaining({ name: 'https', attachedRoutes: 3 }),
          expect.objectContaining({
            name: 'https-platform',
            attachedRoutes: 0,
          }),
        ],
      },
    ]);
  });

  it('exits 1 when a route is refused or a backend does not resolve', () => {
    const output = analyzeCommand(demoFiles, { json: true });
    expect(output.exitCode).toBe(1);
    expect(
      JSON.parse(output.text).findings.map((f: { code: string }) => f.code),
    ).toEqual(['NoMatchingListenerHostname', 'BackendNotFound']);
  });

  it('explains each parent in plain words without --json', () => {
    const output = analyzeCommand(demoFiles, {});
    expect(output.text).toContain(
      'HTTPRoute shop/storefront-legacy-domain -> infra/public/https: Accepted=False (NoMatchingListenerHostname): listener https of infra/public only accepts hostnames matching *.shop.example.com; this route asks for shop.example.org',
    );
  });

  it('warns about kinds it does not analyze and exits 0 when nothing is wrong', () => {
    const output = analyzeCommand(
      [
        fileWith(
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
        ),
      ],
      { json: true },
    );
    expect(output.exitCode).toBe(0);
    expect(JSON.parse(output.text).findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'UnsupportedKind' }),
    ]);
  });

  it('names the file and document of unreadable input', () => {
    const file = fileWith(
      'kind: Service\napiVersion: v1\nmetadata: {name: a}\n---\nkind: [\n',
    );
    expect(() => analyzeCommand([file], {})).toThrow(
      new RegExp(`${file}: document 2: is not valid YAML`),
    );
    const nameless = fileWith('apiVersion: v1\nkind: Service\nmetadata: {}\n');
    expect(() => analyzeCommand([nameless], {})).toThrow(
      `${nameless}: document 1: Service has no metadata.name`,
    );
    expect(() => analyzeCommand([], {})).toThrow(UsageError);
  });

  it('runs the Istio and Ingress checks on the same files', () => {
    const file = fileWith(
      [
        'apiVersion: networking.istio.io/v1',
        'kind: VirtualService',
        'metadata: {name: payments, namespace: shop}',
        'spec:',
        '  hosts: [payments]',
        '  http:',
        '    - route:',
        '        - destination: {host: payments-v2}',
        '---',
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata: {name: admin, namespace: vendor}',
        'spec:',
        '  ingressClassName: nginx',
        '  rules:',
        '    - host: admin.vendor.example.com',
        '      http:',
        '        paths:',
        '          - path: /',
        '            pathType: Prefix',
        '            backend: {service: {name: admin, port: {number: 80}}}',
      ].join('\n'),
    );
    const output = analyzeCommand([file], { json: true });
    expect(output.exitCode).toBe(1);
    expect(
      JSON.parse(output.text).findings.map((f: { code: string }) => f.code),
    ).toEqual(expect.arrayContaining(['IST0101', 'BackendNotFound']));
  });
});
