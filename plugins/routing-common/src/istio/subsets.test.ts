import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeVirtualServices } from './analyzeVirtualServices';
import { svc, vs } from './__testUtils__/builders';

const destinationRule = (
  key: string,
  host: string,
  subsets: string[],
): KubernetesObject => {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'DestinationRule',
    metadata: { namespace, name },
    spec: {
      host,
      subsets: subsets.map(s => ({ name: s, labels: { version: s } })),
    },
  };
};

const toSubset = (host: string, subset: string) =>
  vs('shop/a', {
    hosts: ['front'],
    http: [{ route: [{ destination: { host, subset } }] }],
  });

describe('IST0101 destination subset (Referenced host+subset in destinationrule not found)', () => {
  it.each<[string, KubernetesObject[], KubernetesObject, string[]]>([
    [
      'a subset the DestinationRule defines is fine',
      [destinationRule('shop/dr', 'payments', ['v1', 'v2'])],
      toSubset('payments', 'v2'),
      [],
    ],
    [
      'a subset the DestinationRule lacks is an error',
      [destinationRule('shop/dr', 'payments', ['v1'])],
      toSubset('payments', 'v2'),
      ['spec.http[0].route[0].destination.subset'],
    ],
    [
      'a subset without any DestinationRule is an error',
      [],
      toSubset('payments', 'v1'),
      ['spec.http[0].route[0].destination.subset'],
    ],
    [
      'DestinationRule and VirtualService hosts match after resolution',
      [destinationRule('bank/dr', 'payments.shop.svc.cluster.local', ['v1'])],
      toSubset('payments', 'v1'),
      [],
    ],
    [
      'a DestinationRule short host resolves in its own namespace',
      [destinationRule('bank/dr', 'payments', ['v1'])],
      toSubset('payments', 'v1'),
      ['spec.http[0].route[0].destination.subset'],
    ],
  ])('%s', (_name, rules, virtualService, fields) => {
    const findings = analyzeVirtualServices([
      svc('shop/payments'),
      svc('bank/ledger'),
      ...rules,
      virtualService,
    ]);
    expect(findings.map(f => f.field)).toEqual(fields);
    findings.forEach(f =>
      expect(f).toMatchObject({ code: 'IST0101', severity: 'error' }),
    );
  });

  it('names the host and subset like istioctl', () => {
    const [finding] = analyzeVirtualServices([
      svc('shop/payments'),
      toSubset('payments', 'v9'),
    ]);
    expect(finding.message).toBe(
      'VirtualService shop/a: Referenced host+subset in destinationrule not found: "payments+v9"',
    );
  });
});
