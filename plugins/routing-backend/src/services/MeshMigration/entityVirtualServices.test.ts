import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import {
  kubernetesIdEntity,
  kubernetesIdLabels,
} from '../../__testUtils__/kubernetesIdEntity';
import { entitySelector } from '../EntityRoutes/entitySelector';
import { entityVirtualServices } from './entityVirtualServices';

const service = (name: string, labels = {}): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop', labels },
  spec: { ports: [{ name: 'grpc', port: 9090 }] },
});

const virtualService = (
  name: string,
  host: string,
  labels = {},
): KubernetesObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name, namespace: 'shop', labels },
  spec: {
    hosts: [host],
    http: [{ route: [{ destination: { host } }] }],
  },
});

describe('entityVirtualServices', () => {
  const cart = service('cart', kubernetesIdLabels('cart'));
  const other = service('other');

  it("finds the entity's VirtualServices, labelled or routing to its Services, then every Service of the cluster", () => {
    const labelled = virtualService(
      'cart-labelled',
      'other',
      kubernetesIdLabels('cart'),
    );
    const routing = virtualService('cart-routing', 'cart');
    const unrelated = virtualService('unrelated', 'other');
    const cache = clusterWith('demo', [
      cart,
      other,
      labelled,
      routing,
      unrelated,
    ]);

    const objects = entityVirtualServices(
      cache,
      entitySelector(kubernetesIdEntity('cart')),
    );

    expect(objects.map(o => `${o.kind} ${o.metadata?.name}`)).toEqual([
      'VirtualService cart-labelled',
      'VirtualService cart-routing',
      'Service cart',
      'Service other',
    ]);
  });

  it('answers nothing for an entity without VirtualServices in the cluster, not even its Services', () => {
    const cache = clusterWith('demo', [cart, virtualService('x', 'other')]);

    expect(
      entityVirtualServices(cache, entitySelector(kubernetesIdEntity('cart'))),
    ).toEqual([]);
  });
});
