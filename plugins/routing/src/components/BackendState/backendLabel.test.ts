import { backendLabel } from './backendLabel';

describe('backendLabel', () => {
  it('shows namespace, name, port and weight of a Service backend', () => {
    expect(
      backendLabel({
        kind: 'Service',
        namespace: 'shop',
        name: 'storefront',
        port: 8080,
        weight: 90,
      }),
    ).toBe('shop/storefront:8080 (weight 90)');
  });

  it('names the kind of backends that are not Services', () => {
    expect(
      backendLabel({ kind: 'ServiceImport', namespace: 'shop', name: 'cart' }),
    ).toBe('ServiceImport shop/cart');
  });
});
