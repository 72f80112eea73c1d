import { checkIngressHost, ingressHostMatches } from './hostnames';

describe('ingressHostMatches (an Ingress wildcard matches exactly one label)', () => {
  it.each<[string | undefined, string, boolean]>([
    ['foo.com', 'foo.com', true],
    ['foo.com', 'bar.foo.com', false],
    ['*.foo.com', 'bar.foo.com', true],
    ['*.foo.com', 'baz.bar.foo.com', false],
    ['*.foo.com', 'foo.com', false],
    ['*.foo.com', '.foo.com', false],
    ['*.foo.com', 'bar.foo.org', false],
    ['*.foo.com', 'BAR.Foo.com', true],
    ['*.foo.com', '*.foo.com', true],
    ['*.bar.foo.com', 'x.bar.foo.com', true],
    [undefined, 'anything.example.com', true],
    ['', 'anything.example.com', true],
  ])('%s matches %s: %s', (pattern, hostname, expected) => {
    expect(ingressHostMatches(pattern, hostname)).toBe(expected);
  });
});

describe('checkIngressHost (what Kubernetes accepts as a rule host)', () => {
  it.each([
    'shop.example.com',
    '*.example.com',
    'localhost',
    'a-b.example-1.com',
  ])('%s is valid', host => {
    expect(checkIngressHost(host)).toBeUndefined();
  });

  it.each<[string, RegExp]>([
    ['*', /bare "\*"/],
    ['10.0.0.1', /IP addresses/],
    ['shop.example.com:8080', /ports/],
    ['[::1]', /ports/],
    ['Shop.example.com', /lower case/],
    ['shop.*.com', /whole first label/],
    ['*foo.example.com', /whole first label/],
    ['shop.example.com.', /DNS name/],
    ['-shop.example.com', /DNS name/],
    ['shop_1.example.com', /DNS name/],
    [`${'a'.repeat(64)}.example.com`, /63/],
    [`${'a.'.repeat(127)}com`, /253/],
  ])('%s is rejected: %s', (host, problem) => {
    expect(checkIngressHost(host)).toMatch(problem);
  });
});
