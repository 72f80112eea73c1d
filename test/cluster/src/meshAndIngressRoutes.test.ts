import { NetworkingV1Api } from '@kubernetes/client-node';
import type { RouteView } from '@portway/plugin-routing-common';
import { startRoutingBackend } from './routingBackend';
import {
  clients,
  kubernetesConfigFor,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';

const ISTIO = { group: 'networking.istio.io', version: 'v1' };
const KUBERNETES_ID = { 'backstage.io/kubernetes-id': 'bookshop' };

describe('VirtualServices and Ingresses read from a real API server', () => {
  const kubeConfig = testKubeConfig();
  const { core, custom } = clients(kubeConfig);
  const networking = kubeConfig.makeApiClient(NetworkingV1Api);
  const books = uniqueNamespace('books');
  const ingressClass = `${books}-nginx`;

  beforeAll(async () => {
    await core.createNamespace({ body: { metadata: { name: books } } });
    await core.createNamespacedService({
      namespace: books,
      body: {
        metadata: { name: 'bookshop', labels: KUBERNETES_ID },
        spec: {
          ports: [
            { name: 'http', port: 8080 },
            { name: 'grpc', port: 9090, appProtocol: 'kubernetes.io/h2c' },
          ],
        },
      },
    });
    // Neither object carries the entity's label: both are found through the Service.
    await custom.createNamespacedCustomObject({
      ...ISTIO,
      namespace: books,
      plural: 'virtualservices',
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: 'search-grpc', namespace: books },
        spec: {
          hosts: [`bookshop.${books}.svc.cluster.local`],
          http: [
            {
              match: [{ uri: { prefix: '/books.search.v1.Search/' } }],
              route: [
                { destination: { host: 'bookshop', port: { number: 9090 } } },
              ],
            },
          ],
        },
      },
    });
    await networking.createIngressClass({
      body: {
        metadata: { name: ingressClass },
        spec: { controller: 'k8s.io/ingress-nginx' },
      },
    });
    await networking.createNamespacedIngress({
      namespace: books,
      body: {
        metadata: { name: 'legacy' },
        spec: {
          ingressClassName: ingressClass,
          rules: [
            {
              host: 'legacy.books.example.com',
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: {
                      service: { name: 'bookshop', port: { number: 8080 } },
                    },
                  },
                  {
                    path: '/old',
                    pathType: 'Prefix',
                    backend: {
                      service: { name: 'bookshop', port: { number: 7070 } },
                    },
                  },
                ],
              },
            },
          ],
        },
      },
    });
  });

  afterAll(async () => {
    await networking.deleteIngressClass({ name: ingressClass });
    await core.deleteNamespace({ name: books });
  });

  it('answers both as routes of the entity, with their details, URLs and backend states', async () => {
    const backend = await startRoutingBackend({
      config: kubernetesConfigFor(kubeConfig, 'test-cluster'),
      entityName: 'bookshop',
      kubernetesId: 'bookshop',
    });
    const body = await backend
      .waitForClusterState('test-cluster', 'ok', 20_000)
      .finally(() => backend.stop());
    const byKind = (kind: RouteView['kind']) =>
      body.routes.find(
        route => route.kind === kind && route.namespace === books,
      );

    const mesh = byKind('VirtualService');
    expect(mesh).toMatchObject({
      name: 'search-grpc',
      matchedBy: 'backend',
      urls: [`grpc://bookshop.${books}.svc.cluster.local:9090`],
      virtualService: {
        gateways: ['mesh'],
        matches: ['gRPC books.search.v1.Search'],
      },
      backends: [expect.objectContaining({ name: 'bookshop', state: 'found' })],
    });

    const ingress = byKind('Ingress');
    expect(ingress).toMatchObject({
      name: 'legacy',
      matchedBy: 'backend',
      urls: expect.arrayContaining(['http://legacy.books.example.com/']),
      ingress: {
        className: ingressClass,
        addresses: [],
        migration: { state: 'not-started' },
      },
    });
    expect(ingress?.backends.map(b => `${b.port}: ${b.state}`)).toEqual([
      '8080: found',
      '7070: port-not-on-service',
    ]);
  });
});
