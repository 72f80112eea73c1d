import type { ListenerSpec } from './model';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import {
  gateway,
  httpRoute,
  namespaceObject,
  service,
} from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';

function judge(
  allowedRoutes: ListenerSpec['allowedRoutes'],
  routeNamespace: string,
  namespaces = [
    namespaceObject('shop', { env: 'prod', team: 'web' }),
    namespaceObject('lab', { env: 'dev' }),
  ],
) {
  return analyzeGatewayApi([
    gateway('infra/public', [{ allowedRoutes }]),
    ...namespaces,
    service(`${routeNamespace}/web`),
    httpRoute(`${routeNamespace}/r`, {
      parentRefs: [{ name: 'public', namespace: 'infra' }],
    }),
  ]);
}

describe('allowedRoutes.namespaces (spec: Same by default, All, Selector)', () => {
  it.each([
    [
      'default (Same), route in the Gateway namespace',
      undefined,
      'infra',
      'True/Accepted',
    ],
    [
      'default (Same), route elsewhere',
      undefined,
      'shop',
      'False/NotAllowedByListeners',
    ],
    [
      'Same, route in the Gateway namespace',
      { from: 'Same' },
      'infra',
      'True/Accepted',
    ],
    [
      'Same, route elsewhere',
      { from: 'Same' },
      'shop',
      'False/NotAllowedByListeners',
    ],
    ['All, route elsewhere', { from: 'All' }, 'shop', 'True/Accepted'],
    [
      'Selector matchLabels matching',
      { from: 'Selector', selector: { matchLabels: { env: 'prod' } } },
      'shop',
      'True/Accepted',
    ],
    [
      'Selector matchLabels not matching',
      { from: 'Selector', selector: { matchLabels: { env: 'prod' } } },
      'lab',
      'False/NotAllowedByListeners',
    ],
    [
      'Selector on a namespace without Namespace object',
      { from: 'Selector', selector: { matchLabels: { env: 'prod' } } },
      'ghost',
      'False/NotAllowedByListeners',
    ],
    [
      'Selector on the name label, Namespace absent',
      {
        from: 'Selector',
        selector: { matchLabels: { 'kubernetes.io/metadata.name': 'ghost' } },
      },
      'ghost',
      'True/Accepted',
    ],
    [
      'Selector matchExpressions In',
      {
        from: 'Selector',
        selector: {
          matchExpressions: [
            { key: 'env', operator: 'In' as const, values: ['prod', 'dev'] },
          ],
        },
      },
      'lab',
      'True/Accepted',
    ],
    [
      'Selector matchExpressions NotIn',
      {
        from: 'Selector',
        selector: {
          matchExpressions: [
            { key: 'env', operator: 'NotIn' as const, values: ['dev'] },
          ],
        },
      },
      'lab',
      'False/NotAllowedByListeners',
    ],
    [
      'Selector matchExpressions Exists',
      {
        from: 'Selector',
        selector: {
          matchExpressions: [{ key: 'team', operator: 'Exists' as const }],
        },
      },
      'shop',
      'True/Accepted',
    ],
    [
      'Selector matchExpressions DoesNotExist',
      {
        from: 'Selector',
        selector: {
          matchExpressions: [
            { key: 'team', operator: 'DoesNotExist' as const },
          ],
        },
      },
      'shop',
      'False/NotAllowedByListeners',
    ],
    [
      'Selector matchLabels and matchExpressions both needed',
      {
        from: 'Selector',
        selector: {
          matchLabels: { env: 'prod' },
          matchExpressions: [
            { key: 'team', operator: 'In' as const, values: ['data'] },
          ],
        },
      },
      'shop',
      'False/NotAllowedByListeners',
    ],
  ])('%s', (_, namespaces, routeNamespace, expected) => {
    const analysis = judge(
      namespaces ? { namespaces } : undefined,
      routeNamespace,
    );
    expect(parentCondition(analysis, 'r', 'Accepted')).toBe(expected);
  });

  it('explains a Same refusal', () => {
    const analysis = judge(undefined, 'shop');
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'listener http of infra/public only allows routes from its own namespace infra; this route is in shop',
    );
  });

  it('explains a Selector refusal with the selector', () => {
    const analysis = judge(
      {
        namespaces: {
          from: 'Selector',
          selector: { matchLabels: { env: 'prod' } },
        },
      },
      'lab',
    );
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'listener http of infra/public only allows routes from namespaces matching env=prod; namespace lab does not match',
    );
  });
});
