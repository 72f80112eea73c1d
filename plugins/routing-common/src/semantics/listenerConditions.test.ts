import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, referenceGrant } from './__testUtils__/builders';
import { listenerCondition } from './__testUtils__/read';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ListenerSpec } from './model';

const https = (
  certificateRefs: NonNullable<ListenerSpec['tls']>['certificateRefs'],
) => ({
  name: 'https',
  port: 443,
  protocol: 'HTTPS',
  tls: { mode: 'Terminate', certificateRefs },
});

function conditions(
  listener: Partial<ListenerSpec>,
  extra: KubernetesObject[] = [],
) {
  const analysis = analyzeGatewayApi([
    gateway('infra/public', [listener]),
    ...extra,
  ]);
  const name = listener.name ?? 'http';
  return (['Accepted', 'ResolvedRefs', 'Programmed'] as const).map(type =>
    listenerCondition(analysis, 'public', name, type),
  );
}

describe('listener conditions (spec: ListenerConditionType)', () => {
  const secretGrant = (name?: string) =>
    referenceGrant(
      'certs/g',
      [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          namespace: 'infra',
        },
      ],
      [{ group: '', kind: 'Secret', ...(name ? { name } : {}) }],
    );
  it.each([
    [
      'a plain HTTP listener',
      {},
      [],
      ['True/Accepted', 'True/ResolvedRefs', 'True/Programmed'],
    ],
    [
      'an HTTPS listener with a Secret of its namespace',
      https([{ name: 'tls' }]),
      [],
      ['True/Accepted', 'True/ResolvedRefs', 'True/Programmed'],
    ],
    [
      'an unsupported protocol',
      { protocol: 'SCTP' },
      [],
      ['False/UnsupportedProtocol', 'True/ResolvedRefs', 'False/Invalid'],
    ],
    [
      'only route kinds the protocol cannot carry',
      { allowedRoutes: { kinds: [{ kind: 'TLSRoute' }] } },
      [],
      ['True/Accepted', 'False/InvalidRouteKinds', 'False/Invalid'],
    ],
    [
      'a valid and an invalid route kind',
      { allowedRoutes: { kinds: [{ kind: 'HTTPRoute' }, { kind: 'Foo' }] } },
      [],
      ['True/Accepted', 'False/InvalidRouteKinds', 'False/Invalid'],
    ],
    [
      'a certificate that is not a Secret',
      https([{ group: 'example.com', kind: 'Cert', name: 'tls' }]),
      [],
      ['True/Accepted', 'False/InvalidCertificateRef', 'False/Invalid'],
    ],
    [
      'a Secret in another namespace without a grant',
      https([{ name: 'tls', namespace: 'certs' }]),
      [],
      ['True/Accepted', 'False/RefNotPermitted', 'False/Invalid'],
    ],
    [
      'a Secret in another namespace with a grant for all Secrets',
      https([{ name: 'tls', namespace: 'certs' }]),
      [secretGrant()],
      ['True/Accepted', 'True/ResolvedRefs', 'True/Programmed'],
    ],
    [
      'a Secret in another namespace with a grant naming it',
      https([{ name: 'tls', namespace: 'certs' }]),
      [secretGrant('tls')],
      ['True/Accepted', 'True/ResolvedRefs', 'True/Programmed'],
    ],
    [
      'a Secret in another namespace with a grant naming another',
      https([{ name: 'tls', namespace: 'certs' }]),
      [secretGrant('other')],
      ['True/Accepted', 'False/RefNotPermitted', 'False/Invalid'],
    ],
    [
      'a TLS passthrough listener needs no certificate',
      { name: 'tls', port: 443, protocol: 'TLS', tls: { mode: 'Passthrough' } },
      [],
      ['True/Accepted', 'True/ResolvedRefs', 'True/Programmed'],
    ],
  ])('%s', (_, listener, extra, expected) => {
    expect(conditions(listener as Partial<ListenerSpec>, extra)).toEqual(
      expected,
    );
  });

  it('reports broken listeners as error findings', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [https([{ name: 'tls', namespace: 'certs' }])]),
    ]);
    expect(analysis.findings).toEqual([
      {
        severity: 'error',
        code: 'RefNotPermitted',
        message:
          'listener https of infra/public uses Secret certs/tls, but no ReferenceGrant in certs lets Gateways from infra use it',
      },
    ]);
  });
});
