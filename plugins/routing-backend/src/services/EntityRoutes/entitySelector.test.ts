import type { Entity } from '@backstage/catalog-model';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import { createClusterCache } from '../../clusters/cache/createClusterCache';
import { entitySelector } from './entitySelector';

function entityWith(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'shop', annotations },
  };
}

function service(
  name: string,
  namespace: string,
  labels: Record<string, string>,
): KubernetesObject {
  return { metadata: { name, namespace, labels } };
}

const cache = createClusterCache('prod');
cache.replaceAll('service', [
  service('shop', 'shop', {
    'backstage.io/kubernetes-id': 'shop',
    tier: 'web',
  }),
  service('shop', 'staging', { 'backstage.io/kubernetes-id': 'shop' }),
  service('api', 'shop', { tier: 'api' }),
]);

const selected = (annotations: Record<string, string>) =>
  entitySelector(entityWith(annotations))
    .selectFrom(cache)
    .map(o => `${o.metadata?.namespace}/${o.metadata?.name}`)
    .sort();

describe('entitySelector', () => {
  it('selects by kubernetes-id, limited to the namespace annotation when set', () => {
    expect(selected({ 'backstage.io/kubernetes-id': 'shop' })).toEqual([
      'shop/shop',
      'staging/shop',
    ]);
    expect(
      selected({
        'backstage.io/kubernetes-id': 'shop',
        'backstage.io/kubernetes-namespace': 'staging',
      }),
    ).toEqual(['staging/shop']);
  });

  it('selects by a label selector, also one without an equality the index can answer', () => {
    expect(
      selected({ 'backstage.io/kubernetes-label-selector': 'tier=web' }),
    ).toEqual(['shop/shop']);
    expect(
      selected({
        'backstage.io/kubernetes-label-selector': 'tier,tier notin (web)',
      }),
    ).toEqual(['shop/api']);
  });

  it('selects nothing without Kubernetes annotations', () => {
    expect(selected({})).toEqual([]);
  });

  it('names the annotation of a malformed label selector', () => {
    expect(() =>
      entitySelector(
        entityWith({ 'backstage.io/kubernetes-label-selector': 'app in (' }),
      ),
    ).toThrow(
      /backstage.io\/kubernetes-label-selector annotation is not a label selector/,
    );
  });
});
