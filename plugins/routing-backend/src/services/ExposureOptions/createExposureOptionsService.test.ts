import { InputError } from '@backstage/errors';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import { createExposureOptionsService } from './createExposureOptionsService';
import {
  kubernetesIdEntity,
  kubernetesIdLabels,
} from '../../__testUtils__/kubernetesIdEntity';

const entity = kubernetesIdEntity('shop');

const shopLabels = kubernetesIdLabels('shop');

function service(
  namespace: string,
  name: string,
  ports: object[],
  labels: Record<string, string> = shopLabels,
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace, name, labels },
    spec: { ports },
  };
}

const labelledRoute: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { namespace: 'shop', name: 'shop', labels: shopLabels },
  spec: { parentRefs: [{ name: 'public', namespace: 'infra' }] },
};

const gatewayClass: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'GatewayClass',
  metadata: { name: 'istio' },
  spec: { controllerName: 'istio.io/gateway-controller' },
};

const gateway: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { namespace: 'infra', name: 'public' },
  spec: {
    gatewayClassName: 'istio',
    listeners: [
      {
        name: 'http',
        protocol: 'HTTP',
        port: 80,
        hostname: '*.shop.example.com',
        allowedRoutes: { namespaces: { from: 'All' } },
      },
      {
        name: 'internal',
        protocol: 'HTTP',
        port: 8080,
        allowedRoutes: { namespaces: { from: 'Same' } },
      },
    ],
  },
};

const namespaces: KubernetesObject[] = ['infra', 'shop'].map(name => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
}));

function ingressClass(
  name: string,
  controller: string,
  annotations?: Record<string, string>,
): KubernetesObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name, annotations },
    spec: { controller },
  };
}

const broken = () =>
  clusterWith('broken', [service('shop', 'hidden', [{ port: 1 }])], () => ({
    state: 'failing',
    message: 'cluster unreachable: connect ECONNREFUSED',
  }));

function optionsFor(clusters: ReturnType<typeof clusterWith>[]) {
  return createExposureOptionsService({
    clusters: clusterCachesOf(...clusters),
    now: () => SYNCED_AT,
  });
}

describe('createExposureOptionsService', () => {
  describe('entityServices', () => {
    it('offers the entity Services of every cluster with every port, sorted by cluster, namespace and name', () => {
      const answer = optionsFor([
        clusterWith('prod', [
          service('shop', 'storefront', [
            { name: 'http', port: 8080, targetPort: 'web' },
            {
              name: 'grpc',
              port: 9090,
              protocol: 'TCP',
              appProtocol: 'kubernetes.io/h2c',
              targetPort: 9090,
            },
          ]),
          service('api', 'gateway', [{ port: 80, protocol: 'UDP' }]),
          service('shop', 'other-team', [{ port: 80 }], { team: 'other' }),
          labelledRoute,
        ]),
        clusterWith('dev', [service('shop', 'storefront', [{ port: 8080 }])]),
      ]).entityServices(entity);

      expect(answer.services).toEqual([
        {
          cluster: 'dev',
          namespace: 'shop',
          name: 'storefront',
          ports: [{ port: 8080, protocol: 'TCP' }],
        },
        {
          cluster: 'prod',
          namespace: 'api',
          name: 'gateway',
          ports: [{ port: 80, protocol: 'UDP' }],
        },
        {
          cluster: 'prod',
          namespace: 'shop',
          name: 'storefront',
          ports: [
            { name: 'http', port: 8080, protocol: 'TCP', targetPort: 'web' },
            {
              name: 'grpc',
              port: 9090,
              protocol: 'TCP',
              appProtocol: 'kubernetes.io/h2c',
              targetPort: 9090,
            },
          ],
        },
      ]);
      expect(answer.clusters.map(c => [c.name, c.state])).toEqual([
        ['prod', 'ok'],
        ['dev', 'ok'],
      ]);
    });

    it('offers nothing from a cluster in error but reports its status', () => {
      const answer = optionsFor([
        clusterWith('prod', [service('shop', 'storefront', [{ port: 8080 }])]),
        broken(),
      ]).entityServices(entity);
      expect(answer.services.map(s => `${s.cluster}/${s.name}`)).toEqual([
        'prod/storefront',
      ]);
      expect(answer.clusters).toEqual([
        expect.objectContaining({ name: 'prod', state: 'ok' }),
        expect.objectContaining({
          name: 'broken',
          state: 'error',
          message: 'cluster unreachable: connect ECONNREFUSED',
        }),
      ]);
    });
  });

  describe('listeners', () => {
    const cluster = () =>
      clusterWith('prod', [gatewayClass, gateway, ...namespaces]);

    it('judges the named cluster’s listeners for a route from the namespace', () => {
      const answer = optionsFor([cluster(), clusterWith('dev', [])]).listeners({
        cluster: 'prod',
        namespace: 'shop',
        type: 'http',
      });
      expect(answer.listeners).toEqual([
        expect.objectContaining({
          cluster: 'prod',
          gateway: { namespace: 'infra', name: 'public' },
          name: 'http',
          hostname: '*.shop.example.com',
          accepts: true,
        }),
        expect.objectContaining({
          name: 'internal',
          accepts: false,
          refusal: expect.objectContaining({
            reason: 'NotAllowedByListeners',
          }),
        }),
      ]);
      expect(answer.clusters.map(c => c.name)).toEqual(['prod', 'dev']);
    });

    it('offers no listeners of a cluster in error', () => {
      const answer = optionsFor([broken()]).listeners({
        cluster: 'broken',
        namespace: 'shop',
        type: 'http',
      });
      expect(answer).toEqual({
        listeners: [],
        clusters: [expect.objectContaining({ name: 'broken', state: 'error' })],
      });
    });

    it('refuses an unknown cluster, naming the known ones', () => {
      const options = optionsFor([cluster(), broken()]);
      const ask = () =>
        options.listeners({ cluster: 'nope', namespace: 'shop', type: 'http' });
      expect(ask).toThrow(InputError);
      expect(ask).toThrow(
        'cluster "nope" is not a configured cluster; known clusters: prod, broken',
      );
    });
  });

  describe('ingressClasses', () => {
    it('offers the named cluster’s IngressClasses with their controller and default mark', () => {
      const answer = optionsFor([
        clusterWith('prod', [
          ingressClass('nginx', 'k8s.io/ingress-nginx', {
            'ingressclass.kubernetes.io/is-default-class': 'true',
          }),
          ingressClass('haproxy', 'haproxy.org/ingress-controller', {
            'ingressclass.kubernetes.io/is-default-class': 'false',
          }),
        ]),
        clusterWith('dev', [ingressClass('traefik', 'traefik.io/ingress')]),
      ]).ingressClasses('prod');
      expect(answer.ingressClasses).toEqual([
        {
          cluster: 'prod',
          name: 'haproxy',
          controller: 'haproxy.org/ingress-controller',
          isDefault: false,
        },
        {
          cluster: 'prod',
          name: 'nginx',
          controller: 'k8s.io/ingress-nginx',
          isDefault: true,
        },
      ]);
      expect(answer.clusters.map(c => c.name)).toEqual(['prod', 'dev']);
    });

    it('offers no classes of a cluster in error and refuses an unknown cluster', () => {
      const options = optionsFor([broken()]);
      expect(options.ingressClasses('broken').ingressClasses).toEqual([]);
      expect(() => options.ingressClasses('prod')).toThrow(
        'cluster "prod" is not a configured cluster; known clusters: broken',
      );
    });
  });
});
