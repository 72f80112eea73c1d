import { stringify } from 'yaml';
import { ingress, rule } from '../ingress/__testUtils__/builders';
import { convertIngresses } from './convertIngresses';
import type { Feature } from './ir';

const web = ingress('shop/web', {
  ingressClassName: 'nginx',
  rules: [rule('a.io')],
});
web.metadata!.labels = { app: 'web' };
const emitted = (features: Feature[] = [], objects = [web]) =>
  convertIngresses(objects, {}, features);

describe('emitted objects', () => {
  it('are Gateways, then routes, then extra objects, all gateway.networking.k8s.io/v1 but the extras', () => {
    const policy = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'BackendTLSPolicy',
      metadata: { name: 'p' },
    };
    const extra: Feature = state => {
      state.extraObjects.push(policy);
    };
    const { objects } = emitted([extra]);
    expect(objects.map(o => [o.apiVersion, o.kind])).toEqual([
      ['gateway.networking.k8s.io/v1', 'Gateway'],
      ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
      ['gateway.networking.k8s.io/v1', 'BackendTLSPolicy'],
    ]);
  });

  it('omit empty fields and write weights only when set', () => {
    const weigh: Feature = state => {
      const [first] = state.routes[0].rules;
      first.backends.push({
        ...first.backends[0],
        ref: { name: 'canary', port: 80, weight: 10 },
      });
      state.routes[0].rules.push({
        matches: [],
        backends: [],
        filters: [
          { type: 'RequestRedirect', requestRedirect: { scheme: 'https' } },
        ],
        sources: [],
      });
    };
    const [, route] = emitted([weigh]).objects;
    expect(route).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
      spec: {
        parentRefs: [{ name: 'nginx' }],
        hostnames: ['a.io'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [
              { name: 'web', port: 80 },
              { name: 'canary', port: 80, weight: 10 },
            ],
          },
          {
            filters: [
              { type: 'RequestRedirect', requestRedirect: { scheme: 'https' } },
            ],
          },
        ],
      },
    });
  });

  it('write a TLSRoute with rules of backendRefs only', () => {
    const passthrough: Feature = state => {
      const route = state.routes[0];
      route.kind = 'TLSRoute';
      route.rules[0].timeouts = { request: '5s' };
    };
    const [, route] = emitted([passthrough]).objects;
    expect(route.kind).toBe('TLSRoute');
    expect(route.spec.rules).toEqual([
      { backendRefs: [{ name: 'web', port: 80 }] },
    ]);
  });

  it('write HTTPRoute timeouts when set', () => {
    const timeouts: Feature = state => {
      state.routes[0].rules[0].timeouts = { request: '5s' };
    };
    expect(emitted([timeouts]).objects[1].spec.rules[0].timeouts).toEqual({
      request: '5s',
    });
  });

  it('share no object, so YAML has no aliases', () => {
    const shared: Feature = state => {
      const [route] = state.routes;
      route.rules.push({ ...route.rules[0] });
    };
    const yaml = emitted([shared])
      .objects.map(o => stringify(o))
      .join('---\n');
    expect(yaml).not.toMatch(/[&*]a\d/);
  });

  it('note a route with more rules than the Gateway API allows', () => {
    const paths = Array.from({ length: 17 }, (_, i) => ({
      path: `/p${i}`,
      pathType: 'Prefix',
      backend: { service: { name: 'web', port: { number: 80 } } },
    }));
    const many = ingress('shop/many', {
      ingressClassName: 'nginx',
      rules: [{ host: 'a.io', http: { paths } }],
    });
    expect(emitted([], [many]).notes).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining(
          'has 17 rules; the Gateway API allows 16',
        ),
      }),
    ]);
  });
});
