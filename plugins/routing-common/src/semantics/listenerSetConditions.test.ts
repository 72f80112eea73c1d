import { analyzeGatewayApi } from './analyzeGatewayApi';
import {
  gateway,
  httpRoute,
  namespaceObject,
  referenceGrant,
  service,
} from './__testUtils__/builders';
import {
  gatewayTaking,
  listenerSet,
  listenerSetConditions,
} from './__testUtils__/listenerSetBuilders';
import type { Analysis } from './types';

const listenerOf = (analysis: Analysis, key: string, name: string) =>
  analysis.listenerSets
    ?.find(l => `${l.namespace}/${l.name}` === key)
    ?.listeners.find(l => l.name === name);

const reasons = (analysis: Analysis, key: string, name: string) =>
  listenerOf(analysis, key, name)?.conditions.map(
    c => `${c.type}=${c.status}/${c.reason}`,
  );

describe('ListenerSet conditions', () => {
  it.each([
    [
      'no allowedListeners (default None)',
      gateway('infra/public'),
      'team',
      'NotAllowed',
    ],
    [
      'from Same, ListenerSet elsewhere',
      gatewayTaking('infra/public', 'Same'),
      'team',
      'NotAllowed',
    ],
    [
      'from Same, ListenerSet beside it',
      gatewayTaking('infra/public', 'Same'),
      'infra',
      'Accepted',
    ],
    ['from All', gatewayTaking('infra/public', 'All'), 'team', 'Accepted'],
    [
      'from Selector, namespace not labelled',
      gatewayTaking('infra/public', 'Selector', undefined, {
        matchLabels: { shared: 'yes' },
      }),
      'team',
      'NotAllowed',
    ],
    [
      'from Selector, namespace labelled',
      gatewayTaking('infra/public', 'Selector', undefined, {
        matchLabels: { shared: 'yes' },
      }),
      'labelled',
      'Accepted',
    ],
  ])('%s', (_name, parent, namespace, reason) => {
    const analysis = analyzeGatewayApi([
      parent,
      namespaceObject('labelled', { shared: 'yes' }),
      listenerSet(`${namespace}/extra`, 'infra/public'),
    ]);
    const [accepted] = listenerSetConditions(analysis, `${namespace}/extra`)!;
    expect(accepted.endsWith(`/${reason}`)).toBe(true);
  });

  it('refuses a ListenerSet whose Gateway is missing or not accepted, and says so', () => {
    const analysis = analyzeGatewayApi([
      gatewayTaking('infra/broken', 'All', [{ protocol: 'SCTP' }]),
      listenerSet('team/a', 'infra/missing'),
      listenerSet('team/b', 'infra/broken'),
    ]);
    expect(listenerSetConditions(analysis, 'team/a')).toEqual([
      'Accepted=False/ParentNotAccepted',
      'Programmed=False/ParentNotProgrammed',
    ]);
    expect(listenerSetConditions(analysis, 'team/b')).toEqual([
      'Accepted=False/ParentNotAccepted',
      'Programmed=False/ParentNotProgrammed',
    ]);
    expect(reasons(analysis, 'team/a', 'ls-0')).toEqual([
      'Accepted=False/ParentNotAccepted',
      'ResolvedRefs=True/ResolvedRefs',
      'Programmed=False/ParentNotProgrammed',
    ]);
    expect(analysis.findings.map(f => f.code)).toContain('ParentNotAccepted');
  });

  it('counts only accepted ListenerSets in the Gateway attachedListenerSets', () => {
    const analysis = analyzeGatewayApi([
      gatewayTaking('infra/public', 'Same'),
      gateway('infra/plain'),
      listenerSet('infra/a', 'infra/public'),
      listenerSet('team/b', 'infra/public'),
    ]);
    expect(analysis.gateways.map(g => g.attachedListenerSets)).toEqual([
      1,
      undefined,
    ]);
  });

  it('gives precedence to the older ListenerSet, whatever their names', () => {
    const clash = [{ name: 'web', hostname: 'shop.example.com' }];
    const analysis = analyzeGatewayApi([
      gatewayTaking('infra/public', 'All'),
      listenerSet('team/a', 'infra/public', clash, '2026-02-01T00:00:00Z'),
      listenerSet('team/b', 'infra/public', clash, '2026-01-01T00:00:00Z'),
    ]);
    expect(listenerSetConditions(analysis, 'team/b')?.[0]).toBe(
      'Accepted=True/Accepted',
    );
    expect(listenerSetConditions(analysis, 'team/a')?.[0]).toBe(
      'Accepted=False/ListenersNotValid',
    );
    expect(reasons(analysis, 'team/a', 'web')).toContain(
      'Conflicted=True/HostnameConflict',
    );
  });

  it('asks a ReferenceGrant from ListenerSets of its namespace for a certificate elsewhere', () => {
    const https = [
      {
        name: 'https',
        port: 443,
        protocol: 'HTTPS',
        tls: { certificateRefs: [{ name: 'cert', namespace: 'certs' }] },
      },
    ];
    const fromGateways = referenceGrant(
      'certs/gateways',
      [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          namespace: 'team',
        },
      ],
      [{ group: '', kind: 'Secret' }],
    );
    const fromListenerSets = referenceGrant(
      'certs/listenersets',
      [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'ListenerSet',
          namespace: 'team',
        },
      ],
      [{ group: '', kind: 'Secret' }],
    );
    const base = [
      gatewayTaking('infra/public', 'All'),
      listenerSet('team/a', 'infra/public', https),
    ];
    const refused = analyzeGatewayApi([...base, fromGateways]);
    expect(reasons(refused, 'team/a', 'https')?.[1]).toBe(
      'ResolvedRefs=False/RefNotPermitted',
    );
    expect(listenerSetConditions(refused, 'team/a')?.[0]).toBe(
      'Accepted=False/ListenersNotValid',
    );
    const granted = analyzeGatewayApi([...base, fromListenerSets]);
    expect(reasons(granted, 'team/a', 'https')?.[1]).toBe(
      'ResolvedRefs=True/ResolvedRefs',
    );
  });

  it('attaches no route to the listeners of a ListenerSet that is not accepted', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public'),
      listenerSet('infra/a', 'infra/public'),
      service('infra/web'),
      httpRoute('infra/r', {
        parentRefs: [
          {
            group: 'gateway.networking.k8s.io',
            kind: 'ListenerSet',
            name: 'a',
          },
        ],
      }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[0]).toMatchObject({
      status: 'False',
      reason: 'NotAllowedByListeners',
    });
    expect(listenerOf(analysis, 'infra/a', 'ls-0')?.attachedRoutes).toBe(0);
  });

  it('gives NoMatchingParent to a route whose ListenerSet is not in the input', () => {
    const analysis = analyzeGatewayApi([
      service('infra/web'),
      httpRoute('infra/r', {
        parentRefs: [
          {
            group: 'gateway.networking.k8s.io',
            kind: 'ListenerSet',
            name: 'gone',
          },
        ],
      }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[0]).toMatchObject({
      reason: 'NoMatchingParent',
      message: 'ListenerSet infra/gone does not exist',
    });
    expect(analysis.listenerSets).toBeUndefined();
  });
});
