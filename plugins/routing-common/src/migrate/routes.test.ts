import { stringify } from 'yaml';
import type { KubernetesObject } from '../kubernetes/objects';
import { ingress, rule, svc } from '../ingress/__testUtils__/builders';
import { migrateIngresses } from './migrateIngresses';

const gateway = { namespace: 'infra', name: 'shared' };
const routesOf = (objects: KubernetesObject[]) =>
  migrateIngresses(objects, { gateway }).objects.filter(
    o => o.kind === 'HTTPRoute',
  );
const path = (p: string | undefined, pathType?: string) => ({
  http: {
    paths: [
      {
        ...(p === undefined ? {} : { path: p }),
        ...(pathType ? { pathType } : {}),
        backend: { service: { name: 'web', port: { number: 80 } } },
      },
    ],
  },
});

describe('one HTTPRoute per Ingress, or per host when rules name several', () => {
  it.each<[string, Record<string, unknown>, Array<[string, string[]]>]>([
    [
      'one host',
      { rules: [rule('a.example.com')] },
      [['web', ['a.example.com']]],
    ],
    ['no host', { rules: [rule(undefined)] }, [['web', []]]],
    [
      'two rules, same host, merged',
      { rules: [rule('a.example.com'), rule('a.example.com', 'api')] },
      [['web', ['a.example.com']]],
    ],
    [
      'several hosts',
      {
        rules: [
          rule('a.example.com'),
          rule('*.b.example.com'),
          rule(undefined),
        ],
      },
      [
        ['web-a-example-com', ['a.example.com']],
        ['web-wildcard-b-example-com', ['*.b.example.com']],
        ['web-any-host', []],
      ],
    ],
  ])('%s', (_name, spec, expected) => {
    const routes = routesOf([ingress('shop/web', spec)]);
    expect(routes.map(r => [r.metadata?.name, r.spec.hostnames ?? []])).toEqual(
      expected,
    );
    routes.forEach(r => expect(r.metadata?.namespace).toBe('shop'));
  });

  it('copies labels and writes plain YAML', () => {
    const source = ingress('shop/web', { rules: [rule('a.example.com')] });
    source.metadata!.labels = { app: 'web' };
    const [route] = routesOf([source]);
    expect(route.metadata?.labels).toEqual({ app: 'web' });
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    const yaml = stringify(route);
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(yaml).toContain('kind: HTTPRoute');
  });
});

describe('paths map pathType to HTTPRoute path matches', () => {
  it.each<[string, Record<string, unknown>, unknown, string[]]>([
    [
      'Prefix',
      path('/api', 'Prefix'),
      { type: 'PathPrefix', value: '/api' },
      [],
    ],
    ['Exact', path('/x', 'Exact'), { type: 'Exact', value: '/x' }, []],
    [
      'ImplementationSpecific',
      path('/i', 'ImplementationSpecific'),
      { type: 'PathPrefix', value: '/i' },
      ['spec.rules[0].http.paths[0].pathType'],
    ],
    [
      'no path defaults to /',
      path(undefined, 'Prefix'),
      { type: 'PathPrefix', value: '/' },
      [],
    ],
  ])('%s', (_name, ruleSpec, match, noteFields) => {
    const result = migrateIngresses(
      [ingress('shop/web', { rules: [ruleSpec] })],
      { gateway },
    );
    const [route] = result.objects;
    expect(route.spec.rules[0].matches).toEqual([{ path: match }]);
    expect(result.notes.map(n => n.field)).toEqual(noteFields);
  });
});

describe('backends become backendRefs', () => {
  const services = [svc('shop/web', { http: 8080 })];
  it.each<[string, Record<string, unknown>, unknown, string[]]>([
    ['port number', { number: 80 }, { name: 'web', port: 80 }, []],
    ['port name resolved', { name: 'http' }, { name: 'web', port: 8080 }, []],
    [
      'port name unresolved',
      { name: 'grpc' },
      { name: 'web' },
      ['spec.rules[0].http.paths[0].backend.service.port'],
    ],
  ])('%s', (_name, port, ref, noteFields) => {
    const result = migrateIngresses(
      [
        ...services,
        ingress('shop/web', { rules: [rule('a.io', 'web', port)] }),
      ],
      { gateway },
    );
    expect(result.objects[0].spec.rules[0].backendRefs).toEqual([ref]);
    expect(result.notes.map(n => n.field)).toEqual(noteFields);
    result.notes.forEach(n => expect(n.message).toMatch(/NEEDS FIX/));
  });

  it('does not carry resource backends, and writes no empty route', () => {
    const source = ingress('shop/web', {
      rules: [
        {
          host: 'a.io',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { resource: { kind: 'Bucket', name: 'b' } },
              },
            ],
          },
        },
      ],
    });
    const result = migrateIngresses([source], { gateway });
    expect(result.objects).toEqual([]);
    expect(result.notes.map(n => n.message)).toEqual([
      'resource backend Bucket b not carried over: HTTPRoute backendRefs need an implementation-specific kind',
      'no rule could be migrated; no HTTPRoute written',
    ]);
  });
});

describe('defaultBackend becomes a catch-all HTTPRoute', () => {
  it('has no hostnames and no matches, and is noted', () => {
    const result = migrateIngresses(
      [
        ingress('shop/web', {
          rules: [rule('a.io')],
          defaultBackend: {
            service: { name: 'fallback', port: { number: 80 } },
          },
        }),
      ],
      { gateway },
    );
    const fallback = result.objects.find(
      o => o.metadata?.name === 'web-default-backend',
    );
    expect(fallback?.spec).toEqual({
      parentRefs: [gateway],
      rules: [{ backendRefs: [{ name: 'fallback', port: 80 }] }],
    });
    expect(result.notes.map(n => n.field)).toEqual(['spec.defaultBackend']);
  });
});

describe('wildcard hosts are noted', () => {
  it.each<[string, string | undefined, number]>([
    ['wildcard', '*.foo.com', 1],
    ['precise', 'a.foo.com', 0],
    ['none', undefined, 0],
  ])('%s', (_name, host, count) => {
    const { notes } = migrateIngresses(
      [ingress('shop/web', { rules: [rule(host)] })],
      { gateway },
    );
    expect(notes.filter(n => /wildcard/.test(n.message))).toHaveLength(count);
  });
});
