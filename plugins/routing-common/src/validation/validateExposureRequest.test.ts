import { parseExposureRequest } from './parseExposureRequest';
import { validateExposureRequest } from './validateExposureRequest';
import { storefrontExposureRequest } from '../testUtils';

const { paths, ...base } = storefrontExposureRequest;

function fieldsOf(overrides: object) {
  return validateExposureRequest(
    parseExposureRequest({ ...base, ...overrides }),
  ).map(f => `${f.code} ${f.field}`);
}

describe('validateExposureRequest', () => {
  it('accepts a valid request and defaults the path to PathPrefix /', () => {
    const request = parseExposureRequest(base);
    expect(request.paths).toEqual([{ type: 'PathPrefix', value: '/' }]);
    expect(validateExposureRequest(request)).toEqual([]);
  });

  it.each([
    [{ entityRef: 'component:' }, 'InvalidEntityRef entityRef'],
    [{ namespace: 'Shop' }, 'InvalidName namespace'],
    [{ cluster: 'prod_eu' }, 'InvalidName cluster'],
    [{ service: { name: '9lives', port: 80 } }, 'InvalidName service.name'],
    [
      { service: { name: 'storefront', port: 65536 } },
      'InvalidPort service.port',
    ],
    [{ hostnames: [] }, 'InvalidHostname hostnames'],
    [
      { hostnames: ['a.example.com', 'a.example.com'] },
      'InvalidHostname hostnames[1]',
    ],
    [
      { hostnames: Array.from({ length: 17 }, (_, i) => `h${i}.example.com`) },
      'InvalidHostname hostnames',
    ],
    [{ paths: [] }, 'InvalidPath paths'],
    [
      { paths: [{ type: 'Exact', value: '/a//b' }] },
      'InvalidPath paths[0].value',
    ],
    [{ gateway: undefined }, 'NoMatchingParent gateway'],
    [
      { gateway: { namespace: 'infra', name: 'Public' } },
      'InvalidName gateway.name',
    ],
  ])('reports %j as %s', (overrides, expected) => {
    expect(fieldsOf(overrides)).toEqual([expected]);
  });
});

describe('parseExposureRequest', () => {
  it('names every field of the wrong shape', () => {
    expect(() =>
      parseExposureRequest({
        ...base,
        type: 'tcp',
        service: { name: 'a', port: '80' },
      }),
    ).toThrow(/type: .*; service\.port: /);
  });

  it('names the body when it is not an object', () => {
    expect(() => parseExposureRequest('hello')).toThrow(/body: /);
  });
});
