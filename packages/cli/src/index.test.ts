import { parse } from 'yaml';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { createProgram } from './index';
import { CommandOutput } from './commands/types';
import { UsageError } from './exitCodes';
import { fileWith } from './__testUtils__/tempFiles';

const request = storefrontExposureRequest;

function run(...args: string[]): CommandOutput {
  let output: CommandOutput | undefined;
  createProgram(result => {
    output = result;
  }).parse(['node', 'portway', ...args]);
  return output!;
}

describe('portway render', () => {
  it('prints { ok, findings, files } for a valid request and exits 0', () => {
    const output = run(
      'render',
      '--json',
      fileWith(JSON.stringify(request), 'request.json'),
    );
    expect(output.exitCode).toBe(0);
    const result = JSON.parse(output.text);
    expect(result.ok).toBe(true);
    expect(result.files.map((f: { path: string }) => f.path)).toEqual([
      'clusters/prod-eu/shop/storefront/httproute-storefront.yaml',
      'clusters/prod-eu/shop/storefront/kustomization.yaml',
    ]);
    expect(parse(result.files[0].content).kind).toBe('HTTPRoute');
  });

  it('exits 1 with error findings naming the field for invalid values', () => {
    const output = run(
      'render',
      '--json',
      fileWith(
        JSON.stringify({ ...request, hostnames: ['Not Valid'] }),
        'request.json',
      ),
    );
    expect(output.exitCode).toBe(1);
    expect(JSON.parse(output.text)).toMatchObject({
      ok: false,
      files: [],
      findings: [
        { severity: 'error', code: 'InvalidHostname', field: 'hostnames[0]' },
      ],
    });
  });

  it('reads YAML requests and prints a readable report without --json', () => {
    const output = run(
      'render',
      fileWith(
        'entityRef: component:default/storefront\ntype: http\ncluster: prod-eu\nnamespace: shop\nservice: {name: storefront, port: 8080}\nhostnames: [storefront.shop.example.com]\ngateway: {namespace: infra, name: public}\n',
        'request.yaml',
      ),
    );
    expect(output.exitCode).toBe(0);
    expect(output.text).toContain(
      '--- clusters/prod-eu/shop/storefront/httproute-storefront.yaml',
    );
  });

  it('refuses an unreadable or malformed request with a usage error naming the file', () => {
    expect(() => run('render', '/nonexistent/request.json')).toThrow(
      new UsageError('/nonexistent/request.json: cannot be read (ENOENT)'),
    );
    const malformed = fileWith(
      JSON.stringify({ ...request, service: 'storefront' }),
      'request.json',
    );
    expect(() => run('render', malformed)).toThrow(
      /request\.json: Malformed exposure request: service: /,
    );
    const broken = fileWith('{ "entityRef": ', 'broken.json');
    expect(() => run('render', broken)).toThrow(
      /broken\.json: is not valid JSON or YAML/,
    );
  });

  it('checks the request against a cluster dump with --state, as the portal does', () => {
    const state = fileWith(
      [
        'apiVersion: v1\nkind: Service\nmetadata: {namespace: shop, name: storefront}\nspec: {ports: [{port: 80, name: http}]}',
        'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {namespace: infra, name: public}\nspec:\n  gatewayClassName: istio\n  listeners: [{name: https, protocol: HTTPS, port: 443, hostname: "*.shop.example.com", tls: {certificateRefs: [{name: tls}]}, allowedRoutes: {namespaces: {from: All}}}]',
      ].join('\n---\n'),
      'cluster.yaml',
    );
    const output = run(
      'render',
      fileWith(JSON.stringify(request), 'request.json'),
      '--json',
      '--state',
      state,
    );
    expect(output.exitCode).toBe(1);
    const result = JSON.parse(output.text);
    expect(result.files).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'PortNotOnService',
        field: 'service.port',
        message: expect.stringContaining('its ports are 80 (http)'),
      }),
      expect.objectContaining({ code: 'OwnershipNotChecked' }),
    ]);
  });

  it('passes a request the cluster dump accepts', () => {
    const state = fileWith(
      'apiVersion: v1\nkind: Service\nmetadata: {namespace: shop, name: storefront}\nspec: {ports: [{port: 8080}]}\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {namespace: infra, name: public}\nspec: {gatewayClassName: istio, listeners: [{name: https, protocol: HTTPS, port: 443, tls: {certificateRefs: [{name: tls}]}, allowedRoutes: {namespaces: {from: All}}}]}\n',
      'cluster.yaml',
    );
    const output = run(
      'render',
      fileWith(JSON.stringify(request), 'request.json'),
      '--json',
      '--state',
      state,
    );
    expect(JSON.parse(output.text).ok).toBe(true);
    expect(output.exitCode).toBe(0);
  });
});

describe('portway render --policy', () => {
  const policy = () =>
    fileWith(
      [
        'hostnames:',
        '  - listener: infra/public/https',
        "    domains: ['*.shop.example.com']",
        '  - owner: group:default/payments',
        "    domains: ['*.pay.example.com']",
      ].join('\n'),
      'policy.yaml',
    );
  const render = (hostnames: string[], ...options: string[]) =>
    run(
      'render',
      fileWith(JSON.stringify({ ...request, hostnames }), 'request.json'),
      '--json',
      '--policy',
      policy(),
      ...options,
    );

  it('refuses a hostname the policy does not allow, without a cluster dump', () => {
    const output = render(['storefront.shop.example.org'], '--owner', 'shop');
    expect(output.exitCode).toBe(1);
    expect(JSON.parse(output.text)).toMatchObject({
      ok: false,
      files: [],
      findings: [
        {
          severity: 'error',
          code: 'HostnameNotAllowed',
          field: 'hostnames[0]',
          message: expect.stringContaining(
            'the rule for listener infra/public/https allows only *.shop.example.com',
          ),
        },
      ],
    });
  });

  it('applies the owner rules to the --owner groups, read as the catalog reads them', () => {
    const output = render(
      ['storefront.shop.example.com'],
      '--owner',
      'Payments',
      '--owner',
      'group:default/shop',
    );
    expect(output.exitCode).toBe(1);
    expect(JSON.parse(output.text).findings).toEqual([
      expect.objectContaining({
        code: 'HostnameNotAllowed',
        message: expect.stringContaining(
          'the rule for owner group:default/payments allows only *.pay.example.com',
        ),
      }),
    ]);
    expect(render(['x.shop.example.com'], '--owner', 'shop').exitCode).toBe(0);
  });

  it('says the owner rules were not checked without --owner', () => {
    const output = render(['storefront.shop.example.com']);
    expect(output.exitCode).toBe(0);
    expect(JSON.parse(output.text).findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'OwnerRulesNotChecked',
      }),
    ]);
  });

  it('refuses a malformed policy file or owner with a usage error naming the key', () => {
    const malformed = fileWith(
      'hostnames:\n  - listener: infra/public\n    domains: [shop.*.example.com]\n',
      'policy.yaml',
    );
    const requestFile = fileWith(JSON.stringify(request), 'request.json');
    expect(() => run('render', requestFile, '--policy', malformed)).toThrow(
      /policy\.yaml: Invalid exposure policy: hostnames\[0\]\.domains\[0\]: "shop\.\*\.example\.com" must be an exact hostname/,
    );
    expect(() =>
      run('render', requestFile, '--policy', policy(), '--owner', 'a:b:c'),
    ).toThrow(
      new UsageError(
        '--owner: "a:b:c" is not an entity reference such as group:default/payments',
      ),
    );
  });
});
