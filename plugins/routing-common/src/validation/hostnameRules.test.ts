import { checkPreciseHostname, checkWildcardHostname } from './hostnameRules';

describe.each<
  [string, (value: string) => string | undefined, string[], string[]]
>([
  [
    'checkPreciseHostname',
    checkPreciseHostname,
    ['shop.example.com', 'a', '10.0.0.1'],
    ['', '*.a.com', 'A.com', 'a.com:80', 'a_b.com', `${'a.'.repeat(127)}ab`],
  ],
  [
    'checkWildcardHostname',
    checkWildcardHostname,
    ['*.example.com', 'shop.example.com'],
    ['*', 'a.*.com', '**.a.com', 'A.com', 'a.com.'],
  ],
])('%s', (_, check, valid, invalid) => {
  it.each(valid)('accepts %s', value => expect(check(value)).toBeUndefined());
  it.each(invalid)('rejects %s', value =>
    expect(check(value)).toMatch(/^must /),
  );
});
