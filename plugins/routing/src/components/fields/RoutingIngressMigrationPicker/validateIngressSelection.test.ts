import type { IngressSelection } from '../types';
import { validateIngressSelection } from './validateIngressSelection';

function validate(value: unknown) {
  const validation = { addError: jest.fn(), __errors: [] };
  validateIngressSelection(value as IngressSelection, validation, {
    apiHolder: { get: () => undefined },
    formData: {},
    schema: {},
  });
  return validation.addError.mock.calls.map(([message]) => message);
}

describe('validateIngressSelection', () => {
  it('lets a selection of at least one Ingress go on', () => {
    expect(
      validate({ cluster: 'prod-eu', namespace: 'shop', names: ['web'] }),
    ).toEqual([]);
  });

  it('asks for at least one Ingress', () => {
    expect(
      validate({ cluster: 'prod-eu', namespace: 'shop', names: [] }),
    ).toEqual(['Tick at least one Ingress.']);
    expect(validate(undefined)).toEqual(['Tick at least one Ingress.']);
  });

  it('refuses a value from a link that lacks its cluster or names', () => {
    const refusal =
      'Pick Ingresses of one cluster and namespace: the value needs cluster, namespace and names.';
    expect(validate({ namespace: 'shop', names: ['web'] })).toEqual([refusal]);
    expect(
      validate({ cluster: 'prod-eu', namespace: 'shop', names: 'web' }),
    ).toEqual([refusal]);
  });
});
