import {
  checkGatewayHostname,
  checkHttpPath,
  checkListenerName,
  checkMeshDuration,
  checkPort,
  checkProtobufMethodName,
  checkProtobufServiceName,
  checkRetryAttempts,
  checkRetryOn,
  checkSafeText,
  checkServiceName,
} from './fieldRules';

describe('checkGatewayHostname', () => {
  it.each(['shop.example.com', '*.shop.example.com', 'a', 'x-1.example.com'])(
    'accepts %s',
    hostname => expect(checkGatewayHostname(hostname)).toBeUndefined(),
  );

  it.each([
    ['Shop.example.com', /lower-case DNS name/],
    ['shop_1.example.com', /lower-case DNS name/],
    ['*', /lower-case DNS name/],
    ['foo.*.example.com', /lower-case DNS name/],
    ['10.0.0.1', /IP addresses/],
    ['shop.example.com:443', /ports are not allowed/],
    ['', /1 to 253/],
    [`${'a'.repeat(64)}.example.com`, /at most 63/],
  ])('rejects %s', (hostname, rule) => {
    expect(checkGatewayHostname(hostname)).toMatch(rule);
  });
});

describe('checkHttpPath', () => {
  it.each(['/', '/api', '/api/v1/', '/a%20b', "/~user/it's"])(
    'accepts %s',
    path => expect(checkHttpPath(path)).toBeUndefined(),
  );

  it.each([
    ['api', /start with "\/"/],
    ['/a//b', /"\/\/"/],
    ['/a/./b', /"\/\.\/"/],
    ['/a/.', /"\/\."/],
    ['/a/../b', /"\/\.\.\/"/],
    ['/a/..', /"\/\.\."/],
    ['/a%2Fb', /%2f/],
    ['/a#b', /"#"/],
    ['/a b', /URL path characters/],
  ])('rejects %s', (path, rule) => {
    expect(checkHttpPath(path)).toMatch(rule);
  });
});

describe('checkPort and checkServiceName', () => {
  it.each([0, 65536, 1.5, -1])('rejects port %s', port => {
    expect(checkPort(port)).toMatch(/1 to 65535/);
  });

  it('accepts ports 1 and 65535', () => {
    expect(checkPort(1)).toBeUndefined();
    expect(checkPort(65535)).toBeUndefined();
  });

  it('rejects Service names that start with a digit', () => {
    expect(checkServiceName('1shop')).toMatch(/DNS-1035/);
    expect(checkServiceName('shop-1')).toBeUndefined();
  });
});

describe('rules of exposure request values', () => {
  it.each([
    'shop.example.com',
    'a-b',
    '{ not a template }',
    '$HOME',
    '--- not a separator',
  ])('takes %j as safe text', value => {
    expect(checkSafeText(value)).toBeUndefined();
  });

  it.each([
    ['a\tb', /control characters/],
    ['a\u0000', /control characters/],
    ['{{x}}', /template expressions/],
    ['${{ x }}', /template expressions/],
    ['{% if %}', /template expressions/],
    [' --- ', /YAML document separator/],
  ])('refuses %j as unsafe text', (value, rule) => {
    expect(checkSafeText(value)).toMatch(rule);
  });

  it('accepts protobuf names, listener names, retries and mesh durations that Istio takes', () => {
    expect(checkProtobufServiceName('shop.cart.v1.Cart')).toBeUndefined();
    expect(checkProtobufServiceName('_internal.Svc_2')).toBeUndefined();
    expect(checkProtobufMethodName('AddItem')).toBeUndefined();
    expect(checkListenerName('https.shop')).toBeUndefined();
    expect(checkListenerName('a'.repeat(63))).toBeUndefined();
    expect(checkRetryOn('5xx,reset,connect-failure,503')).toBeUndefined();
    expect(checkRetryOn('unavailable')).toBeUndefined();
    expect(checkRetryAttempts(0)).toBeUndefined();
    expect(checkRetryAttempts(10)).toBeUndefined();
    expect(checkMeshDuration('1m30s')).toBeUndefined();
    expect(checkMeshDuration('1ms')).toBeUndefined();
  });
});
