import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeVirtualServices } from './analyzeVirtualServices';
import { routeTo, serviceEntry, svc, vs } from './__testUtils__/builders';

const codes = (objects: KubernetesObject[], code: string) =>
  analyzeVirtualServices(objects)
    .filter(f => f.code === code)
    .map(f => f.field);

describe('IST0101 destination host (Referenced host not found)', () => {
  const cluster = [svc('shop/payments'), svc('bank/ledger')];
  it.each<[string, KubernetesObject[], string[]]>([
    [
      'a short name resolves to the VirtualService namespace',
      [vs('shop/a', routeTo('payments'))],
      [],
    ],
    [
      'a short name is not looked up in other namespaces',
      [vs('shop/a', routeTo('ledger'))],
      ['spec.http[0].route[0].destination.host'],
    ],
    [
      'name.namespace is not expanded by Istio, so it names no Service',
      [vs('shop/a', routeTo('ledger.bank'))],
      ['spec.http[0].route[0].destination.host'],
    ],
    [
      'name.namespace.svc is not expanded by Istio either',
      [vs('shop/a', routeTo('ledger.bank.svc'))],
      ['spec.http[0].route[0].destination.host'],
    ],
    [
      'name.namespace of a namespace not in the input is an external host',
      [vs('shop/a', routeTo('ledger.elsewhere'))],
      [],
    ],
    [
      'a full cluster name resolves',
      [vs('shop/a', routeTo('ledger.bank.svc.cluster.local'))],
      [],
    ],
    [
      'a full cluster name of a missing Service is an error',
      [vs('shop/a', routeTo('gone.bank.svc.cluster.local'))],
      ['spec.http[0].route[0].destination.host'],
    ],
    [
      'a missing name.namespace in a known namespace is an error',
      [vs('shop/a', routeTo('gone.bank'))],
      ['spec.http[0].route[0].destination.host'],
    ],
    [
      'an external host is not checked',
      [vs('shop/a', routeTo('api.stripe.com'))],
      [],
    ],
    [
      'a two-label external host is not read as name.namespace',
      [vs('shop/a', routeTo('example.com'))],
      [],
    ],
    [
      'a ServiceEntry host is not an error',
      [
        serviceEntry('shop/se', ['gone.bank.svc.cluster.local']),
        vs('shop/a', routeTo('gone.bank.svc.cluster.local')),
      ],
      [],
    ],
    [
      'a wildcard ServiceEntry covers the host',
      [
        serviceEntry('shop/se', ['*.bank.svc.cluster.local']),
        vs('shop/a', routeTo('gone.bank.svc.cluster.local')),
      ],
      [],
    ],
    [
      'host names are compared case-insensitively',
      [vs('shop/a', routeTo('Payments'))],
      [],
    ],
  ])('%s', (_name, objects, fields) => {
    expect(codes([...cluster, ...objects], 'IST0101')).toEqual(fields);
  });

  it('says which host to write for a Service written as name.namespace', () => {
    const [finding] = analyzeVirtualServices([
      svc('bank/ledger'),
      vs('shop/a', routeTo('ledger.bank')),
    ]);
    expect(finding.message).toBe(
      'VirtualService shop/a: Referenced host not found: "ledger.bank" (Istio expands only short names without a dot: write ledger.bank.svc.cluster.local)',
    );
  });

  it('checks tcp and tls routes and mirrors, naming the VirtualService', () => {
    const findings = analyzeVirtualServices([
      vs('shop/a', {
        hosts: ['front'],
        http: [
          {
            route: [{ destination: { host: 'payments' } }],
            mirror: { host: 'm1' },
            mirrors: [{ destination: { host: 'm2' } }],
          },
        ],
        tcp: [{ route: [{ destination: { host: 't1' } }] }],
        tls: [{ route: [{ destination: { host: 't2' } }] }],
      }),
      svc('shop/payments'),
    ]);
    expect(findings.map(f => f.field)).toEqual([
      'spec.http[0].mirror.host',
      'spec.http[0].mirrors[0].destination.host',
      'spec.tcp[0].route[0].destination.host',
      'spec.tls[0].route[0].destination.host',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'IST0101' });
    expect(findings[0].message).toMatch(
      /^VirtualService shop\/a: Referenced host not found: "m1"/,
    );
  });

  it.each(['v1', 'v1beta1', 'v1alpha3'])(
    'reads networking.istio.io/%s',
    version => {
      expect(
        analyzeVirtualServices([vs('shop/a', routeTo('gone'), version)]),
      ).toHaveLength(1);
    },
  );

  it('ignores VirtualServices of other API groups and other kinds', () => {
    const other = {
      ...vs('shop/a', routeTo('gone')),
      apiVersion: 'example.com/v1',
    };
    const knative = {
      ...svc('shop/gone'),
      apiVersion: 'serving.knative.dev/v1',
    };
    expect(
      analyzeVirtualServices([other, knative, vs('shop/b', routeTo('gone'))]),
    ).toHaveLength(1);
  });

  it('honours a custom cluster domain', () => {
    const objects = [
      svc('shop/payments'),
      vs('shop/a', routeTo('payments.shop.svc.corp.internal')),
    ];
    expect(
      analyzeVirtualServices(objects, { clusterDomain: 'corp.internal' }),
    ).toEqual([]);
  });
});
