import type { Entity } from '@backstage/catalog-model';
import { entityOwners } from './entityOwners';

const entity = (overrides: Partial<Entity>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'storefront', namespace: 'retail' },
  ...overrides,
});

describe('entityOwners', () => {
  it('reads spec.owner as a group in the entity’s namespace, as the catalog does', () => {
    expect(entityOwners(entity({ spec: { owner: 'shop' } }))).toEqual([
      'group:retail/shop',
    ]);
    expect(
      entityOwners(entity({ spec: { owner: 'user:default/Jane' } })),
    ).toEqual(['user:default/jane']);
  });

  it('adds the ownedBy relations, once each', () => {
    expect(
      entityOwners(
        entity({
          spec: { owner: 'group:retail/shop' },
          relations: [
            { type: 'ownedBy', targetRef: 'group:retail/shop' },
            { type: 'ownedBy', targetRef: 'group:default/platform' },
            { type: 'partOf', targetRef: 'system:default/shop' },
          ],
        }),
      ),
    ).toEqual(['group:retail/shop', 'group:default/platform']);
  });

  it('has no owners when the entity names none, or none that is a reference', () => {
    expect(entityOwners(entity({}))).toEqual([]);
    expect(entityOwners(entity({ spec: { owner: 'a:b:c' } }))).toEqual([]);
  });
});
