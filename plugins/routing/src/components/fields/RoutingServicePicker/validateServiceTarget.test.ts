import { TestApiRegistry } from '@backstage/test-utils';
import { validateServiceTarget } from './validateServiceTarget';
import type { ServiceTarget } from '../types';

function validate(value: unknown) {
  const validation = { addError: jest.fn(), __errors: [] };
  validateServiceTarget(value as ServiceTarget, validation, {
    apiHolder: TestApiRegistry.from(),
    formData: {},
    schema: {},
  });
  return validation.addError;
}

describe('validateServiceTarget', () => {
  it('accepts one whole Service port', () => {
    expect(
      validate({
        cluster: 'prod-eu',
        namespace: 'shop',
        name: 'web',
        port: 80,
      }),
    ).not.toHaveBeenCalled();
  });

  it('refuses a value without a port number', () => {
    expect(
      validate({
        cluster: 'prod-eu',
        namespace: 'shop',
        name: 'web',
        port: '80',
      }),
    ).toHaveBeenCalledWith(
      'Pick a Service and one of its ports: the value needs cluster, namespace, name and port.',
    );
  });

  it('refuses a value without a cluster', () => {
    expect(
      validate({ namespace: 'shop', name: 'web', port: 80 }),
    ).toHaveBeenCalled();
  });

  it('leaves an empty value to the template schema (required or not)', () => {
    expect(validate(undefined)).not.toHaveBeenCalled();
  });
});
