import {
  checkDuration,
  checkGrpcMethodName,
  checkGrpcServiceName,
  checkGroup,
  checkHeaderName,
  checkKind,
  checkLength,
} from './fieldRules';

describe.each<
  [string, (value: string) => string | undefined, string[], string[]]
>([
  [
    'checkHeaderName',
    checkHeaderName,
    ['X-Env', "a!#$%&'*+-.^_`|~1"],
    ['', 'a b', ':path', 'a'.repeat(257)],
  ],
  [
    'checkGrpcServiceName',
    checkGrpcServiceName,
    ['shop.Cart', '.shop.v1.Cart', '_a'],
    ['shop/Cart', '1shop', 'shop..Cart'],
  ],
  [
    'checkGrpcMethodName',
    checkGrpcMethodName,
    ['Get', 'get_1', '_x'],
    ['1Get', 'Get.Cart', 'a-b'],
  ],
  [
    'checkKind',
    checkKind,
    ['Gateway', 'Service-1'],
    ['', '1Gateway', 'Gate_way', 'a'.repeat(64)],
  ],
  [
    'checkGroup',
    checkGroup,
    ['', 'gateway.networking.k8s.io'],
    ['Gateway.io', 'a_b'],
  ],
  [
    'checkDuration',
    checkDuration,
    ['10s', '1h30m', '500ms', '1h1m1s1ms'],
    ['10', '1d', '1h1m1s1ms1h', '123456s'],
  ],
])('%s', (_, check, valid, invalid) => {
  it.each(valid)('accepts %s', value => expect(check(value)).toBeUndefined());
  it.each(invalid)('rejects %s', value =>
    expect(check(value)).toMatch(/^must /),
  );
});

describe('checkLength', () => {
  it.each<[string, number, number, string | undefined]>([
    ['ab', 1, 2, undefined],
    ['', 1, 2, 'must be 1 to 2 characters'],
    ['abc', 0, 2, 'must be at most 2 characters'],
  ])('%s within %d-%d', (value, min, max, rule) => {
    expect(checkLength(value, min, max)).toBe(rule);
  });
});
