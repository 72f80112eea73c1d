import { parseAllDocuments } from 'yaml';
import { migrateCommand, parseGatewayOption } from './migrate';
import { fileWith } from '../__testUtils__/tempFiles';

const ingress = [
  'apiVersion: networking.k8s.io/v1',
  'kind: Ingress',
  'metadata:',
  '  name: admin',
  '  namespace: vendor',
  '  annotations:',
  '    nginx.ingress.kubernetes.io/rewrite-target: /',
  'spec:',
  '  ingressClassName: nginx',
  '  rules:',
  '    - host: admin.vendor.example.com',
  '      http:',
  '        paths:',
  '          - path: /',
  '            pathType: Prefix',
  '            backend: {service: {name: admin, port: {number: 80}}}',
].join('\n');

describe('portway migrate', () => {
  it('prints { objects, notes } with HTTPRoutes attached to the shared Gateway named by --gateway', () => {
    const output = migrateCommand([fileWith(ingress)], {
      json: true,
      gateway: 'infra/public/https',
    });
    expect(output.exitCode).toBe(0);
    const { objects, notes } = JSON.parse(output.text);
    const route = objects.find((o: { kind: string }) => o.kind === 'HTTPRoute');
    expect(route.spec.parentRefs).toEqual([
      expect.objectContaining({
        namespace: 'infra',
        name: 'public',
        sectionName: 'https',
      }),
    ]);
    expect(route.spec.hostnames).toEqual(['admin.vendor.example.com']);
    expect(objects.some((o: { kind: string }) => o.kind === 'Gateway')).toBe(
      false,
    );
    expect(JSON.stringify(notes)).toContain(
      'nginx.ingress.kubernetes.io/rewrite-target',
    );
  });

  it('writes YAML documents and the notes as comments without --json', () => {
    const output = migrateCommand([fileWith(ingress)], {});
    const kinds = parseAllDocuments(output.text).map(
      d => (d.toJS() as { kind: string }).kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(['Gateway', 'HTTPRoute']));
    expect(output.text).toMatch(/^# Ingress vendor\/admin.*rewrite-target/m);
  });

  it('refuses a malformed --gateway', () => {
    expect(() => parseGatewayOption('public')).toThrow(
      '--gateway "public" must be NAMESPACE/NAME or NAMESPACE/NAME/SECTION',
    );
    expect(parseGatewayOption('infra/public')).toEqual({
      namespace: 'infra',
      name: 'public',
    });
  });
});
