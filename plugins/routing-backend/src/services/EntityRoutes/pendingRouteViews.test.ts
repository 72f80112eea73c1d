import { stringify } from 'yaml';
import {
  KubernetesObject,
  parseExposureRequest,
  renderExposure,
} from '@portway/plugin-routing-common';
import { createClusterCache } from '../../clusters/cache/createClusterCache';
import { pendingRoutesOf, pendingRouteViews } from './pendingRouteViews';

const rendered = renderExposure(
  parseExposureRequest({
    entityRef: 'component:default/reviews',
    type: 'http',
    cluster: 'demo',
    namespace: 'shop',
    service: { name: 'reviews', port: 8080 },
    hostnames: ['reviews.shop.example.com'],
    gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
  }),
);

const change = {
  branchName: 'portway/expose-reviews-reviews',
  commitSha: 'c0ffee',
  createdAt: '2026-11-27T10:00:00.000Z',
  files: rendered.files,
};

const gateway: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'infra' },
  spec: {
    listeners: [
      {
        name: 'https',
        protocol: 'HTTPS',
        port: 443,
        hostname: '*.shop.example.com',
      },
    ],
  },
};

function demoCluster(objects: KubernetesObject[]) {
  const cache = createClusterCache('demo');
  cache.replaceAll('gateway', [gateway]);
  cache.replaceAll('httpRoute', objects);
  return cache;
}

const context = {
  entityRef: 'component:default/reviews',
  clusterCache: (name: string) =>
    name === 'demo' ? demoCluster([]) : undefined,
};

describe('pendingRouteViews', () => {
  it('shows a requested route as pending with its branch, cluster and the URLs it will have', () => {
    expect(pendingRouteViews([change], context)).toEqual([
      expect.objectContaining({
        cluster: 'demo',
        kind: 'HTTPRoute',
        namespace: 'shop',
        name: 'reviews',
        matchedBy: 'request',
        summary: 'pending',
        urls: ['https://reviews.shop.example.com/'],
        pendingChange: {
          branchName: 'portway/expose-reviews-reviews',
          commitSha: 'c0ffee',
          createdAt: '2026-11-27T10:00:00.000Z',
        },
      }),
    ]);
  });

  it('leaves out routes requested for other entities', () => {
    expect(
      pendingRouteViews([change], {
        ...context,
        entityRef: 'component:default/storefront',
      }),
    ).toEqual([]);
  });

  it('leaves out a requested route that is already in its cluster', () => {
    const live = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { namespace: 'shop', name: 'reviews' },
    };
    const cluster = demoCluster([live]);
    expect(
      pendingRouteViews([change], { ...context, clusterCache: () => cluster }),
    ).toEqual([]);
  });

  it('ignores files outside clusters/ and documents that are not routes or not YAML', () => {
    const other = {
      ...change,
      files: [
        { path: 'README.md', content: stringify(rendered.files[0]) },
        {
          path: 'clusters/demo/shop/reviews/kustomization.yaml',
          content: rendered.files[1].content,
        },
        { path: 'clusters/demo/shop/reviews/broken.yaml', content: 'kind: [' },
      ],
    };
    expect(pendingRouteViews([other], context)).toEqual([]);
  });

  it('shows requested VirtualServices and Ingresses as pending, built by their own views', () => {
    const request = (extra: Record<string, unknown>) =>
      renderExposure(
        parseExposureRequest({
          entityRef: 'component:default/reviews',
          cluster: 'demo',
          namespace: 'shop',
          service: { name: 'reviews', port: 9090 },
          ...extra,
        }),
      ).files;
    const files = [
      ...request({
        type: 'grpc-mesh',
        grpc: [{ service: 'shop.reviews.v1.Reviews' }],
      }),
      ...request({
        type: 'ingress',
        ingressClassName: 'nginx',
        hostnames: ['reviews.example.com'],
        tls: { secretName: 'reviews-tls' },
      }),
    ];
    const views = pendingRouteViews([{ ...change, files }], context);
    expect(views).toEqual([
      expect.objectContaining({
        kind: 'VirtualService',
        summary: 'pending',
        matchedBy: 'request',
        urls: ['grpc://reviews.shop.svc.cluster.local:9090'],
        virtualService: expect.objectContaining({
          matches: ['gRPC shop.reviews.v1.Reviews'],
        }),
      }),
      expect.objectContaining({
        kind: 'Ingress',
        summary: 'pending',
        urls: ['https://reviews.example.com/'],
        ingress: expect.objectContaining({ className: 'nginx' }),
      }),
    ]);
    expect(views[0].backends).toEqual([
      expect.objectContaining({ name: 'reviews', state: 'missing' }),
    ]);
  });

  it('tells nothing of parents and backends in a cluster that does not answer', () => {
    const [view] = pendingRouteViews([change], {
      ...context,
      clusterCache: () => undefined,
    });
    expect(view.parents).toEqual([
      { ref: expect.objectContaining({ name: 'public' }), conditions: [] },
    ]);
    expect(view.backends).toEqual([
      { kind: 'Service', namespace: 'shop', name: 'reviews', port: 8080 },
    ]);
  });
});

describe('pendingRoutesOf', () => {
  it('gives the routes of a cluster’s pending changes, for every entity, that are not live yet', () => {
    const other = {
      ...change,
      files: change.files.map(file => ({
        ...file,
        path: file.path.replace('clusters/demo/', 'clusters/prod/'),
      })),
    };
    expect(
      pendingRoutesOf([change, other], 'demo', demoCluster([])).map(route => [
        route.kind,
        route.metadata?.name,
      ]),
    ).toEqual([['HTTPRoute', 'reviews']]);
  });

  it('leaves out a route already in its cluster', () => {
    const live = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { namespace: 'shop', name: 'reviews' },
    };
    expect(pendingRoutesOf([change], 'demo', demoCluster([live]))).toEqual([]);
  });
});
