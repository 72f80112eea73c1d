import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway } from './__testUtils__/builders';
import { listenerCondition } from './__testUtils__/read';
import type { ListenerSpec } from './model';

const GROUP = 'gateway.networking.k8s.io';

function status(listener: Partial<ListenerSpec>) {
  const analysis = analyzeGatewayApi([gateway('infra/public', [listener])]);
  const [analyzed] = analysis.gateways[0].listeners;
  return {
    kinds: analyzed.supportedKinds.map(k => `${k.group}/${k.kind}`),
    resolved: listenerCondition(analysis, 'public', 'http', 'ResolvedRefs'),
  };
}

// ListenerStatus.supportedKinds: "If kinds are specified in Spec that are not supported, they
// MUST NOT appear in this list and an implementation MUST set the "ResolvedRefs" condition to
// "False" with the "InvalidRouteKinds" reason. If both valid and invalid Route kinds are
// specified, the implementation MUST reference the valid Route kinds that have been specified."
// allowedRoutes.kinds: "When unspecified or empty, the kinds of Routes selected are determined
// using the Listener protocol."
describe('listener supportedKinds (spec: ListenerStatus.supportedKinds)', () => {
  it.each([
    ['HTTP by default', {}, ['HTTPRoute', 'GRPCRoute'], 'True/ResolvedRefs'],
    [
      'HTTPS by default',
      {
        protocol: 'HTTPS',
        port: 443,
        tls: { certificateRefs: [{ name: 'c' }] },
      },
      ['HTTPRoute', 'GRPCRoute'],
      'True/ResolvedRefs',
    ],
    [
      'TLS by default',
      { protocol: 'TLS', port: 443, tls: { mode: 'Passthrough' } },
      ['TLSRoute'],
      'True/ResolvedRefs',
    ],
    ['TCP by default', { protocol: 'TCP' }, ['TCPRoute'], 'True/ResolvedRefs'],
    ['UDP by default', { protocol: 'UDP' }, ['UDPRoute'], 'True/ResolvedRefs'],
    [
      'empty kinds fall back to the protocol',
      { allowedRoutes: { kinds: [] } },
      ['HTTPRoute', 'GRPCRoute'],
      'True/ResolvedRefs',
    ],
    [
      'kinds narrowed to HTTPRoute',
      { allowedRoutes: { kinds: [{ kind: 'HTTPRoute' }] } },
      ['HTTPRoute'],
      'True/ResolvedRefs',
    ],
    [
      'explicit group, listed twice',
      {
        allowedRoutes: {
          kinds: [{ group: GROUP, kind: 'GRPCRoute' }, { kind: 'GRPCRoute' }],
        },
      },
      ['GRPCRoute'],
      'True/ResolvedRefs',
    ],
    [
      'a valid and an invalid kind keep the valid one',
      {
        allowedRoutes: { kinds: [{ kind: 'HTTPRoute' }, { kind: 'TLSRoute' }] },
      },
      ['HTTPRoute'],
      'False/InvalidRouteKinds',
    ],
    [
      'a kind of another group',
      {
        allowedRoutes: { kinds: [{ group: 'example.com', kind: 'HTTPRoute' }] },
      },
      [],
      'False/InvalidRouteKinds',
    ],
    [
      'only invalid kinds leave the list empty',
      { allowedRoutes: { kinds: [{ kind: 'TCPRoute' }] } },
      [],
      'False/InvalidRouteKinds',
    ],
    [
      'an unsupported protocol supports nothing',
      { protocol: 'SCTP' },
      [],
      'True/ResolvedRefs',
    ],
  ])('%s', (_, listener, kinds, resolved) => {
    expect(status(listener as Partial<ListenerSpec>)).toEqual({
      kinds: kinds.map(kind => `${GROUP}/${kind}`),
      resolved,
    });
  });
});
