import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, service } from './__testUtils__/builders';
import {
  backendTlsPolicy,
  caConfigMap,
} from './__testUtils__/backendTlsPolicies';
import type { KubernetesObject } from '../kubernetes/objects';
import type { Analysis } from './types';

const base: KubernetesObject[] = [
  gateway('infra/public', [{ allowedRoutes: { namespaces: { from: 'All' } } }]),
  gateway('infra/internal', [
    { allowedRoutes: { namespaces: { from: 'All' } } },
  ]),
  service('shop/web', {
    ports: [
      { name: 'https', port: 443 },
      { name: 'http', port: 8080 },
    ],
  }),
  caConfigMap('shop/ca'),
];

const toPublic = (key: string, port = 443, name = 'web') =>
  httpRoute(key, {
    parentRefs: [{ name: 'public', namespace: 'infra' }],
    backendRefs: [{ name, port }],
  });

/** `Gateway: Accepted=Status/Reason ResolvedRefs=Status/Reason` per ancestor of a policy. */
function ancestors(analysis: Analysis, name: string) {
  const policy = analysis.backendTlsPolicies?.find(p => p.name === name);
  return policy?.ancestors.map(
    a =>
      `${a.ancestorRef.namespace}/${a.ancestorRef.name}: ${a.conditions
        .map(c => `${c.type}=${c.status}/${c.reason}`)
        .join(' ')}`,
  );
}

const codes = (analysis: Analysis, severity?: string) =>
  analysis.findings
    .filter(f => f.message.includes('BackendTLSPolicy'))
    .filter(f => !severity || f.severity === severity)
    .map(f => f.code);

describe('BackendTLSPolicy analysis', () => {
  it('reports the policy under every Gateway whose attached routes use the Service', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      toPublic('shop/a'),
      httpRoute('shop/b', {
        parentRefs: [{ name: 'internal', namespace: 'infra' }],
        backendRefs: [{ name: 'web', port: 443 }],
      }),
      backendTlsPolicy('shop/tls'),
    ]);
    expect(ancestors(analysis, 'tls')).toEqual([
      'infra/public: Accepted=True/Accepted ResolvedRefs=True/ResolvedRefs',
      'infra/internal: Accepted=True/Accepted ResolvedRefs=True/ResolvedRefs',
    ]);
    expect(analysis.backendTlsPolicies?.[0]).toMatchObject({
      namespace: 'shop',
      valid: true,
      targetRefs: [{ group: '', kind: 'Service', name: 'web' }],
    });
    expect(codes(analysis)).toEqual([]);
  });

  it('leaves out backendTlsPolicies when the input holds none', () => {
    expect(analyzeGatewayApi([...base, toPublic('shop/a')])).not.toHaveProperty(
      'backendTlsPolicies',
    );
  });

  it('has no ancestors when no attached route reaches the targeted port', () => {
    const onHttps = backendTlsPolicy('shop/tls', {
      targetRefs: [
        { group: '', kind: 'Service', name: 'web', sectionName: 'https' },
      ],
    });
    expect(ancestors(analyzeGatewayApi([...base, onHttps]), 'tls')).toEqual([]);
    const viaHttpPort = analyzeGatewayApi([
      ...base,
      toPublic('shop/a', 8080),
      onHttps,
    ]);
    expect(ancestors(viaHttpPort, 'tls')).toEqual([]);
    expect(viaHttpPort.backendTlsPolicies?.[0].targetRefs[0].port).toBe(443);
  });

  it('says TargetNotFound where a route uses a Service that does not exist', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      toPublic('shop/a', 443, 'gone'),
      backendTlsPolicy('shop/tls', {
        targetRefs: [{ group: '', kind: 'Service', name: 'gone' }],
      }),
    ]);
    expect(ancestors(analysis, 'tls')).toEqual([
      'infra/public: Accepted=False/TargetNotFound ResolvedRefs=True/ResolvedRefs',
    ]);
    expect(codes(analysis, 'warning')).toEqual(['TargetNotFound']);
    expect(analysis.backendTlsPolicies?.[0].valid).toBe(false);
  });

  it('lets the oldest policy on a target take precedence even when it is invalid', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      toPublic('shop/a'),
      backendTlsPolicy('shop/old', {
        creationTimestamp: '2026-01-01T00:00:00Z',
        validation: {
          caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'ca' }],
        },
      }),
      backendTlsPolicy('shop/new', {
        creationTimestamp: '2026-02-01T00:00:00Z',
      }),
    ]);
    expect(ancestors(analysis, 'old')).toEqual([
      'infra/public: Accepted=False/Invalid ResolvedRefs=True/ResolvedRefs',
    ]);
    expect(ancestors(analysis, 'new')).toEqual([
      'infra/public: Accepted=False/Conflicted ResolvedRefs=True/ResolvedRefs',
    ]);
    // The missing hostname is a CRD rule: the field checks report it, not this analysis.
    expect(codes(analysis)).toEqual(['Conflicted']);
    expect(analysis.backendTlsPolicies?.[1].targetRefs[0].conflictedWith).toBe(
      'shop/old',
    );
  });

  it('finds every unusable CA certificate reference, once per policy', () => {
    const refs = (...names: string[]) => ({
      hostname: 'web.shop.internal',
      caCertificateRefs: names.map(name => ({
        group: '',
        kind: 'ConfigMap',
        name,
      })),
    });
    const analysis = analyzeGatewayApi([
      ...base,
      toPublic('shop/a'),
      backendTlsPolicy('shop/none', { validation: refs('gone') }),
      backendTlsPolicy('shop/some', {
        targetRefs: [
          { group: '', kind: 'Service', name: 'web', sectionName: 'https' },
        ],
        validation: refs('ca', 'gone'),
      }),
    ]);
    expect(ancestors(analysis, 'none')).toEqual([
      'infra/public: Accepted=False/NoValidCACertificate ResolvedRefs=False/InvalidCACertificateRef',
    ]);
    expect(ancestors(analysis, 'some')).toEqual([
      'infra/public: Accepted=True/Accepted ResolvedRefs=False/InvalidCACertificateRef',
    ]);
    expect(
      analysis.findings
        .filter(f => f.message.includes('BackendTLSPolicy'))
        .map(f => [f.severity, f.code, f.field]),
    ).toEqual([
      ['error', 'NoValidCACertificate', 'spec.validation.caCertificateRefs'],
      [
        'error',
        'InvalidCACertificateRef',
        'spec.validation.caCertificateRefs[1]',
      ],
    ]);
  });

  it('notes that wellKnownCACertificates System has implementation-specific support', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      toPublic('shop/a'),
      backendTlsPolicy('shop/tls', {
        validation: {
          wellKnownCACertificates: 'System',
          hostname: 'web.shop.internal',
        },
      }),
    ]);
    expect(ancestors(analysis, 'tls')).toEqual([
      'infra/public: Accepted=True/Accepted ResolvedRefs=True/ResolvedRefs',
    ]);
    expect(codes(analysis, 'info')).toEqual(['ImplementationSpecific']);
  });

  it('says once that CA certificates were not checked when the input holds no ConfigMap', () => {
    const analysis = analyzeGatewayApi([
      ...base.filter(o => o.kind !== 'ConfigMap'),
      backendTlsPolicy('shop/a'),
      backendTlsPolicy('shop/b'),
    ]);
    const notes = analysis.findings.filter(
      f => f.code === 'CACertificateRefsNotChecked',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain(
      'BackendTLSPolicy shop/a, BackendTLSPolicy shop/b',
    );
  });
});
