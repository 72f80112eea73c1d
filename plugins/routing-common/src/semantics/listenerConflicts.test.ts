import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, service } from './__testUtils__/builders';
import { attachedRoutes, listenerCondition } from './__testUtils__/read';
import { listenerSetConflicts } from './listenerConflicts';
import type { ListenerOwner, ListenerSpec } from './model';

const l = (
  name: string,
  protocol: string,
  port: number,
  hostname?: string,
): Partial<ListenerSpec> => ({
  name,
  protocol,
  port,
  ...(hostname ? { hostname } : {}),
  ...(protocol === 'HTTPS'
    ? { tls: { certificateRefs: [{ name: 'cert' }] } }
    : {}),
});

describe('listener conflicts (spec: listeners must be distinct)', () => {
  it.each([
    [
      'HTTP on different ports',
      [l('a', 'HTTP', 80), l('b', 'HTTP', 8080)],
      [undefined, undefined],
    ],
    [
      'HTTP on one port with different hostnames',
      [l('a', 'HTTP', 80, 'a.com'), l('b', 'HTTP', 80, 'b.com')],
      [undefined, undefined],
    ],
    [
      'HTTP on one port with one hostname',
      [l('a', 'HTTP', 80, 'a.com'), l('b', 'HTTP', 80, 'a.com')],
      ['HostnameConflict', 'HostnameConflict'],
    ],
    [
      'HTTP on one port, both without hostname',
      [l('a', 'HTTP', 80), l('b', 'HTTP', 80)],
      ['HostnameConflict', 'HostnameConflict'],
    ],
    [
      'HTTP and HTTPS on one port',
      [l('a', 'HTTP', 443, 'a.com'), l('b', 'HTTPS', 443, 'b.com')],
      ['ProtocolConflict', 'ProtocolConflict'],
    ],
    [
      'HTTPS and TLS on one port with different hostnames',
      [l('a', 'HTTPS', 443, 'a.com'), l('b', 'TLS', 443, 'b.com')],
      [undefined, undefined],
    ],
    [
      'TCP and HTTP on one port',
      [l('a', 'TCP', 80), l('b', 'HTTP', 80)],
      ['ProtocolConflict', 'ProtocolConflict'],
    ],
    [
      'TCP and UDP on one port',
      [l('a', 'TCP', 53), l('b', 'UDP', 53)],
      [undefined, undefined],
    ],
  ])('%s', (_, listeners, expected) => {
    const analysis = analyzeGatewayApi([gateway('infra/public', listeners)]);
    expect(
      ['a', 'b'].map(name =>
        listenerCondition(analysis, 'public', name, 'Conflicted')?.replace(
          'True/',
          '',
        ),
      ),
    ).toEqual(expected);
  });

  it('does not accept conflicted listeners, nor attach routes to them', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [
        l('a', 'HTTP', 80),
        l('b', 'HTTP', 80),
        l('c', 'HTTP', 8080),
      ]),
      service('infra/web'),
      httpRoute('infra/r'),
    ]);
    expect(listenerCondition(analysis, 'public', 'a', 'Accepted')).toBe(
      'False/HostnameConflict',
    );
    expect(listenerCondition(analysis, 'public', 'a', 'Programmed')).toBe(
      'False/HostnameConflict',
    );
    expect(
      ['a', 'b', 'c'].map(name => attachedRoutes(analysis, 'public', name)),
    ).toEqual([0, 0, 1]);
    expect(analysis.findings.map(f => f.code)).toEqual([
      'HostnameConflict',
      'HostnameConflict',
    ]);
  });
});

describe('conflicts of ListenerSet listeners (the Gateway first, then ListenerSets in order)', () => {
  const owner = (name: string, kind?: 'ListenerSet'): ListenerOwner => ({
    ...(kind ? { kind } : {}),
    namespace: 'infra',
    name,
  });
  const spec = (...args: Parameters<typeof l>) => l(...args) as ListenerSpec;
  const reasonsOf = (maps: Array<Map<string, { reason: string }>>) =>
    maps.map(m => Object.fromEntries([...m].map(([k, v]) => [k, v.reason])));

  it('conflicts the later listener only, keeping the earlier one', () => {
    const found = listenerSetConflicts(
      { owner: owner('public'), listeners: [spec('gw', 'HTTP', 80, 'a.com')] },
      [
        {
          owner: owner('first', 'ListenerSet'),
          listeners: [
            spec('x', 'HTTP', 80, 'a.com'),
            spec('y', 'HTTP', 80, 'b.com'),
          ],
        },
        {
          owner: owner('second', 'ListenerSet'),
          listeners: [spec('z', 'HTTP', 80, 'b.com'), spec('t', 'TCP', 80)],
        },
      ],
    );
    expect(reasonsOf(found)).toEqual([
      { x: 'HostnameConflict' },
      { z: 'HostnameConflict', t: 'ProtocolConflict' },
    ]);
    expect(found[0].get('x')?.message).toBe(
      'listener x shares port 80 and hostname a.com with listener gw of Gateway infra/public',
    );
  });

  it('lets a listener that lost to the Gateway leave its siblings in peace', () => {
    const found = listenerSetConflicts(
      { owner: owner('public'), listeners: [spec('gw', 'HTTP', 80, 'a.com')] },
      [
        {
          owner: owner('set', 'ListenerSet'),
          listeners: [spec('tcp', 'TCP', 80), spec('web', 'HTTP', 80, 'b.com')],
        },
      ],
    );
    expect(reasonsOf(found)).toEqual([{ tcp: 'ProtocolConflict' }]);
  });

  it('conflicts both of two clashing listeners of one ListenerSet', () => {
    const found = listenerSetConflicts(
      { owner: owner('public'), listeners: [] },
      [
        {
          owner: owner('set', 'ListenerSet'),
          listeners: [spec('a', 'HTTP', 8080), spec('b', 'HTTPS', 8080)],
        },
      ],
    );
    expect(reasonsOf(found)).toEqual([
      { a: 'ProtocolConflict', b: 'ProtocolConflict' },
    ]);
  });
});
