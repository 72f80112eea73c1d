import {
  intendedServiceHost,
  resolveIstioHost,
  serviceEntryCovers,
} from './hosts';

describe('resolveIstioHost (Istio expands only short names, in the object namespace)', () => {
  const shop = { namespace: 'shop', name: 'payments' };
  const bank = { namespace: 'bank', name: 'ledger' };
  it.each<[string, string, typeof shop | undefined]>([
    ['payments', 'payments.shop.svc.cluster.local', shop],
    ['Payments', 'payments.shop.svc.cluster.local', shop],
    ['ledger.bank.svc.cluster.local', 'ledger.bank.svc.cluster.local', bank],
    ['Ledger.Bank.svc.cluster.local.', 'ledger.bank.svc.cluster.local', bank],
    // Written as is: Istio finds no Service by these, whatever namespaces exist.
    ['ledger.bank', 'ledger.bank', undefined],
    ['ledger.unknown', 'ledger.unknown', undefined],
    ['ledger.bank.svc', 'ledger.bank.svc', undefined],
    ['ledger.bank.svc.other.domain', 'ledger.bank.svc.other.domain', undefined],
    [
      'a.ledger.bank.svc.cluster.local',
      'a.ledger.bank.svc.cluster.local',
      undefined,
    ],
    ['api.stripe.com', 'api.stripe.com', undefined],
    ['*', '*', undefined],
    ['*.example.com', '*.example.com', undefined],
    ['*.bank.svc.cluster.local', '*.bank.svc.cluster.local', undefined],
    ['10.0.0.7', '10.0.0.7', undefined],
    ['fd00::7', 'fd00::7', undefined],
  ])('%s in namespace shop is %s', (host, fqdn, service) => {
    expect(resolveIstioHost(host, 'shop')).toEqual(
      service ? { fqdn, service } : { fqdn },
    );
  });

  it('resolves a short name in the object namespace, not the Service one', () => {
    expect(resolveIstioHost('ledger', 'shop').service).toEqual({
      namespace: 'shop',
      name: 'ledger',
    });
  });

  it('uses the cluster domain it is given', () => {
    const context = { clusterDomain: 'corp.internal' };
    expect(resolveIstioHost('payments', 'shop', context)).toEqual({
      fqdn: 'payments.shop.svc.corp.internal',
      service: shop,
    });
    expect(
      resolveIstioHost('ledger.bank.svc.corp.internal', 'shop', context)
        .service,
    ).toEqual(bank);
    expect(
      resolveIstioHost('ledger.bank.svc.cluster.local', 'shop', context)
        .service,
    ).toBeUndefined();
  });
});

describe('intendedServiceHost', () => {
  const namespaces = new Set(['bank']);
  it.each<[string, string | undefined]>([
    ['ledger.bank', 'ledger.bank.svc.cluster.local'],
    ['ledger.bank.svc', 'ledger.bank.svc.cluster.local'],
    ['Ledger.Bank.', 'ledger.bank.svc.cluster.local'],
    ['ledger.unknown', undefined],
    ['example.com', undefined],
    ['ledger', undefined],
    ['ledger.bank.svc.cluster.local', undefined],
  ])('%s means %s', (host, intended) => {
    expect(intendedServiceHost(host, namespaces)).toBe(intended);
  });
});

describe('serviceEntryCovers (Istio wildcards match any number of labels)', () => {
  it.each<[string, string, boolean]>([
    ['api.example.com', 'api.example.com', true],
    ['*.example.com', 'api.example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*', 'anything.at.all', true],
    ['api.example.com', 'web.example.com', false],
  ])('%s covers %s: %s', (entry, host, covered) => {
    expect(serviceEntryCovers(entry, host)).toBe(covered);
  });
});
