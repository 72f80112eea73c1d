import type { MigrationNote } from '../migrate/types';
import { ingress, legacyIngress } from './__testUtils__/migrationCase';
import {
  INGRESSES_KEPT,
  migrationReport,
  MigrationReportInput,
} from './migrationReport';

const route = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { namespace: 'shop', name: 'storefront-legacy' },
  spec: { hostnames: ['storefront.shop.example.com'] },
};

const admin = ingress('shop', 'admin', [
  'admin.shop.example.com',
  'ops.shop.example.com',
]);

const notes: MigrationNote[] = [
  {
    object: 'Ingress shop/admin',
    annotation: 'nginx.ingress.kubernetes.io/auth-url',
    level: 'warning',
    message: 'external authentication is not portable',
  },
  {
    object: 'Ingress shop/storefront-legacy',
    annotation: 'nginx.ingress.kubernetes.io/rewrite-target',
    field: 'spec.rules[0].http.paths[0]',
    level: 'error',
    message: 'a capture group\ncannot be rewritten',
  },
  {
    object: 'Ingress shop/storefront-legacy',
    field: 'spec.tls',
    level: 'info',
    message: 'TLS is the listener’s',
  },
  {
    object: 'Ingress shop/storefront-legacy',
    annotation: 'nginx.ingress.kubernetes.io/rewrite-target',
    level: 'warning',
    message: 'second note',
  },
];

const input: MigrationReportInput = {
  title:
    'Migrate Ingress shop/storefront-legacy, shop/admin to Gateway API routes',
  ingresses: [legacyIngress, admin],
  gateway: {
    namespace: 'infra',
    name: 'public',
    sectionName: 'https',
    httpSectionName: 'http',
  },
  objects: [route],
  notes,
  findings: [
    {
      severity: 'warning',
      code: 'HostnameInUse',
      field: 'ingresses[0]',
      message: 'in use',
    },
  ],
  folder: 'clusters/prod-eu/shop/storefront',
  entityRef: 'component:default/storefront',
  cluster: 'prod-eu',
};

describe('migrationReport', () => {
  const report = migrationReport(input);

  it('opens with the title and says whose Ingresses move where', () => {
    expect(report.split('\n').slice(0, 3)).toEqual([
      `# ${input.title}`,
      '',
      "Portway's conversion of Ingresses to Gateway API routes for `component:default/storefront` in cluster `prod-eu`.",
    ]);
  });

  it('lists the source Ingresses with their hosts, and the target listener', () => {
    expect(report).toContain(
      '- `Ingress shop/storefront-legacy`: `storefront.shop.example.com`\n- `Ingress shop/admin`: `admin.shop.example.com`, `ops.shop.example.com`',
    );
    expect(report).toContain(
      'Gateway `infra/public`, listener `https`; the ssl-redirect route, where there is one, on listener `http`',
    );
  });

  it('tabulates the generated objects with their hostnames and files', () => {
    expect(report).toContain(
      '| HTTPRoute | `storefront-legacy` | `storefront.shop.example.com` | `clusters/prod-eu/shop/storefront/httproute-storefront-legacy.yaml` |',
    );
  });

  it('lists the findings', () => {
    expect(report).toContain(
      '- **warning** `HostnameInUse` (`ingresses[0]`): in use',
    );
  });

  it('groups every note by Ingress in the request’s order, then by annotation, with its level', () => {
    const notesPart = report.slice(report.indexOf('## Notes'));
    expect(notesPart.split('\n').filter(line => line !== '')).toEqual([
      '## Notes',
      '### Ingress shop/storefront-legacy',
      '#### Fields and features',
      '- **info** (`spec.tls`): TLS is the listener’s',
      '#### `nginx.ingress.kubernetes.io/rewrite-target`',
      '- **error** (`spec.rules[0].http.paths[0]`): a capture group cannot be rewritten',
      '- **warning**: second note',
      '### Ingress shop/admin',
      '#### `nginx.ingress.kubernetes.io/auth-url`',
      '- **warning**: external authentication is not portable',
      INGRESSES_KEPT,
    ]);
  });

  it('without a preflight, folder or shared Gateway, says so and gives file names only', () => {
    const bare = migrationReport({
      title: 'T',
      ingresses: [legacyIngress],
      objects: [route],
      notes: [],
    });
    expect(bare).not.toContain('## Findings');
    expect(bare).toContain('no shared Gateway');
    expect(bare).toContain('| `httproute-storefront-legacy.yaml` |');
    expect(bare).toContain('Nothing to note');
    expect(bare.trimEnd().endsWith(INGRESSES_KEPT)).toBe(true);
  });

  it('says when nothing could be converted, and when the ssl-redirect route goes by port', () => {
    const empty = migrationReport({
      ...input,
      gateway: { namespace: 'infra', name: 'public' },
      objects: [],
      findings: [],
    });
    expect(empty).toContain('None: nothing could be converted.');
    expect(empty).toContain('every listener that takes the routes');
    expect(empty).toContain('on port `80` (no plain-HTTP listener found)');
    expect(empty).toContain('## Findings\n\nNone.');
  });
});
