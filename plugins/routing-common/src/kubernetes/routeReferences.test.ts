import { analyzeVirtualServices } from '../istio/analyzeVirtualServices';
import { routeTo, vs } from '../istio/__testUtils__/builders';
import { virtualServiceRouteView } from '../views/virtualServiceRouteView';
import { backendServiceKeys } from './routeReferences';

describe('backendServiceKeys of a VirtualService', () => {
  // The cache's index, the Routing tab's backends and the analysis read a destination host by
  // one rule; these are the hosts an earlier index read as Services when the views did not.
  it.each<[string, string[]]>([
    ['payments', ['shop/payments']],
    ['ledger', ['shop/ledger']],
    ['ledger.bank.svc.cluster.local', ['bank/ledger']],
    ['ledger.bank', []],
    ['ledger.bank.svc', []],
    ['ledger.bank.svc.other.domain', []],
    ['example.com', []],
    ['*.bank.svc.cluster.local', []],
  ])('destination %s is the Service %j', (host, keys) => {
    const route = vs('shop/a', routeTo(host));
    expect(backendServiceKeys('virtualService', route)).toEqual(keys);

    const view = virtualServiceRouteView(route, {
      cluster: 'demo',
      matchedBy: 'label',
      services: new Map(),
      istioGateways: new Map(),
    });
    expect(
      view.backends
        .filter(backend => backend.kind === 'Service')
        .map(backend => `${backend.namespace}/${backend.name}`),
    ).toEqual(keys);

    const missingServiceFound = analyzeVirtualServices([route]).some(finding =>
      finding.message.includes('(no Service '),
    );
    expect(missingServiceFound).toBe(keys.length > 0);
  });

  it('reads the Service of a backendRef of a Gateway API route in its own namespace', () => {
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { namespace: 'shop', name: 'web' },
      spec: {
        rules: [
          {
            backendRefs: [{ name: 'web' }, { name: 'api', namespace: 'bank' }],
          },
        ],
      },
    };
    expect(backendServiceKeys('httpRoute', route)).toEqual([
      'shop/web',
      'bank/api',
    ]);
  });

  it('ignores a destination without a host', () => {
    expect(
      backendServiceKeys('virtualService', vs('shop/a', routeTo(''))),
    ).toEqual([]);
  });
});
