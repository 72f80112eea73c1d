import type { KubernetesObject } from '../kubernetes/objects';
import type { GatewayTls, ListenerSpec, ObjectReference } from './model';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import {
  gateway,
  httpRoute,
  referenceGrant,
  service,
} from './__testUtils__/builders';
import { caConfigMap } from './__testUtils__/backendTlsPolicies';
import { listenerCondition, attachedRoutes } from './__testUtils__/read';

const https = (name: string, port: number): Partial<ListenerSpec> => ({
  name,
  port,
  protocol: 'HTTPS',
  tls: { certificateRefs: [{ name: 'tls' }] },
});

/** Gateway infra/public with listeners https (443), https-8443 and http (80), and spec.tls. */
function withFrontend(frontend: GatewayTls['frontend']): KubernetesObject {
  const object = gateway('infra/public', [
    https('https', 443),
    https('https-8443', 8443),
    {},
  ]);
  return { ...object, spec: { ...object.spec, tls: { frontend } } };
}

const caRefs = (...refs: Array<Partial<ObjectReference>>) => ({
  validation: {
    caCertificateRefs: refs.map(
      (ref): ObjectReference => ({
        group: '',
        kind: 'ConfigMap',
        name: 'ca',
        ...ref,
      }),
    ),
  },
});

function listeners(objects: KubernetesObject[]) {
  const analysis = analyzeGatewayApi(objects);
  return Object.fromEntries(
    ['https', 'https-8443', 'http'].map(name => [
      name,
      (['Accepted', 'ResolvedRefs'] as const)
        .map(type => listenerCondition(analysis, 'public', name, type))
        .join(' '),
    ]),
  );
}

const READY = 'True/Accepted True/ResolvedRefs';
const noValidCa = (reason: string) =>
  `False/NoValidCACertificate False/${reason}`;

describe('client certificate validation of HTTPS listeners (spec: FrontendTLSValidation)', () => {
  it('accepts a ConfigMap of the Gateway namespace holding a PEM certificate in ca.crt', () => {
    expect(
      listeners([
        withFrontend({ default: caRefs({ name: 'ca' }) }),
        caConfigMap('infra/ca'),
      ]),
    ).toEqual({ https: READY, 'https-8443': READY, http: READY });
  });

  it('applies the default to every HTTPS listener and a perPort entry to its port only, never to HTTP', () => {
    expect(
      listeners([
        withFrontend({
          default: caRefs({ name: 'gone' }),
          perPort: [
            { port: 8443, tls: caRefs({ name: 'ca' }) },
            { port: 80, tls: caRefs({ name: 'gone' }) },
          ],
        }),
        caConfigMap('infra/ca'),
      ]),
    ).toEqual({
      https: noValidCa('InvalidCACertificateRef'),
      'https-8443': READY,
      http: READY,
    });
  });

  it.each([
    ['a missing ConfigMap', { name: 'gone' }, 'InvalidCACertificateRef'],
    [
      'a ConfigMap without ca.crt',
      { name: 'empty' },
      'InvalidCACertificateRef',
    ],
    [
      'another kind',
      { kind: 'Service', name: 'ca' },
      'InvalidCACertificateKind',
    ],
    [
      'another group',
      { group: 'example.com', name: 'ca' },
      'InvalidCACertificateKind',
    ],
    [
      'a ConfigMap of another namespace',
      { name: 'ca', namespace: 'certs' },
      'RefNotPermitted',
    ],
  ])(
    'does not accept a listener whose only CA certificate is %s',
    (_case, ref, reason) => {
      const result = listeners([
        withFrontend({ default: caRefs(ref) }),
        caConfigMap('infra/ca'),
        caConfigMap('certs/ca'),
        caConfigMap('infra/empty', {}),
      ]);
      expect(result.https).toBe(noValidCa(reason));
    },
  );

  it('lets a ReferenceGrant open a ConfigMap of another namespace to Gateways', () => {
    const grant = referenceGrant(
      'certs/g',
      [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          namespace: 'infra',
        },
      ],
      [{ group: '', kind: 'ConfigMap' }],
    );
    expect(
      listeners([
        withFrontend({ default: caRefs({ name: 'ca', namespace: 'certs' }) }),
        caConfigMap('certs/ca'),
        grant,
      ]).https,
    ).toBe(READY);
  });

  it('keeps a listener accepted, with ResolvedRefs False, while one of its CA certificates can be used', () => {
    expect(
      listeners([
        withFrontend({ default: caRefs({ name: 'ca' }, { name: 'gone' }) }),
        caConfigMap('infra/ca'),
      ]).https,
    ).toBe('True/Accepted False/InvalidCACertificateRef');
  });

  it('leaves ConfigMaps unchecked when the input holds none', () => {
    expect(
      listeners([withFrontend({ default: caRefs({ name: 'gone' }) })]).https,
    ).toBe(READY);
  });

  it('attaches no route to a listener without a valid CA certificate', () => {
    const analysis = analyzeGatewayApi([
      withFrontend({ default: caRefs({ name: 'gone' }) }),
      caConfigMap('infra/ca'),
      httpRoute('infra/web'),
      service('infra/web'),
    ]);
    expect(
      ['https', 'https-8443', 'http'].map(l =>
        attachedRoutes(analysis, 'public', l),
      ),
    ).toEqual([0, 0, 1]);
  });
});

describe('the InsecureFrontendValidationMode condition of a Gateway', () => {
  const insecure = (frontend: GatewayTls['frontend']) => {
    const analysis = analyzeGatewayApi([
      withFrontend(frontend),
      caConfigMap('infra/ca'),
    ]);
    const found = analysis.gateways[0].conditions.find(
      c => c.type === 'InsecureFrontendValidationMode',
    );
    return {
      condition: found && `${found.status}/${found.reason}`,
      warnings: analysis.findings
        .filter(f => f.code === 'InsecureFrontendValidationMode')
        .map(f => f.severity),
    };
  };
  const fallback = {
    validation: {
      mode: 'AllowInsecureFallback',
      caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'ca' }],
    },
  };

  it.each([
    ['the default', { default: fallback }],
    [
      'a perPort entry',
      {
        default: caRefs({ name: 'ca' }),
        perPort: [{ port: 8443, tls: fallback }],
      },
    ],
  ])(
    'is True with ConfigurationChanged, and warns, when %s allows insecure fallback',
    (_case, frontend) => {
      expect(insecure(frontend)).toEqual({
        condition: 'True/ConfigurationChanged',
        warnings: ['warning'],
      });
    },
  );

  it('is absent while every validation allows valid certificates only', () => {
    expect(
      insecure({
        default: {
          validation: {
            ...caRefs({ name: 'ca' }).validation,
            mode: 'AllowValidOnly',
          },
        },
      }),
    ).toEqual({ condition: undefined, warnings: [] });
  });
});
