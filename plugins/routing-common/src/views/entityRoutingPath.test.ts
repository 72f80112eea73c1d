import { entityRoutingPath } from './entityRoutingPath';

describe('entityRoutingPath', () => {
  it('is the Routing tab of the entity, its kind in lower case', () => {
    expect(entityRoutingPath('Component:default/storefront')).toBe(
      '/catalog/default/component/storefront/routing',
    );
    expect(entityRoutingPath('resource:infra/edge')).toBe(
      '/catalog/infra/resource/edge/routing',
    );
  });
});
