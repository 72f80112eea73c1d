import type { KubernetesObject } from '../../kubernetes/objects';
import {
  ACCEPTED,
  ACCEPTED_AND_RESOLVED,
  INFRA,
  infraRoute,
  readyListener,
  HTTPS_GATEWAY,
  HTTPS_LISTENERS,
} from './expectations';
import type { ConformanceCase, ExpectedConditions } from './types';

/** What a test asserts of a BackendTLSPolicy of the infra namespace under one Gateway ancestor. */
export interface ExpectedPolicy {
  policy: string;
  gateway: string;
  conditions: ExpectedConditions;
}

/**
 * A BackendTLSPolicy test as a table row: the route and listener assertions as in the other
 * tables, the policy's ancestor conditions, and, for the steps of a test that changes objects
 * in the cluster, the change (`edit`), after which only the policy assertions are checked.
 */
export interface BackendTlsCase extends ConformanceCase {
  policies: ExpectedPolicy[];
  edit?: (objects: KubernetesObject[]) => KubernetesObject[];
}

const POLICY_OK: ExpectedConditions = {
  Accepted: 'True/Accepted',
  ResolvedRefs: 'True/ResolvedRefs',
};

const policyAccepted: ExpectedConditions = { Accepted: 'True/Accepted' };

const noValidCa = (resolvedRefsReason: string): ExpectedConditions => ({
  Accepted: 'False/NoValidCACertificate',
  ResolvedRefs: `False/${resolvedRefsReason}`,
});

const under =
  (gateway: string, conditions: ExpectedConditions) =>
  (policy: string): ExpectedPolicy => ({ policy, gateway, conditions });

/** The objects with one policy of the infra namespace changed. */
function withPolicy(
  objects: KubernetesObject[],
  name: string,
  change: (validation: any) => any,
) {
  return objects.map(o =>
    o.kind === 'BackendTLSPolicy' && o.metadata?.name === name
      ? { ...o, spec: { ...o.spec, validation: change(o.spec.validation) } }
      : o,
  );
}

const RECONCILE_CM = 'tls-checks-ca-certificate-reconcile-test';

/** BackendTLSPolicy's reconcile step: reconcile-test switched to the test's own ConfigMap. */
function reconcileTestUsesOwnConfigMap(objects: KubernetesObject[]) {
  return withPolicy(objects, 'reconcile-test', validation => ({
    ...validation,
    caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: RECONCILE_CM }],
  }));
}

/** The test's own ConfigMap, with the shared one's ca.crt or the one given. */
function reconcileConfigMap(objects: KubernetesObject[], caCrt?: string) {
  const shared = objects.find(
    (o): o is KubernetesObject & { data: Record<string, string> } =>
      o.kind === 'ConfigMap' &&
      o.metadata?.name === 'tls-checks-ca-certificate',
  );
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: RECONCILE_CM, namespace: INFRA },
    data: { 'ca.crt': caCrt ?? shared?.data?.['ca.crt'] },
  };
}

/**
 * The tests of gateway-api v1.6.1 that assert a BackendTLSPolicy's status (feature
 * SupportBackendTLSPolicy, in the GATEWAY-HTTP profile): each policy's conditions under the
 * Gateway named in the test, and the routes and listeners `GatewayAndRoutesMustBeAccepted` and
 * `HTTPRouteMustHaveResolvedRefsConditionsTrue` check. GatewayTLSBackendClientCertificate's
 * assertion of the Gateway's own ResolvedRefs is in the Gateway table (gatewayHttpGateways.ts).
 */
export const backendTlsPolicyCases: BackendTlsCase[] = [
  {
    test: 'BackendTLSPolicy',
    fixture: 'backendtlspolicy',
    routes: [
      infraRoute(
        'HTTPRoute',
        'backendtlspolicy-reencrypt',
        HTTPS_GATEWAY,
        ACCEPTED_AND_RESOLVED,
      ),
      infraRoute(
        'HTTPRoute',
        'backendtlspolicy',
        'same-namespace',
        ACCEPTED_AND_RESOLVED,
      ),
    ],
    listeners: [
      ...HTTPS_LISTENERS.map(l => readyListener(HTTPS_GATEWAY, l)),
      readyListener('same-namespace', 'http'),
    ],
    policies: [
      under(HTTPS_GATEWAY, POLICY_OK)('normative-test'),
      ...[
        'normative-test',
        'host-mismatch',
        'cert-mismatch',
        'reconcile-test',
      ].map(under('same-namespace', POLICY_OK)),
    ],
  },
  {
    test: 'BackendTLSPolicy (reconcile-test on a ConfigMap not created yet)',
    fixture: 'backendtlspolicy',
    edit: reconcileTestUsesOwnConfigMap,
    policies: [
      under(
        'same-namespace',
        noValidCa('InvalidCACertificateRef'),
      )('reconcile-test'),
    ],
  },
  {
    test: 'BackendTLSPolicy (reconcile-test on its ConfigMap, created)',
    fixture: 'backendtlspolicy',
    edit: objects => [
      ...reconcileTestUsesOwnConfigMap(objects),
      reconcileConfigMap(objects),
    ],
    policies: [under('same-namespace', POLICY_OK)('reconcile-test')],
  },
  {
    test: 'BackendTLSPolicy (reconcile-test on its ConfigMap, ca.crt emptied)',
    fixture: 'backendtlspolicy',
    edit: objects => [
      ...reconcileTestUsesOwnConfigMap(objects),
      reconcileConfigMap(objects, ''),
    ],
    policies: [
      under(
        'same-namespace',
        noValidCa('InvalidCACertificateRef'),
      )('reconcile-test'),
    ],
  },
  {
    test: 'BackendTLSPolicyConflictResolution',
    fixture: 'backendtlspolicy-conflict-resolution',
    routes: [
      infraRoute(
        'HTTPRoute',
        'backendtlspolicy-conflict-resolution',
        'same-namespace',
        ACCEPTED_AND_RESOLVED,
      ),
    ],
    listeners: [readyListener('same-namespace', 'http')],
    policies: [
      ...[
        'conflicted-without-section-name-1',
        'conflicted-with-section-name-1',
        'not-conflicted-with-section-name',
        'not-conflicted-without-section-name',
      ].map(under('same-namespace', policyAccepted)),
      ...[
        'conflicted-without-section-name-2',
        'conflicted-with-section-name-2',
      ].map(under('same-namespace', { Accepted: 'False/Conflicted' })),
    ],
  },
  {
    test: 'BackendTLSPolicyInvalidCACertificateRef',
    fixture: 'backendtlspolicy-invalid-ca-certificate-ref',
    routes: [
      infraRoute(
        'HTTPRoute',
        'backendtlspolicy-invalid-ca-certificate-ref',
        'same-namespace',
        ACCEPTED,
      ),
    ],
    listeners: [readyListener('same-namespace', 'http')],
    policies: [
      'nonexistent-ca-certificate-ref',
      'malformed-ca-certificate-ref',
    ].map(under('same-namespace', noValidCa('InvalidCACertificateRef'))),
  },
  {
    test: 'BackendTLSPolicyInvalidKind',
    fixture: 'backendtlspolicy-invalid-kind',
    routes: [
      infraRoute(
        'HTTPRoute',
        'backendtlspolicy-invalid-kind-test',
        'same-namespace',
        ACCEPTED,
      ),
    ],
    listeners: [readyListener('same-namespace', 'http')],
    policies: [
      under('same-namespace', noValidCa('InvalidKind'))('invalid-kind'),
    ],
  },
  {
    test: 'BackendTLSPolicyObservedGenerationBump (hostname changed)',
    fixture: 'backendtlspolicy-observed-generation-bump',
    edit: objects =>
      withPolicy(objects, 'observed-generation-bump', validation => ({
        ...validation,
        hostname: 'foo.example.com',
      })),
    policies: [
      under('same-namespace', { Accepted: 'True' })('observed-generation-bump'),
    ],
  },
  {
    test: 'BackendTLSPolicySANValidation',
    fixture: 'backendtlspolicy-san',
    routes: [
      infraRoute(
        'HTTPRoute',
        'backendtlspolicy-san-test',
        'same-namespace',
        ACCEPTED_AND_RESOLVED,
      ),
    ],
    listeners: [readyListener('same-namespace', 'http')],
    policies: [
      'san-dns',
      'san-dns-mismatch',
      'san-uri',
      'san-uri-mismatch',
      'multiple-sans',
      'multiple-mismatch-sans',
    ].map(under('same-namespace', policyAccepted)),
  },
  {
    test: 'GatewayTLSBackendClientCertificate',
    fixture: 'gateway-tls-backend-client-certificate',
    routes: [
      infraRoute(
        'HTTPRoute',
        'gateway-tls-backend-client-certificate',
        'gateway-tls-backend-client-certificate',
        ACCEPTED_AND_RESOLVED,
      ),
    ],
    listeners: [
      readyListener('gateway-tls-backend-client-certificate', 'http'),
    ],
    policies: [
      under(
        'gateway-tls-backend-client-certificate',
        policyAccepted,
      )('gateway-tls-backend-client-certificate-test'),
    ],
  },
];
