import { resolveIstioHost, serviceEntryCovers } from './hosts';

describe('resolveIstioHost', () => {
  const context = {
    namespaces: new Set(['shop', 'bank']),
    clusterDomain: 'cluster.local',
  };
  it.each<[string, string, boolean]>([
    ['payments', 'payments.shop.svc.cluster.local', true],
    ['ledger.bank', 'ledger.bank.svc.cluster.local', true],
    ['ledger.bank.svc', 'ledger.bank.svc.cluster.local', true],
    ['ledger.bank.svc.cluster.local', 'ledger.bank.svc.cluster.local', true],
    ['Ledger.Bank.svc.cluster.local.', 'ledger.bank.svc.cluster.local', true],
    ['ledger.unknown', 'ledger.unknown', false],
    ['api.stripe.com', 'api.stripe.com', false],
    ['*', '*', false],
    ['*.example.com', '*.example.com', false],
  ])(
    '%s in namespace shop is %s (cluster-local: %s)',
    (host, fqdn, clusterLocal) => {
      expect(resolveIstioHost(host, 'shop', context)).toEqual({
        fqdn,
        clusterLocal,
      });
    },
  );
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
