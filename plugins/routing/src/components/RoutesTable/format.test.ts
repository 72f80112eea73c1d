import type { ParentView, RouteView } from '@portway/plugin-routing-common';
import {
  backendLabel,
  listenerLabels,
  matchedByLabel,
  parentLabel,
} from './format';

const route: RouteView = {
  cluster: 'prod-eu',
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'storefront',
  hostnames: [],
  urls: [],
  parents: [],
  backends: [],
  summary: 'ready',
  matchedBy: 'label',
};

function parent(ref: ParentView['ref'], listeners?: ParentView['listeners']) {
  return { ref, conditions: [], listeners };
}

describe('parentLabel', () => {
  it('uses the route namespace when the parentRef has none', () => {
    expect(parentLabel(parent({ name: 'public' }), route)).toBe('shop/public');
  });

  it('names the kind of parents that are not Gateways', () => {
    expect(
      parentLabel(
        parent({ kind: 'Service', namespace: 'shop', name: 'cart' }),
        route,
      ),
    ).toBe('Service shop/cart');
  });
});

describe('listenerLabels', () => {
  it('shows the protocol and port of each known listener', () => {
    const listeners = [
      { name: 'https', port: 443, protocol: 'HTTPS' },
      { name: 'http', port: 80, protocol: 'HTTP' },
    ];
    expect(
      listenerLabels(
        parent({ name: 'public', sectionName: 'https' }, listeners),
      ),
    ).toEqual(['https (HTTPS:443)', 'http (HTTP:80)']);
  });

  it('falls back to the sectionName and port the route asked for', () => {
    expect(
      listenerLabels(
        parent({ name: 'public', sectionName: 'https', port: 443 }),
      ),
    ).toEqual(['https, port 443']);
  });

  it('is empty when the route attaches to the whole Gateway', () => {
    expect(listenerLabels(parent({ name: 'public' }))).toEqual([]);
  });
});

describe('backendLabel', () => {
  it('shows namespace, name, port and weight of a Service backend', () => {
    expect(
      backendLabel({
        kind: 'Service',
        namespace: 'shop',
        name: 'storefront',
        port: 8080,
        weight: 90,
      }),
    ).toBe('shop/storefront:8080 (weight 90)');
  });

  it('names the kind of backends that are not Services', () => {
    expect(
      backendLabel({ kind: 'ServiceImport', namespace: 'shop', name: 'cart' }),
    ).toBe('ServiceImport shop/cart');
  });
});

describe('matchedByLabel', () => {
  it('explains whether the route was found by label or by backend', () => {
    expect(matchedByLabel(route)).toBe('labelled for this entity');
    expect(matchedByLabel({ ...route, matchedBy: 'backend' })).toBe(
      "points at this entity's Service",
    );
  });

  it('names the GitOps branch of a requested route', () => {
    const pendingChange = {
      branchName: 'portway/expose-storefront-storefront',
      commitSha: 'abc123',
      createdAt: '2026-11-27T10:00:00.000Z',
    };
    expect(
      matchedByLabel({ ...route, matchedBy: 'request', pendingChange }),
    ).toBe(
      'requested, waiting for review on branch portway/expose-storefront-storefront',
    );
  });
});
