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
