import type {
  KubernetesObject,
  ParentView,
  RouteCondition,
} from '@portway/plugin-routing-common';
import { controllerVerdict, describeParent } from './controllerVerdict';

const route: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { namespace: 'shop', name: 'web', generation: 2 },
};

function accepted(
  status: RouteCondition['status'],
  observedGeneration?: number,
): RouteCondition {
  return {
    type: 'Accepted',
    status,
    reason: status === 'False' ? 'NotAllowedByListeners' : 'Accepted',
    message: '',
    ...(observedGeneration !== undefined ? { observedGeneration } : {}),
  };
}

function parent(
  name: string,
  conditions: RouteCondition[],
  extra: Partial<ParentView> = {},
): ParentView {
  return {
    ref: { namespace: 'infra', name, sectionName: 'https' },
    conditions,
    ...extra,
  };
}

describe('controllerVerdict', () => {
  it('accepts a route every parent Accepted for its generation', () => {
    const parents = [
      parent('public', [accepted('True', 2)]),
      parent('internal', [accepted('True')]),
    ];
    expect(controllerVerdict(route, parents)).toEqual({
      decided: parents,
      refusedBy: [],
      accepted: true,
    });
  });

  it('names the parents that refused it', () => {
    const refusing = parent('public', [accepted('False', 2)]);
    const verdict = controllerVerdict(route, [
      refusing,
      parent('internal', []),
    ]);
    expect(verdict).toEqual({
      decided: [refusing],
      refusedBy: [refusing],
      accepted: false,
    });
  });

  it.each([
    ['no status', parent('public', [])],
    ['Accepted Unknown', parent('public', [accepted('Unknown', 2)])],
    ['status for an older generation', parent('public', [accepted('True', 1)])],
    [
      "Portway's prediction",
      parent('public', [accepted('True', 2)], {
        conditionsFrom: 'analysis',
        predictedBecause: 'no-status',
      }),
    ],
  ])('takes %s as no verdict', (_, undecided) => {
    expect(controllerVerdict(route, [undecided])).toEqual({
      decided: [],
      refusedBy: [],
      accepted: false,
    });
  });

  it('does not accept a route without parents', () => {
    expect(controllerVerdict(route, []).accepted).toBe(false);
  });
});

describe('describeParent', () => {
  it('writes the parent as the route does', () => {
    expect(describeParent(parent('public', []))).toBe('infra/public/https');
    expect(describeParent({ ref: { name: 'public' }, conditions: [] })).toBe(
      'public',
    );
  });
});
