import { object, times, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const cert = { certificateRefs: [{ name: 'shop-tls' }] };
const http = { name: 'http', port: 80, protocol: 'HTTP' };
const https = {
  name: 'https',
  port: 443,
  protocol: 'HTTPS',
  hostname: 'shop.example.com',
  tls: cert,
};

describe.each([
  ['Gateway', { gatewayClassName: 'istio' }],
  ['ListenerSet', { parentRef: { name: 'public' } }],
])('%s listeners', (kind, base) => {
  const owner = (...listeners: unknown[]) =>
    object(kind, { ...base, listeners });
  const at = 'spec.listeners';
  it.each<Case>([
    ['HTTP and HTTPS', owner(http, https), []],
    [
      'TLS passthrough',
      owner({
        name: 'tls',
        port: 443,
        protocol: 'TLS',
        tls: { mode: 'Passthrough' },
      }),
      [],
    ],
    [
      'TLS with tls defaulted to Terminate',
      owner({ name: 'tls', port: 443, protocol: 'TLS', tls: cert }),
      [],
    ],
    [
      'HTTPS without tls (the CRD allows it)',
      owner({ name: 'https', port: 443, protocol: 'HTTPS' }),
      [],
    ],
    [
      'a domain-prefixed protocol',
      owner({ name: 'x', port: 9000, protocol: 'example.com/quic' }),
      [],
    ],
    [
      'no listeners',
      owner(),
      [`${at} InvalidField ${kind} shop/x: ${at} must have at least 1 entry`],
    ],
    [
      '65 listeners',
      owner(
        ...Array.from({ length: 65 }, (_, i) => ({
          ...http,
          name: `l${i}`,
          port: 1000 + i,
        })),
      ),
      [`${at} InvalidField`],
    ],
    [
      'a repeated name',
      owner(http, { ...https, name: 'http' }),
      [
        `${at}[1].name InvalidField ${kind} shop/x: ${at}[1].name must be unique`,
      ],
    ],
    [
      'a repeated port, protocol and hostname',
      owner(http, { ...http, name: 'http2' }),
      [
        `${at}[1] InvalidField ${kind} shop/x: ${at}[1] must not repeat the port, protocol and hostname of ${at}[0]`,
      ],
    ],
    [
      'one port, two hostnames',
      owner(
        { ...http, hostname: 'a.com' },
        { ...http, name: 'b', hostname: 'b.com' },
      ),
      [],
    ],
    [
      'a name with "_"',
      owner({ ...http, name: 'a_b' }),
      [`${at}[0].name InvalidField`],
    ],
    [
      'no port',
      owner({ name: 'x', protocol: 'HTTP' }),
      [`${at}[0].port InvalidField`],
    ],
    [
      'port 65536',
      owner({ ...http, port: 65536 }),
      [`${at}[0].port InvalidField`],
    ],
    [
      'no protocol',
      owner({ name: 'x', port: 80 }),
      [`${at}[0].protocol InvalidField`],
    ],
    [
      'a protocol with a space',
      owner({ ...http, protocol: 'H T' }),
      [`${at}[0].protocol InvalidField`],
    ],
    [
      'an upper-case hostname',
      owner({ ...http, hostname: 'Shop.com' }),
      [`${at}[0].hostname InvalidHostname`],
    ],
    [
      'tls on HTTP',
      owner({ ...http, tls: cert }),
      [
        `${at}[0].tls InvalidField ${kind} shop/x: ${at}[0].tls must not be set for protocol HTTP`,
      ],
    ],
    [
      'Passthrough on HTTPS',
      owner({ ...https, tls: { mode: 'Passthrough' } }),
      [`${at}[0].tls.mode InvalidField`],
    ],
    [
      'TLS without tls',
      owner({ name: 'tls', port: 443, protocol: 'TLS' }),
      [`${at}[0].tls InvalidField`],
    ],
    [
      'a hostname on TCP',
      owner({ name: 'db', port: 5432, protocol: 'TCP', hostname: 'db.com' }),
      [`${at}[0].hostname InvalidField`],
    ],
    [
      'Terminate without certificates or options',
      owner({ ...https, tls: { mode: 'Terminate' } }),
      [
        `${at}[0].tls InvalidField ${kind} shop/x: ${at}[0].tls must give certificateRefs or options when mode is Terminate`,
      ],
    ],
    [
      'Terminate with options only',
      owner({ ...https, tls: { options: { 'example.com/cert': 'vault' } } }),
      [],
    ],
    [
      '17 options',
      owner({
        ...https,
        tls: {
          ...cert,
          options: Object.fromEntries(
            times(17, 'v').map((v, i) => [`k${i}`, v]),
          ),
        },
      }),
      [`${at}[0].tls.options InvalidField`],
    ],
    [
      'an unknown tls mode',
      owner({
        name: 'tls',
        port: 443,
        protocol: 'TLS',
        tls: { ...cert, mode: 'Mutual' },
      }),
      [`${at}[0].tls.mode InvalidField`],
    ],
    [
      'a certificateRef namespace with "."',
      owner({
        ...https,
        tls: { certificateRefs: [{ name: 'c', namespace: 'a.b' }] },
      }),
      [`${at}[0].tls.certificateRefs[0].namespace InvalidField`],
    ],
    [
      'allowedRoutes of one kind from a selector',
      owner({
        ...http,
        allowedRoutes: {
          kinds: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }],
          namespaces: {
            from: 'Selector',
            selector: { matchLabels: { a: 'b' } },
          },
        },
      }),
      [],
    ],
    [
      'allowedRoutes from Everywhere',
      owner({ ...http, allowedRoutes: { namespaces: { from: 'Everywhere' } } }),
      [`${at}[0].allowedRoutes.namespaces.from InvalidField`],
    ],
    [
      'allowedRoutes kinds without kind',
      owner({
        ...http,
        allowedRoutes: { kinds: [{ group: 'gateway.networking.k8s.io' }] },
      }),
      [`${at}[0].allowedRoutes.kinds[0].kind InvalidField`],
    ],
    [
      '9 allowedRoutes kinds',
      owner({
        ...http,
        allowedRoutes: { kinds: times(9, { kind: 'HTTPRoute' }) },
      }),
      [`${at}[0].allowedRoutes.kinds InvalidField`],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('listener selectors and unknown fields', () => {
  const gw = (...listeners: unknown[]) =>
    object('Gateway', { gatewayClassName: 'istio', listeners });
  it.each<Case>([
    [
      'a selector expression without key',
      gw({
        ...http,
        allowedRoutes: {
          namespaces: {
            from: 'Selector',
            selector: { matchExpressions: [{ operator: 'In' }] },
          },
        },
      }),
      [
        'spec.listeners[0].allowedRoutes.namespaces.selector.matchExpressions[0].key InvalidField',
      ],
    ],
    [
      'a selector by labels',
      gw({
        ...http,
        allowedRoutes: {
          namespaces: {
            from: 'Selector',
            selector: { matchLabels: { a: 'b' } },
          },
        },
      }),
      [],
    ],
    [
      'a listener field in the wrong place',
      gw({ ...http, certificateRefs: [] }),
      [
        'spec.listeners[0].certificateRefs InvalidField Gateway shop/x: spec.listeners[0].certificateRefs is not a field of the standard-channel Listener',
      ],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
