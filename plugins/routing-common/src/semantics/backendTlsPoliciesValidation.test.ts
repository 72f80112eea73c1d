import { toBackendTlsPolicy } from './backendTlsPoliciesModel';
import { caBundleFacts } from './backendTlsPoliciesCaBundle';
import { policyValidity } from './backendTlsPoliciesValidation';
import {
  backendTlsPolicy,
  caConfigMap,
} from './__testUtils__/backendTlsPolicies';
import type { CaBundleFacts } from './backendTlsPoliciesCaBundle';

const caBundles = new Map<string, CaBundleFacts>([
  ['shop/ca', caBundleFacts(caConfigMap('shop/ca'))],
  ['shop/empty', caBundleFacts(caConfigMap('shop/empty', {}))],
]);

function validity(
  validation: Record<string, unknown>,
  bundles: { caBundles?: Map<string, CaBundleFacts> } = { caBundles },
) {
  return policyValidity(
    toBackendTlsPolicy(backendTlsPolicy('shop/p', { validation })),
    bundles,
  );
}

const ref = (name: string, kind = 'ConfigMap', group = '') => ({
  group,
  kind,
  name,
});
const HOSTNAME = 'web.shop.internal';

describe('policyValidity', () => {
  it('accepts a ConfigMap holding a PEM bundle in ca.crt', () => {
    const v = validity({ caCertificateRefs: [ref('ca')], hostname: HOSTNAME });
    expect(v.rejection).toBeUndefined();
    expect(v.resolvedRefs).toMatchObject({
      status: 'True',
      reason: 'ResolvedRefs',
    });
  });

  it.each([
    [
      'a missing ConfigMap',
      ref('gone'),
      'InvalidCACertificateRef',
      'does not exist',
    ],
    [
      'a ConfigMap without ca.crt',
      ref('empty'),
      'InvalidCACertificateRef',
      'no ca.crt key',
    ],
    [
      'another kind',
      ref('ca', 'InvalidKind', 'invalid.io'),
      'InvalidKind',
      'kind InvalidKind in group invalid.io',
    ],
    [
      'a Secret (implementation-specific)',
      ref('ca', 'Secret'),
      'InvalidKind',
      'only core ConfigMaps',
    ],
  ])(
    'rejects a single reference to %s: NoValidCACertificate, ResolvedRefs %s',
    (_name, caRef, reason, says) => {
      const v = validity({ caCertificateRefs: [caRef], hostname: HOSTNAME });
      expect(v.rejection?.reason).toBe('NoValidCACertificate');
      expect(v.resolvedRefs).toMatchObject({ status: 'False', reason });
      expect(v.resolvedRefs.message).toContain(says);
      expect(v.caRefProblems[0].field).toBe(
        'spec.validation.caCertificateRefs[0]',
      );
    },
  );

  it('keeps the policy accepted when one of several references is valid, with ResolvedRefs False', () => {
    const v = validity({
      caCertificateRefs: [ref('ca'), ref('gone')],
      hostname: HOSTNAME,
    });
    expect(v.rejection).toBeUndefined();
    expect(v.resolvedRefs).toMatchObject({
      status: 'False',
      reason: 'InvalidCACertificateRef',
    });
    expect(v.caRefProblems.map(p => p.field)).toEqual([
      'spec.validation.caCertificateRefs[1]',
    ]);
  });

  it('leaves ConfigMaps unchecked when the input holds none', () => {
    const v = validity(
      { caCertificateRefs: [ref('gone')], hostname: HOSTNAME },
      {},
    );
    expect(v.rejection).toBeUndefined();
    expect(v.caRefsChecked).toBe(false);
    expect(v.resolvedRefs.status).toBe('True');
  });

  it('accepts wellKnownCACertificates System (implementation-specific support)', () => {
    const v = validity({
      wellKnownCACertificates: 'System',
      hostname: HOSTNAME,
    });
    expect(v.rejection).toBeUndefined();
    expect(v.resolvedRefs.status).toBe('True');
  });

  it("predicts Invalid for an implementation's own set of CA certificates", () => {
    const v = validity({
      wellKnownCACertificates: 'example.com/internal-cas',
      hostname: HOSTNAME,
    });
    expect(v.rejection).toMatchObject({
      reason: 'Invalid',
      field: 'spec.validation.wellKnownCACertificates',
    });
    expect(v.rejection?.refusedByApiServer).toBeUndefined();
  });

  it.each([
    [
      'both caCertificateRefs and wellKnownCACertificates',
      {
        caCertificateRefs: [ref('ca')],
        wellKnownCACertificates: 'System',
        hostname: HOSTNAME,
      },
      'must not contain both',
    ],
    ['neither', { hostname: HOSTNAME }, 'must specify either'],
    ['no hostname', { caCertificateRefs: [ref('ca')] }, 'hostname is required'],
  ])(
    'rejects %s as Invalid, which the API server refuses too',
    (_name, validation, says) => {
      const { rejection } = validity(validation);
      expect(rejection).toMatchObject({
        reason: 'Invalid',
        refusedByApiServer: true,
      });
      expect(rejection?.message).toContain(says);
    },
  );
});
