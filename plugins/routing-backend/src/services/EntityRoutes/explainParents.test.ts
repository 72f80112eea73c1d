import {
  gatewayRouteView,
  KubernetesObject,
  RouteView,
} from '@portway/plugin-routing-common';
import { createClusterCache } from '../../clusters/cache/createClusterCache';
import type { ClusterCache } from '../../clusters/cache/types';
import { gatewayLookup } from './clusterLookups';
import { withExplainedParents } from './explainParents';
import { withPredictedConditions } from './predictedConditions';
import { analyzeRoute } from './routeAnalysis';

const GW = 'gateway.networking.k8s.io/v1';

function gateway(status?: object): KubernetesObject {
  return {
    apiVersion: GW,
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'infra', generation: 1 },
    spec: {
      gatewayClassName: 'portway',
      listeners: [
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          hostname: '*.shop.example.com',
          tls: { certificateRefs: [{ name: 'tls' }] },
          allowedRoutes: {
            namespaces: {
              from: 'Selector',
              selector: { matchLabels: { team: 'shop' } },
            },
          },
        },
      ],
    },
    ...(status ? { status } : {}),
  };
}

const programmedStatus = (status: string, reason: string) => ({
  conditions: [
    { type: 'Accepted', status: 'True', reason: 'Accepted', message: '' },
    { type: 'Programmed', status, reason, message: '' },
  ],
});

function route(namespace: string, status?: object): KubernetesObject {
  return {
    apiVersion: GW,
    kind: 'HTTPRoute',
    metadata: { name: 'catalog', namespace, generation: 1 },
    spec: {
      parentRefs: [
        { name: 'public', namespace: 'infra', sectionName: 'https' },
      ],
      hostnames: ['catalog.shop.example.com'],
      rules: [{ backendRefs: [{ name: 'catalog', port: 8080 }] }],
    },
    ...(status ? { status } : {}),
  };
}

const parentStatus = (
  conditions: Array<{ type: string; status: string; reason: string }>,
) => ({
  parents: [
    {
      parentRef: { name: 'public', namespace: 'infra', sectionName: 'https' },
      controllerName: 'example.com/gateway',
      conditions: conditions.map(c => ({
        ...c,
        message: 'from the controller',
        observedGeneration: 1,
      })),
    },
  ],
});
const refused = parentStatus([
  { type: 'Accepted', status: 'False', reason: 'NotAllowedByListeners' },
  { type: 'ResolvedRefs', status: 'True', reason: 'ResolvedRefs' },
]);

function clusterWith(...objects: Array<[string, KubernetesObject]>) {
  const cache = createClusterCache('prod');
  const base: Array<[string, KubernetesObject]> = [
    [
      'namespace',
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'books', labels: { team: 'books' } },
      },
    ],
    [
      'service',
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'catalog', namespace: 'books' },
        spec: { ports: [{ port: 8080 }] },
      },
    ],
    [
      'gatewayClass',
      {
        apiVersion: GW,
        kind: 'GatewayClass',
        metadata: { name: 'portway' },
        spec: { controllerName: 'example.com/gateway' },
        status: { conditions: [{ type: 'Accepted', status: 'True' }] },
      },
    ],
  ];
  for (const [kind, object] of [...base, ...objects]) {
    cache.apply(kind as any, 'ADDED', object);
  }
  return cache;
}

/** The route's view as the entity answer builds it: status, predictions, explanations. */
function viewOf(cache: ClusterCache, object: KubernetesObject): RouteView {
  const view = gatewayRouteView(object, {
    cluster: cache.name,
    gateways: gatewayLookup(cache),
    matchedBy: 'label',
  });
  return withExplainedParents(
    withPredictedConditions(view, object, () => analyzeRoute(cache, object)),
    object,
    cache,
  );
}

const selectorRefusal =
  'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books, which has team=books';

describe('withExplainedParents', () => {
  it("explains a False condition from the route's status and leaves True ones as they are", () => {
    const object = route('books', refused);
    const cache = clusterWith(
      ['gateway', gateway(programmedStatus('True', 'Programmed'))],
      ['httpRoute', object],
    );
    const [parent] = viewOf(cache, object).parents;
    expect(parent.conditionsFrom).toBeUndefined();
    expect(parent.conditions[0].explanation).toContain(selectorRefusal);
    expect(parent.conditions[1].explanation).toBeUndefined();
    expect(parent.gatewayProgrammed).toEqual(
      expect.objectContaining({ status: 'True', reason: 'Programmed' }),
    );
    expect(parent.gatewayProgrammed?.explanation).toBeUndefined();
  });

  it("explains predicted conditions as Portway's analysis", () => {
    const object = route('books');
    const cache = clusterWith(
      ['gateway', gateway(programmedStatus('True', 'Programmed'))],
      ['httpRoute', object],
    );
    const [parent] = viewOf(cache, object).parents;
    expect(parent).toMatchObject({
      conditionsFrom: 'analysis',
      predictedBecause: 'no-status',
    });
    expect(parent.conditions[0]).toMatchObject({
      status: 'False',
      reason: 'NotAllowedByListeners',
      explanation: expect.stringContaining(selectorRefusal),
    });
  });

  it("explains the Gateway's Programmed condition when its status says False", () => {
    const object = route('books', refused);
    const cache = clusterWith(
      ['gateway', gateway(programmedStatus('False', 'AddressNotAssigned'))],
      ['httpRoute', object],
    );
    expect(viewOf(cache, object).parents[0].gatewayProgrammed).toMatchObject({
      status: 'False',
      reason: 'AddressNotAssigned',
      explanation: expect.stringContaining(
        'Gateway infra/public has no address yet',
      ),
    });
  });

  it('predicts the Programmed condition of a Gateway without status, saying no controller wrote it', () => {
    const object = route('books', refused);
    const cache = clusterWith(['gateway', gateway()], ['httpRoute', object]);
    expect(viewOf(cache, object).parents[0].gatewayProgrammed).toMatchObject({
      status: 'True',
      reason: 'Programmed',
      explanation: expect.stringMatching(
        /^no controller has programmed Gateway infra\/public yet; .*Portway's analysis of its spec: Gateway infra\/public would be programmed/,
      ),
    });
  });

  it('explains a parent Gateway that is not in the cluster, and gives it no Programmed condition', () => {
    const object = route(
      'books',
      parentStatus([
        { type: 'Accepted', status: 'False', reason: 'NoMatchingParent' },
      ]),
    );
    const cache = clusterWith(['httpRoute', object]);
    const [parent] = viewOf(cache, object).parents;
    expect(parent.gatewayProgrammed).toBeUndefined();
    expect(parent.conditions[0].explanation).toMatch(
      /^Gateway infra\/public, which this route names as its parent, does not exist/,
    );
  });

  it('reads only the neighbourhood, and nothing when every condition is True', () => {
    const accepted = route(
      'books',
      parentStatus([
        { type: 'Accepted', status: 'True', reason: 'Accepted' },
        { type: 'ResolvedRefs', status: 'True', reason: 'ResolvedRefs' },
      ]),
    );
    const broken = {
      ...route('books', refused),
      metadata: { name: 'broken', namespace: 'books', generation: 1 },
    };
    const cache = clusterWith(
      ['gateway', gateway(programmedStatus('True', 'Programmed'))],
      ['httpRoute', accepted],
      ['httpRoute', broken],
    );
    const list = jest.spyOn(cache, 'list');
    viewOf(cache, accepted);
    expect(list).not.toHaveBeenCalled();
    viewOf(cache, broken);
    expect(list.mock.calls.map(([kind]) => kind).sort()).toEqual([
      'certificate',
      'namespace',
      'referenceGrant',
    ]);
  });

  it('leaves routes of other families as they are', () => {
    const view = {
      kind: 'Ingress',
      parents: [
        {
          ref: { name: 'x' },
          conditions: [
            {
              type: 'Accepted',
              status: 'False',
              reason: 'Refused',
              message: '',
            },
          ],
        },
      ],
    } as unknown as RouteView;
    expect(withExplainedParents(view, {}, createClusterCache('c'))).toBe(view);
  });
});
