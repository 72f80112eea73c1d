import type { Entity } from '@backstage/catalog-model';
import { isRoutingAvailable } from './isRoutingAvailable';

function component(annotations?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'storefront', annotations },
    spec: { type: 'service' },
  };
}

describe('isRoutingAvailable', () => {
  it('is true for an entity with the kubernetes-id annotation', () => {
    expect(
      isRoutingAvailable(
        component({ 'backstage.io/kubernetes-id': 'storefront' }),
      ),
    ).toBe(true);
  });

  it('is true for an entity with the kubernetes-label-selector annotation', () => {
    expect(
      isRoutingAvailable(
        component({ 'backstage.io/kubernetes-label-selector': 'app=shop' }),
      ),
    ).toBe(true);
  });

  it('is false for an entity without Kubernetes annotations', () => {
    expect(isRoutingAvailable(component())).toBe(false);
    expect(
      isRoutingAvailable(component({ 'backstage.io/techdocs-ref': 'dir:.' })),
    ).toBe(false);
  });

  it('is false when the annotation is empty', () => {
    expect(
      isRoutingAvailable(component({ 'backstage.io/kubernetes-id': '' })),
    ).toBe(false);
  });
});
