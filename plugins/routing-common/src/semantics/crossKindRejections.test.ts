import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, service } from './__testUtils__/builders';
import { attachedRoutes, parentCondition } from './__testUtils__/read';
import { NEW, OLD, r } from './__testUtils__/routes';

const kinds = [{ kind: 'HTTPRoute' }, { kind: 'GRPCRoute' }];
const anyNamespace = { namespaces: { from: 'All' }, kinds };
const twoListeners = gateway('infra/public', [
  { name: 'http', allowedRoutes: anyNamespace },
  { name: 'admin', port: 8080, allowedRoutes: anyNamespace },
]);

function analyze(objects: KubernetesObject[]) {
  return analyzeGatewayApi([twoListeners, service('shop/web'), ...objects]);
}

describe('HTTPRoute/GRPCRoute hostname conflict: the rejected route gets Accepted=False (GRPCRoute spec)', () => {
  it.each<[string, KubernetesObject[], string, string]>([
    [
      'the newer HTTPRoute loses to the older GRPCRoute',
      [
        r('GRPCRoute', 'g', { hostnames: ['api.com'], created: OLD }),
        r('HTTPRoute', 'h', { hostnames: ['api.com'], created: NEW }),
      ],
      'h',
      'g',
    ],
    [
      'the newer GRPCRoute loses to the older HTTPRoute',
      [
        r('GRPCRoute', 'g', { hostnames: ['api.com'], created: NEW }),
        r('HTTPRoute', 'h', { hostnames: ['api.com'], created: OLD }),
      ],
      'g',
      'h',
    ],
    [
      'same timestamps: the second by namespace/name loses',
      [
        r('HTTPRoute', 'a', { hostnames: ['*.api.com'] }),
        r('GRPCRoute', 'b', { hostnames: ['x.api.com'] }),
      ],
      'b',
      'a',
    ],
  ])('%s', (_, objects, loser, winner) => {
    const analysis = analyze(objects);
    expect(parentCondition(analysis, loser, 'Accepted')).toBe(
      'False/NotAllowedByListeners',
    );
    expect(parentCondition(analysis, winner, 'Accepted')).toBe('True/Accepted');
    expect(attachedRoutes(analysis, 'public', 'http')).toBe(1);
    expect(attachedRoutes(analysis, 'public', 'admin')).toBe(1);
  });

  it('says in the condition which route the listener took', () => {
    const analysis = analyze([
      r('GRPCRoute', 'g', { hostnames: ['api.com'], created: OLD }),
      r('HTTPRoute', 'h', { hostnames: ['api.com'], created: NEW }),
    ]);
    const accepted = analysis.routes.find(x => x.name === 'h')?.parents[0]
      .conditions[0];
    expect(accepted?.message).toContain(
      'accepts GRPCRoute shop/g instead, which claims api.com too',
    );
  });

  it('reports the conflict once, as HostnameConflict, not again as NotAllowedByListeners', () => {
    const analysis = analyze([
      r('GRPCRoute', 'g', { hostnames: ['api.com'], created: OLD }),
      r('HTTPRoute', 'h', { hostnames: ['api.com'], created: NEW }),
    ]);
    expect(analysis.findings.map(f => f.code)).toEqual(['HostnameConflict']);
  });

  it('leaves routes with disjoint hostnames accepted and counted', () => {
    const analysis = analyze([
      r('GRPCRoute', 'g', { hostnames: ['api.com'] }),
      r('HTTPRoute', 'h', { hostnames: ['web.com'] }),
    ]);
    expect(parentCondition(analysis, 'g', 'Accepted')).toBe('True/Accepted');
    expect(parentCondition(analysis, 'h', 'Accepted')).toBe('True/Accepted');
    expect(attachedRoutes(analysis, 'public', 'http')).toBe(2);
  });

  it('does not reject two routes of one kind (they merge; only matches conflict)', () => {
    const analysis = analyze([
      r('HTTPRoute', 'a', { hostnames: ['api.com'], created: OLD }),
      r('HTTPRoute', 'b', { hostnames: ['api.com'], created: NEW }),
    ]);
    expect(parentCondition(analysis, 'b', 'Accepted')).toBe('True/Accepted');
    expect(attachedRoutes(analysis, 'public', 'http')).toBe(2);
  });
});
