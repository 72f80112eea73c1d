import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway } from './__testUtils__/builders';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ListenerSpec } from './model';

const l = (name: string, over: Partial<ListenerSpec> = {}) => ({
  name,
  ...over,
});

function gatewayStatus(object: KubernetesObject) {
  const [analyzed] = analyzeGatewayApi([object]).gateways;
  return analyzed.conditions.map(c => `${c.type}=${c.status}/${c.reason}`);
}

const built = (listeners: Array<Partial<ListenerSpec>>) =>
  gateway('infra/public', listeners);

// Gateway CRD: "At least one distinct Listener MUST be present, or else the Gateway
// effectively contains no Listeners, and must be rejected"; ListenersNotValid "can be the
// reason when Accepted is True or False".
describe('Gateway Accepted (spec: partial listener set, ListenersNotValid)', () => {
  it.each([
    [
      'every listener valid',
      built([l('http'), l('alt', { port: 8080 })]),
      ['Accepted=True/Accepted', 'Programmed=True/Programmed'],
    ],
    [
      'one valid listener, one with an unsupported protocol',
      built([l('http'), l('sctp', { port: 9000, protocol: 'SCTP' })]),
      ['Accepted=True/ListenersNotValid', 'Programmed=True/Programmed'],
    ],
    [
      'one valid listener, one with unresolved refs',
      built([
        l('http'),
        l('kinds', { port: 81, allowedRoutes: { kinds: [{ kind: 'Foo' }] } }),
      ]),
      ['Accepted=True/ListenersNotValid', 'Programmed=True/Programmed'],
    ],
    [
      'two conflicted listeners and a distinct one',
      built([
        l('a', { hostname: 'a.com' }),
        l('b', { hostname: 'a.com' }),
        l('c', { hostname: 'c.com' }),
      ]),
      ['Accepted=True/ListenersNotValid', 'Programmed=True/Programmed'],
    ],
    [
      'only conflicted listeners',
      built([l('a'), l('b')]),
      ['Accepted=False/ListenersNotValid', 'Programmed=False/Invalid'],
    ],
    [
      'only an unsupported protocol',
      built([l('sctp', { protocol: 'SCTP' })]),
      ['Accepted=False/ListenersNotValid', 'Programmed=False/Invalid'],
    ],
    [
      'no listeners at all',
      { ...built([]), spec: { gatewayClassName: 'portway' } },
      ['Accepted=False/ListenersNotValid', 'Programmed=False/Invalid'],
    ],
  ])('%s', (_, object, expected) => {
    expect(gatewayStatus(object)).toEqual(expected);
  });

  it('names the invalid listeners with their reasons, and the accepted ones', () => {
    const [analyzed] = analyzeGatewayApi([
      built([
        l('http'),
        l('a', { port: 81, hostname: 'a.com' }),
        l('b', { port: 81, hostname: 'a.com' }),
      ]),
    ]).gateways;
    expect(analyzed.conditions[0].message).toBe(
      'Gateway infra/public is accepted with listener http only; listeners a (HostnameConflict) and b (HostnameConflict) are not valid',
    );
  });

  it('says why it is not accepted when no listener is left', () => {
    const [analyzed] = analyzeGatewayApi([
      built([l('sctp', { protocol: 'SCTP' })]),
    ]).gateways;
    expect(analyzed.conditions[0].message).toBe(
      'Gateway infra/public is not accepted: listener sctp (UnsupportedProtocol) is not valid and no valid listener is left',
    );
  });
});

// GatewayConditionProgrammed: "whether a Gateway has generated some configuration that is
// assumed to be ready soon"; addresses (AddressNotAssigned, AddressNotUsable) need a cluster.
describe('Gateway Programmed (spec: Invalid when not accepted; addresses unknown offline)', () => {
  it.each([
    [
      'no requested addresses',
      built([l('http')]),
      'Gateway infra/public would be programmed by a controller; the addresses it would get are not known offline',
    ],
    [
      'requested addresses',
      {
        ...built([l('http')]),
        spec: {
          ...built([l('http')]).spec,
          addresses: [{ type: 'IPAddress', value: '10.0.0.1' }],
        },
      },
      'Gateway infra/public would be programmed by a controller; whether the requested addresses 10.0.0.1 can be used is not known offline',
    ],
    [
      'not accepted',
      built([l('sctp', { protocol: 'SCTP' })]),
      'Gateway infra/public is not accepted and cannot be programmed',
    ],
  ])('%s', (_, object, message) => {
    const [analyzed] = analyzeGatewayApi([object]).gateways;
    expect(analyzed.conditions[1].message).toBe(message);
  });

  it('adds no findings of its own: the listeners already report theirs', () => {
    const object = built([l('a'), l('b')]);
    expect(analyzeGatewayApi([object]).findings.map(f => f.code)).toEqual([
      'HostnameConflict',
      'HostnameConflict',
    ]);
  });
});
