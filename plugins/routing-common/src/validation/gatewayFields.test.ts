import { object, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const listeners = [{ name: 'http', port: 80, protocol: 'HTTP' }];
const gateway = (spec: Record<string, unknown>) =>
  object('Gateway', { gatewayClassName: 'istio', listeners, ...spec });

describe('Gateway spec (class, addresses, allowedListeners, frontend TLS ports)', () => {
  it.each<Case>([
    ['a minimal Gateway', gateway({}), []],
    [
      'no gatewayClassName',
      gateway({ gatewayClassName: undefined }),
      [
        'spec.gatewayClassName InvalidField Gateway shop/x: spec.gatewayClassName is required',
      ],
    ],
    [
      'no listeners',
      gateway({ listeners: undefined }),
      [
        'spec.listeners InvalidField Gateway shop/x: spec.listeners is required',
      ],
    ],
    [
      'allowedListeners from Same',
      gateway({ allowedListeners: { namespaces: { from: 'Same' } } }),
      [],
    ],
    [
      'allowedListeners from Any',
      gateway({ allowedListeners: { namespaces: { from: 'Any' } } }),
      ['spec.allowedListeners.namespaces.from InvalidField'],
    ],
    [
      'two addresses',
      gateway({
        addresses: [
          { value: '10.0.0.1' },
          { type: 'Hostname', value: 'lb.example.com' },
        ],
      }),
      [],
    ],
    [
      'a repeated IP address',
      gateway({
        addresses: [
          { value: '10.0.0.1' },
          { type: 'IPAddress', value: '10.0.0.1' },
        ],
      }),
      ['spec.addresses[1].value InvalidField'],
    ],
    [
      'a repeated hostname',
      gateway({
        addresses: [
          { type: 'Hostname', value: 'a.com' },
          { type: 'Hostname', value: 'a.com' },
        ],
      }),
      ['spec.addresses[1].value InvalidField'],
    ],
    [
      'an upper-case Hostname address',
      gateway({ addresses: [{ type: 'Hostname', value: 'LB.com' }] }),
      ['spec.addresses[0].value InvalidField'],
    ],
    [
      'one frontend TLS port twice',
      gateway({
        tls: {
          frontend: {
            default: {
              validation: {
                caCertificateRefs: [
                  { group: '', kind: 'ConfigMap', name: 'ca' },
                ],
              },
            },
            perPort: [
              { port: 443, tls: {} },
              { port: 443, tls: {} },
            ],
          },
        },
      }),
      ['spec.tls.frontend.perPort[1].port InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('Gateway infrastructure, tls and selectors', () => {
  const ca = { group: '', kind: 'ConfigMap', name: 'ca' };
  it.each<Case>([
    [
      'labels and annotations',
      gateway({
        infrastructure: {
          labels: { 'example.com/team': 'shop' },
          annotations: { note: 'any text at all' },
        },
      }),
      [],
    ],
    [
      'a label key with a space',
      gateway({ infrastructure: { labels: { 'a b': 'c' } } }),
      [
        'spec.infrastructure.labels InvalidField Gateway shop/x: spec.infrastructure.labels must have label keys',
      ],
    ],
    [
      'a label value with a space',
      gateway({ infrastructure: { labels: { a: 'c d' } } }),
      ['spec.infrastructure.labels.a InvalidField'],
    ],
    [
      'an annotation key starting with "-"',
      gateway({ infrastructure: { annotations: { '-a': 'c' } } }),
      ['spec.infrastructure.annotations InvalidField'],
    ],
    [
      '9 labels',
      gateway({
        infrastructure: {
          labels: Object.fromEntries(
            Array.from({ length: 9 }, (_, i) => [`k${i}`, 'v']),
          ),
        },
      }),
      ['spec.infrastructure.labels InvalidField'],
    ],
    [
      'a parametersRef without kind',
      gateway({
        infrastructure: { parametersRef: { group: 'example.com', name: 'p' } },
      }),
      ['spec.infrastructure.parametersRef.kind InvalidField'],
    ],
    [
      'a frontend default',
      gateway({
        tls: {
          frontend: {
            default: {
              validation: {
                caCertificateRefs: [ca],
                mode: 'AllowInsecureFallback',
              },
            },
          },
        },
      }),
      [],
    ],
    [
      'two frontend TLS ports',
      gateway({
        tls: {
          frontend: {
            default: { validation: { caCertificateRefs: [ca] } },
            perPort: [
              { port: 443, tls: { validation: { caCertificateRefs: [ca] } } },
              { port: 8443, tls: {} },
            ],
          },
        },
      }),
      [],
    ],
    [
      'a client certificate',
      gateway({
        tls: { backend: { clientCertificateRef: { name: 'client' } } },
      }),
      [],
    ],
    [
      'a frontend without default',
      gateway({ tls: { frontend: {} } }),
      ['spec.tls.frontend.default InvalidField'],
    ],
    [
      'no CA references',
      gateway({
        tls: {
          frontend: { default: { validation: { caCertificateRefs: [] } } },
        },
      }),
      ['spec.tls.frontend.default.validation.caCertificateRefs InvalidField'],
    ],
    [
      'an unknown validation mode',
      gateway({
        tls: {
          frontend: {
            default: { validation: { caCertificateRefs: [ca], mode: 'X' } },
          },
        },
      }),
      ['spec.tls.frontend.default.validation.mode InvalidField'],
    ],
    [
      'a client certificate without name',
      gateway({ tls: { backend: { clientCertificateRef: {} } } }),
      ['spec.tls.backend.clientCertificateRef.name InvalidField'],
    ],
    [
      'a selector expression without operator',
      gateway({
        allowedListeners: {
          namespaces: {
            from: 'Selector',
            selector: { matchExpressions: [{ key: 'a' }] },
          },
        },
      }),
      [
        'spec.allowedListeners.namespaces.selector.matchExpressions[0].operator InvalidField',
      ],
    ],
    [
      'a domain-prefixed address type',
      gateway({ addresses: [{ type: 'example.com/vip', value: 'v' }] }),
      [],
    ],
    [
      'an unknown address type',
      gateway({ addresses: [{ type: 'foo', value: 'v' }] }),
      ['spec.addresses[0].type InvalidField'],
    ],
    [
      'an unknown spec field',
      gateway({ defaultScope: 'All' }),
      [
        'spec.defaultScope InvalidField Gateway shop/x: spec.defaultScope is not a field of the standard-channel Gateway spec',
      ],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
