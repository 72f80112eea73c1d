import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeVirtualServices } from './analyzeVirtualServices';
import { resolveGatewayRef } from './gatewayRefs';
import { istioGateway, svc, vs } from './__testUtils__/builders';

const spec = (gateways: string[]) => ({
  hosts: ['shop.example.com'],
  gateways,
  http: [{ route: [{ destination: { host: 'web' } }] }],
});

describe('IST0101 gateway reference (Referenced gateway not found)', () => {
  const objects = [
    svc('shop/web'),
    istioGateway('infra/public'),
    istioGateway('shop/local'),
  ];
  it.each<[string, string[], string[]]>([
    ['mesh is always fine', ['mesh'], []],
    ['namespace/name of an existing Gateway is fine', ['infra/public'], []],
    ['a short name resolves in the VirtualService namespace', ['local'], []],
    [
      'a short name is not looked up elsewhere',
      ['public'],
      ['spec.gateways[0]'],
    ],
    [
      'a missing namespace/name is an error',
      ['infra/private'],
      ['spec.gateways[0]'],
    ],
    [
      'the legacy name.namespace form resolves',
      ['public.infra.svc.cluster.local'],
      [],
    ],
    [
      'each missing entry is reported',
      ['mesh', 'nope', 'infra/public', 'x/y'],
      ['spec.gateways[1]', 'spec.gateways[3]'],
    ],
  ])('%s', (_name, gateways, fields) => {
    const findings = analyzeVirtualServices([
      ...objects,
      vs('shop/a', spec(gateways)),
    ]);
    expect(findings.map(f => f.field)).toEqual(fields);
    findings.forEach(f =>
      expect(f).toMatchObject({ code: 'IST0101', severity: 'error' }),
    );
  });

  it('does not count a Gateway API Gateway as an Istio Gateway', () => {
    const gatewayApi: KubernetesObject = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { namespace: 'infra', name: 'k8s' },
    };
    const findings = analyzeVirtualServices([
      svc('shop/web'),
      gatewayApi,
      vs('shop/a', spec(['infra/k8s'])),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'VirtualService shop/a: Referenced gateway not found: "infra/k8s" (no Gateway infra/k8s)',
    );
  });

  it('checks the gateways of route matches too', () => {
    const findings = analyzeVirtualServices([
      svc('shop/web'),
      istioGateway('infra/public'),
      vs('shop/a', {
        hosts: ['shop.example.com'],
        gateways: ['infra/public'],
        http: [
          {
            match: [{ gateways: ['infra/gone'] }],
            route: [{ destination: { host: 'web' } }],
          },
        ],
      }),
    ]);
    expect(findings.map(f => f.field)).toEqual([
      'spec.http[0].match[0].gateways[0]',
    ]);
  });

  it.each<[string, string | undefined]>([
    ['mesh', undefined],
    ['infra/public', 'infra/public'],
    ['public', 'shop/public'],
    ['public.infra.svc.cluster.local', 'infra/public'],
  ])('resolveGatewayRef(%s) is %s', (ref, key) => {
    expect(resolveGatewayRef(ref, 'shop')).toBe(key);
  });
});
