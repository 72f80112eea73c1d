import { parseAllDocuments } from 'yaml';
import { INGRESSES_KEPT } from '@portway/plugin-routing-common';
import { createProgram } from '../index';
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

const gateway = [
  'apiVersion: gateway.networking.k8s.io/v1',
  'kind: Gateway',
  'metadata: {name: public, namespace: infra}',
  'spec:',
  '  gatewayClassName: istio',
  '  listeners:',
  '    - {name: https, protocol: HTTPS, port: 443}',
  '    - {name: http-other, protocol: HTTP, port: 80, hostname: "*.other.example.com"}',
  '    - {name: http-vendor, protocol: HTTP, port: 80, hostname: "*.vendor.example.com"}',
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

  it('prints the Markdown report of the pull request with --report, instead of JSON', () => {
    const output = migrateCommand([fileWith(ingress)], {
      report: true,
      json: true,
      gateway: 'infra/public/https',
    });
    expect(output.exitCode).toBe(0);
    expect(output.text.split('\n')[0]).toBe(
      '# Migrate Ingress vendor/admin to Gateway API routes',
    );
    expect(output.text).toContain(
      '- `Ingress vendor/admin`: `admin.vendor.example.com`',
    );
    expect(output.text).toContain('Gateway `infra/public`, listener `https`');
    expect(output.text).toMatch(
      /^\| HTTPRoute \| `admin` \| `admin\.vendor\.example\.com` \| `httproute-admin\.yaml` \|$/m,
    );
    expect(output.text).toContain('### Ingress vendor/admin');
    expect(output.text).toContain('nginx.ingress.kubernetes.io/rewrite-target');
    expect(output.text.endsWith(INGRESSES_KEPT)).toBe(true);
  });

  it('puts the ssl-redirect route on the Gateway’s plain-HTTP listener for the hosts when the files hold the Gateway', () => {
    const withGateway = (option: string) =>
      migrateCommand([fileWith(ingress), fileWith(gateway, 'gateway.yaml')], {
        report: true,
        gateway: option,
      }).text;
    expect(withGateway('infra/public/https')).toContain(
      'the ssl-redirect route, where there is one, on listener `http-vendor`',
    );
    expect(withGateway('infra/private/https')).toContain(
      'on port `80` (no plain-HTTP listener found)',
    );
  });

  it('offers --report in its help', () => {
    const program = createProgram(() => {});
    const migrate = program.commands.find(
      command => command.name() === 'migrate',
    )!;
    expect(migrate.helpInformation()).toMatch(
      /--report\s+print the Markdown report instead/,
    );
  });
});
