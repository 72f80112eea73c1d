import path from 'path';
import {
  analyzeGatewayApi,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import { createClusterCache } from '../../clusters/cache/createClusterCache';
import { loadSnapshotCluster } from '../../clusters/snapshot/loadSnapshotCluster';
import { kindNames } from '../../clusters/resourceKinds';
import { analyzeRoute } from './routeAnalysis';

const demoCluster = path.resolve(__dirname, '../../../../../examples/cluster');

function httpRoute(
  name: string,
  hostnames: string[],
  creationTimestamp: string,
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace: 'shop', creationTimestamp },
    spec: {
      parentRefs: [
        { name: 'public', namespace: 'infra', sectionName: 'https' },
      ],
      hostnames,
      rules: [{ backendRefs: [{ name: 'storefront', port: 8080 }] }],
    },
  };
}

/** The demo cluster plus routes of both kinds that compete for hostnames on its shared Gateway. */
function clusterWithCompetingRoutes() {
  const cache = createClusterCache('demo');
  loadSnapshotCluster(demoCluster, cache);
  cache.apply(
    'httpRoute',
    'ADDED',
    httpRoute('first', ['same.shop.example.com'], '2026-01-01T00:00:00Z'),
  );
  cache.apply('grpcRoute', 'ADDED', {
    ...httpRoute('second', ['same.shop.example.com'], '2026-02-01T00:00:00Z'),
    kind: 'GRPCRoute',
  });
  cache.apply(
    'httpRoute',
    'ADDED',
    httpRoute('elsewhere', ['other.shop.example.com'], '2026-03-01T00:00:00Z'),
  );
  cache.apply(
    'httpRoute',
    'ADDED',
    httpRoute('catch-all', [], '2026-04-01T00:00:00Z'),
  );
  cache.apply('grpcRoute', 'ADDED', {
    ...httpRoute('wildcard', ['*.shop.example.com'], '2026-05-01T00:00:00Z'),
    kind: 'GRPCRoute',
  });
  cache.apply(
    'httpRoute',
    'ADDED',
    httpRoute('wild-http', ['*.example.com'], '2026-06-01T00:00:00Z'),
  );
  cache.apply('grpcRoute', 'ADDED', {
    ...httpRoute('late', ['late.shop.example.com'], '2026-07-01T00:00:00Z'),
    kind: 'GRPCRoute',
  });
  return cache;
}

describe('analyzeRoute', () => {
  const cache = clusterWithCompetingRoutes();
  const everything = kindNames.flatMap(kind => cache.list(kind));
  const whole = analyzeGatewayApi(everything);
  const routes = [...cache.list('httpRoute'), ...cache.list('grpcRoute')];

  it.each(routes.map(route => [route.metadata?.name, route] as const))(
    'predicts the same conditions for %s as the analysis of the whole cluster',
    (name, route) => {
      const find = (analysis: ReturnType<typeof analyzeGatewayApi>) =>
        analysis.routes.find(
          r =>
            r.kind === route.kind &&
            r.namespace === route.metadata?.namespace &&
            r.name === name,
        );
      expect(find(analyzeRoute(cache, route))).toEqual(find(whole));
    },
  );

  it('finds the older routes a route competes with through a wildcard', () => {
    const late = cache.get('grpcRoute', 'shop', 'late')!;
    const analysis = analyzeRoute(cache, late);
    expect(analysis.routes.map(r => r.name)).toEqual(
      expect.arrayContaining(['late', 'wild-http', 'catch-all']),
    );
    expect(analysis.routes.map(r => r.name)).not.toContain('elsewhere');
  });

  it('refuses a GRPCRoute newer than an HTTPRoute on the same hostname', () => {
    const second = cache.get('grpcRoute', 'shop', 'second')!;
    const [parent] = analyzeRoute(cache, second).routes.find(
      r => r.name === 'second',
    )!.parents;
    expect(parent.conditions).toContainEqual(
      expect.objectContaining({ type: 'Accepted', status: 'False' }),
    );
  });
});
