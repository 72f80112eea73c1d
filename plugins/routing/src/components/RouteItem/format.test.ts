import type { ParentView, RouteView } from '@portway/plugin-routing-common';
import {
  attachmentText,
  conditionSentence,
  conditionSource,
  listenerLabels,
  matchedByLabel,
  orderedConditions,
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

function parent(
  ref: ParentView['ref'],
  more: Partial<ParentView> = {},
): ParentView {
  return { ref, conditions: [], ...more };
}

const condition = (type: string) => ({
  type,
  status: 'True' as const,
  reason: type,
  message: '',
});

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

  it('names an IngressClass without a namespace, and the mesh and Istio Gateways of a VirtualService', () => {
    const istio = { group: 'networking.istio.io', kind: 'Gateway' };
    expect(
      parentLabel(
        parent({
          group: 'networking.k8s.io',
          kind: 'IngressClass',
          name: 'nginx',
        }),
        route,
      ),
    ).toBe('IngressClass nginx');
    expect(parentLabel(parent({ ...istio, name: 'mesh' }), route)).toBe(
      'mesh (the sidecars)',
    );
    expect(
      parentLabel(
        parent({ ...istio, namespace: 'istio-system', name: 'ingress' }),
        route,
      ),
    ).toBe('Istio Gateway istio-system/ingress');
  });
});

describe('listenerLabels', () => {
  it('shows the protocol, port and hostname of each known listener', () => {
    const listeners = [
      {
        name: 'https',
        port: 443,
        protocol: 'HTTPS',
        hostname: '*.shop.example.com',
      },
      { name: 'http', port: 80, protocol: 'HTTP' },
    ];
    expect(
      listenerLabels(
        parent({ name: 'public', sectionName: 'https' }, { listeners }),
      ),
    ).toEqual(['https (HTTPS:443, *.shop.example.com)', 'http (HTTP:80)']);
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

describe('matchedByLabel', () => {
  it('explains whether the route was found by label, by backend or by request', () => {
    expect(matchedByLabel(route)).toBe('labelled for this entity');
    expect(matchedByLabel({ ...route, matchedBy: 'backend' })).toBe(
      "points at this entity's Service",
    );
    expect(matchedByLabel({ ...route, matchedBy: 'request' })).toBe(
      'requested for this entity',
    );
  });
});

describe('conditionSource', () => {
  it('names the controller that wrote the status', () => {
    expect(
      conditionSource(
        parent(
          { name: 'public' },
          {
            conditions: [condition('Accepted')],
            controllerName: 'istio.io/gateway-controller',
          },
        ),
      ),
    ).toBe(
      "Conditions from the cluster's status, written by istio.io/gateway-controller",
    );
  });

  it("says the conditions are Portway's analysis, and why", () => {
    expect(
      conditionSource(
        parent(
          { name: 'public' },
          { conditionsFrom: 'analysis', predictedBecause: 'no-status' },
        ),
      ),
    ).toBe("Conditions from Portway's analysis: no status yet");
    expect(
      conditionSource(
        parent(
          { name: 'public' },
          { conditionsFrom: 'analysis', predictedBecause: 'stale-status' },
        ),
      ),
    ).toBe(
      "Conditions from Portway's analysis: status is for an older generation",
    );
  });

  it('says so when there are no conditions at all', () => {
    expect(conditionSource(parent({ name: 'public' }))).toBe(
      'No conditions: no controller has written status for this parent',
    );
  });
});

describe('orderedConditions', () => {
  it('puts Accepted, then ResolvedRefs, before the others', () => {
    expect(
      orderedConditions([
        condition('PartiallyInvalid'),
        condition('ResolvedRefs'),
        condition('Accepted'),
      ]).map(c => c.type),
    ).toEqual(['Accepted', 'ResolvedRefs', 'PartiallyInvalid']);
  });
});

describe('conditionSentence', () => {
  it("prefers Portway's explanation to the controller's message", () => {
    expect(
      conditionSentence({
        ...condition('Accepted'),
        status: 'False',
        message: 'not allowed',
        explanation: 'label the namespace',
      }),
    ).toBe('label the namespace');
    expect(
      conditionSentence({
        ...condition('Accepted'),
        status: 'False',
        message: 'not allowed',
      }),
    ).toBe('not allowed');
  });
});

describe('attachmentText', () => {
  it('names the listeners of a Gateway parent', () => {
    expect(
      attachmentText(parent({ name: 'public', sectionName: 'https' }), route),
    ).toBe(' · listener https');
  });

  it("names the port of a mesh route's Service, which has no listeners", () => {
    expect(
      attachmentText(
        parent({ group: '', kind: 'Service', name: 'cart', port: 9090 }),
        route,
      ),
    ).toBe(' · port 9090');
    expect(
      attachmentText(
        parent({ group: '', kind: 'Service', name: 'cart' }),
        route,
      ),
    ).toBe('');
  });
});
