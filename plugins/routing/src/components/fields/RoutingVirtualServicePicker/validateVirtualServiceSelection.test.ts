import type { VirtualServiceSelection } from '../types';
import { validateVirtualServiceSelection } from './validateVirtualServiceSelection';

function validate(value: unknown) {
  const validation = { addError: jest.fn(), __errors: [] };
  validateVirtualServiceSelection(
    value as VirtualServiceSelection,
    validation,
    { apiHolder: { get: () => undefined }, formData: {}, schema: {} },
  );
  return validation.addError.mock.calls.map(([message]) => message);
}

describe('validateVirtualServiceSelection', () => {
  it('lets a selection of at least one VirtualService go on', () => {
    expect(
      validate({ cluster: 'prod-eu', namespace: 'shop', names: ['catalog'] }),
    ).toEqual([]);
  });

  it('asks for at least one VirtualService', () => {
    expect(
      validate({ cluster: 'prod-eu', namespace: 'shop', names: [] }),
    ).toEqual(['Tick at least one VirtualService.']);
    expect(validate(undefined)).toEqual(['Tick at least one VirtualService.']);
  });

  it('refuses a value from a link that lacks its cluster', () => {
    expect(validate({ namespace: 'shop', names: ['catalog'] })).toEqual([
      'Pick VirtualServices of one cluster and namespace: the value needs cluster, namespace and names.',
    ]);
  });
});
