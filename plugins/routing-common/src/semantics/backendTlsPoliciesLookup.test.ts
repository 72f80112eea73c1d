import { backendTlsPolicyFor } from './backendTlsPoliciesLookup';
import type { AnalyzedBackendTlsPolicy } from './types';

function policy(
  name: string,
  target: { sectionName?: string; port?: number; conflictedWith?: string },
): AnalyzedBackendTlsPolicy {
  return {
    namespace: 'shop',
    name,
    targetRefs: [{ group: '', kind: 'Service', name: 'web', ...target }],
    validation: { caCertificateRefs: [], subjectAltNames: [] },
    valid: true,
    ancestors: [],
  };
}

const whole = policy('whole', {});
const https = policy('https', { sectionName: 'https', port: 443 });
const loser = policy('loser', {
  sectionName: 'admin',
  port: 9443,
  conflictedWith: 'shop/winner',
});
const policies = [whole, https, loser];

describe('backendTlsPolicyFor', () => {
  it('prefers the policy on the backend port over the one on the whole Service', () => {
    expect(
      backendTlsPolicyFor(policies, {
        namespace: 'shop',
        name: 'web',
        port: 443,
      }),
    ).toBe(https);
  });

  it('falls back to the whole-Service policy on other ports, and past a conflicted one', () => {
    expect(
      backendTlsPolicyFor(policies, {
        namespace: 'shop',
        name: 'web',
        port: 8080,
      }),
    ).toBe(whole);
    expect(
      backendTlsPolicyFor(policies, {
        namespace: 'shop',
        name: 'web',
        port: 9443,
      }),
    ).toBe(whole);
  });

  it('finds nothing for a Service of another namespace or name', () => {
    expect(
      backendTlsPolicyFor(policies, {
        namespace: 'data',
        name: 'web',
        port: 443,
      }),
    ).toBeUndefined();
    expect(
      backendTlsPolicyFor(policies, {
        namespace: 'shop',
        name: 'db',
        port: 443,
      }),
    ).toBeUndefined();
  });
});
