import { routeIdentity } from './routeIdentity';

const context = { cluster: 'prod-eu', matchedBy: 'label' as const };

describe('routeIdentity', () => {
  it('names the object and says when it was created, in ISO 8601', () => {
    expect(
      routeIdentity(
        {
          kind: 'Ingress',
          metadata: {
            namespace: 'shop',
            name: 'storefront',
            creationTimestamp: '2026-12-01T12:00:00Z',
          },
        },
        context,
      ),
    ).toEqual({
      cluster: 'prod-eu',
      kind: 'Ingress',
      namespace: 'shop',
      name: 'storefront',
      matchedBy: 'label',
      creationTimestamp: '2026-12-01T12:00:00.000Z',
    });
  });

  it('puts an object without namespace in default and leaves out a missing creation time', () => {
    const identity = routeIdentity(
      { kind: 'VirtualService', metadata: { name: 'storefront' } },
      context,
    );
    expect(identity.namespace).toBe('default');
    expect(identity).not.toHaveProperty('creationTimestamp');
  });
});
