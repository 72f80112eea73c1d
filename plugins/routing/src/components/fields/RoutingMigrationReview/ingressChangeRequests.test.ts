import { migrationForm } from '../../../__testUtils__/ingressMigrationFixtures';
import {
  ingressMigrationRequest,
  ingressRemovalRequest,
} from './ingressChangeRequests';

describe('the Ingress change requests of a form', () => {
  it('makes the migration request of the entity, the ticked Ingresses and the listener', () => {
    expect(ingressMigrationRequest(migrationForm)).toEqual({
      entityRef: 'component:default/storefront',
      cluster: 'prod-eu',
      namespace: 'shop',
      ingresses: ['web'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    });
  });

  it('makes the removal request without a listener', () => {
    const { entityRef, ingress } = migrationForm;

    expect(ingressRemovalRequest({ entityRef, ingress })).toEqual({
      entityRef: 'component:default/storefront',
      cluster: 'prod-eu',
      namespace: 'shop',
      ingresses: ['web'],
    });
  });

  it('writes the entity ref in full, as the backend reads it', () => {
    expect(
      ingressRemovalRequest({ ...migrationForm, entityRef: 'storefront' })
        ?.entityRef,
    ).toBe('component:default/storefront');
  });

  it('makes none while a part is missing: no Ingress ticked, no listener', () => {
    expect(
      ingressMigrationRequest({
        ...migrationForm,
        ingress: { cluster: 'prod-eu', namespace: 'shop', names: [] },
      }),
    ).toBeUndefined();
    expect(
      ingressMigrationRequest({ ...migrationForm, gateway: undefined }),
    ).toBeUndefined();
    expect(
      ingressRemovalRequest({ ...migrationForm, entityRef: undefined }),
    ).toBeUndefined();
  });
});
