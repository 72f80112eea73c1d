import { parseExposureRequest } from './parseExposureRequest';
import { validateExposureRequest } from './validateExposureRequest';
import {
  cartGatewayExposureRequest,
  cartMeshExposureRequest,
  legacyIngressExposureRequest,
  storefrontExposureRequest,
} from '../testUtils';

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
    ['http', storefrontExposureRequest],
    ['grpc-mesh', cartMeshExposureRequest],
    ['grpc-gateway', cartGatewayExposureRequest],
    ['ingress', legacyIngressExposureRequest],
  ])('accepts the example %s request', (_, example) => {
    expect(validateExposureRequest(parseExposureRequest(example))).toEqual([]);
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
    [{ hostnames: [] }, 'MissingField hostnames'],
    [
      { hostnames: ['a.example.com', 'a.example.com'] },
      'InvalidHostname hostnames[1]',
    ],
    [
      { hostnames: Array.from({ length: 17 }, (_, i) => `h${i}.example.com`) },
      'TooManyItems hostnames',
    ],
    [{ paths: [] }, 'MissingField paths'],
    [
      { paths: [{ type: 'Exact', value: '/a//b' }] },
      'InvalidPath paths[0].value',
    ],
    [{ gateway: undefined }, 'MissingField gateway'],
    [
      { gateway: { namespace: 'infra', name: 'Public' } },
      'InvalidName gateway.name',
    ],
  ])('reports %j as %s', (overrides, expected) => {
    expect(fieldsOf(overrides)).toEqual([expected]);
  });

  it('reports an unsafe value alone, not also the rules of its field', () => {
    expect(
      fieldsOf({ hostnames: ['Shop.example.com\n---'], namespace: '{{ ns }}' }),
    ).toEqual(['UnsafeValue namespace', 'UnsafeValue hostnames[0]']);
  });

  it('reports every field the type does not use, and every field it needs', () => {
    expect(
      fieldsOf({
        type: 'grpc-mesh',
        paths: [{ type: 'Exact', value: '/a' }],
        ingressClassName: 'nginx',
      }),
    ).toEqual([
      'FieldNotUsed hostnames',
      'FieldNotUsed paths',
      'FieldNotUsed gateway',
      'MissingField grpc',
      'FieldNotUsed ingressClassName',
    ]);
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
