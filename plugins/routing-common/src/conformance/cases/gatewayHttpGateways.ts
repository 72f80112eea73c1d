import type {
  ConformanceCase,
  ExpectedConditions,
  ExpectedGateway,
  ExpectedListener,
} from './types';
import {
  ACCEPTED_AND_RESOLVED,
  INFRA,
  infraRoute,
  readyListener,
} from './expectations';

const infra = (name: string) => `${INFRA}/${name}`;

/** What `GatewayStatusMustHaveListeners` asserts of one listener: kinds, attached routes, conditions. */
function listenerStatus(
  gateway: string,
  listener: string,
  supportedKinds: string[],
  attachedRoutes: number,
  conditions: ExpectedConditions,
): ExpectedListener {
  return {
    gateway: infra(gateway),
    listener,
    attachedRoutes,
    supportedKinds,
    conditions,
  };
}

/** The listener conditions most `GatewayStatusMustHaveListeners` calls want: Accepted and ResolvedRefs True. */
const LISTENER_ACCEPTED_AND_RESOLVED: ExpectedConditions = {
  Accepted: 'True',
  ResolvedRefs: 'True',
};

/** An HTTP or HTTPS listener that allows every kind its protocol carries. */
const HTTP_KINDS = ['HTTPRoute', 'GRPCRoute'];

/** A listener whose CA certificate references for client certificate validation all fail. */
const noValidCaCertificate = (resolvedRefsReason: string) => ({
  ResolvedRefs: `False/${resolvedRefsReason}`,
  Accepted: 'False/NoValidCACertificate',
  Programmed: 'False',
});

const gatewayConditions = (
  gateway: string,
  conditions: ExpectedConditions,
): ExpectedGateway => ({ gateway: infra(gateway), conditions });

/** GatewayHTTPListenerIsolation: four routes, one per listener, all accepted and resolved. */
function listenerIsolation(gateway: string, suffix: string): ConformanceCase {
  const listeners = [
    'empty-hostname',
    'wildcard-example-com',
    'wildcard-foo-example-com',
    'abc-foo-example-com',
  ];
  return {
    test: `GatewayHTTPListenerIsolation (${
      suffix ? 'intersecting hostnames' : 'hostnames in listeners only'
    })`,
    fixture: `gateway-${gateway}`,
    routes: listeners.map(listener =>
      infraRoute(
        'HTTPRoute',
        `attaches-to-${listener}${suffix}`,
        gateway,
        ACCEPTED_AND_RESOLVED,
        { sectionName: listener },
      ),
    ),
    listeners: listeners.map(listener => readyListener(gateway, listener)),
  };
}

/** GatewayFrontendClientCertificateValidation and its insecure-fallback form: both routes accepted. */
function clientCertificateValidation(
  test: string,
  fixture: string,
  gateway: string,
  routes: [string, string],
): ConformanceCase {
  return {
    test,
    fixture,
    routes: [
      infraRoute('HTTPRoute', routes[0], gateway, ACCEPTED_AND_RESOLVED),
      infraRoute('HTTPRoute', routes[1], gateway, ACCEPTED_AND_RESOLVED, {
        sectionName: 'https-with-hostname',
      }),
    ],
    listeners: ['https', 'https-with-hostname'].map(listener =>
      readyListener(gateway, listener),
    ),
  };
}

/**
 * The GATEWAY-HTTP profile's tests of gateway-api v1.6.1 about Gateways themselves
 * (gateway-*.go and gatewayclass-*.go) that assert status. The suite's
 * `GatewayStatusMustHaveListeners` wants the listed kinds among supportedKinds, where the
 * harness compares them exactly: an HTTP listener without allowedRoutes.kinds lists HTTPRoute
 * and GRPCRoute. Not here: the tests that assert only addresses or observedGeneration, and
 * GatewayInvalidParametersRef, since whether an infrastructure.parametersRef resolves depends on
 * the parameter kinds of the implementation, which an offline analysis cannot know.
 */
export const gatewayHttpGatewayCases: ConformanceCase[] = [
  listenerIsolation('http-listener-isolation', ''),
  listenerIsolation(
    'http-listener-isolation-with-hostname-intersection',
    '-with-hostname-intersection',
  ),
  {
    test: 'GatewayInfrastructure',
    fixture: 'gateway-infrastructure',
    gateways: [
      gatewayConditions('gateway-with-infrastructure-metadata', {
        Accepted: 'True',
      }),
    ],
  },
  {
    test: 'GatewayFrontendInvalidDefaultClientCertificateValidation',
    fixture: 'gateway-invalid-default-frontend-client-certificate-validation',
    listeners: [
      readyListener('invalid-default-client-validation-config', 'http'),
      {
        gateway: infra('invalid-default-client-validation-config'),
        listener: 'https',
        conditions: noValidCaCertificate('InvalidCACertificateRef'),
      },
    ],
  },
  {
    test: 'GatewayListenerUnsupportedProtocol',
    fixture: 'gateway-invalid-listeners-unsupported-protocol',
    gateways: [
      gatewayConditions('gateway-only-unsupported-protocols', {
        Accepted: 'False/ListenersNotValid',
      }),
      gatewayConditions('gateway-supported-and-unsupported-protocols', {
        Accepted: 'True/ListenersNotValid',
      }),
    ],
    listeners: [
      listenerStatus('gateway-only-unsupported-protocols', 'invalid', [], 0, {
        Accepted: 'False/UnsupportedProtocol',
      }),
      listenerStatus(
        'gateway-supported-and-unsupported-protocols',
        'http',
        HTTP_KINDS,
        0,
        { Accepted: 'True/Accepted' },
      ),
      listenerStatus(
        'gateway-supported-and-unsupported-protocols',
        'invalid',
        [],
        0,
        { Accepted: 'False/UnsupportedProtocol' },
      ),
    ],
  },
  {
    test: 'GatewayInvalidRouteKind',
    fixture: 'gateway-invalid-route-kind',
    listeners: [
      listenerStatus('gateway-only-invalid-route-kind', 'http', [], 0, {
        ResolvedRefs: 'False/InvalidRouteKinds',
      }),
      listenerStatus(
        'gateway-supported-and-invalid-route-kind',
        'http',
        ['HTTPRoute'],
        0,
        { ResolvedRefs: 'False/InvalidRouteKinds' },
      ),
    ],
  },
  {
    test: 'GatewayInvalidTLSBackendConfiguration',
    fixture: 'gateway-invalid-tls-backend-configuration',
    gateways: [
      ['nonexistent-secret', 'InvalidClientCertificateRef'],
      ['unsupported-group', 'InvalidClientCertificateRef'],
      ['unsupported-kind', 'InvalidClientCertificateRef'],
      ['malformed-secret', 'InvalidClientCertificateRef'],
      ['missing-reference-grant', 'RefNotPermitted'],
    ].map(([gateway, reason]) =>
      gatewayConditions(`gateway-client-certificate-${gateway}`, {
        ResolvedRefs: `False/${reason}`,
        Accepted: 'True/Accepted',
      }),
    ),
  },
  {
    test: 'GatewayInvalidTLSConfiguration',
    fixture: 'gateway-invalid-tls-configuration',
    listeners: [
      'nonexistent-secret',
      'unsupported-group',
      'unsupported-kind',
      'malformed-secret',
    ].map(gateway =>
      listenerStatus(`gateway-certificate-${gateway}`, 'https', HTTP_KINDS, 0, {
        ResolvedRefs: 'False/InvalidCertificateRef',
      }),
    ),
  },
  {
    test: 'GatewayModifyListeners',
    fixture: 'gateway-modify-listeners',
    listeners: [
      ['gateway-add-listener', 'https'],
      ['gateway-add-listener', 'http'],
      ['gateway-remove-listener', 'http'],
    ].map(([gateway, listener]) =>
      listenerStatus(
        gateway,
        listener,
        HTTP_KINDS,
        1,
        LISTENER_ACCEPTED_AND_RESOLVED,
      ),
    ),
  },
  ...[
    ['GatewaySecretInvalidReferenceGrant', 'invalid'],
    ['GatewaySecretMissingReferenceGrant', 'missing'],
  ].map(
    ([test, grant]): ConformanceCase => ({
      test,
      fixture: `gateway-secret-${grant}-reference-grant`,
      listeners: [
        listenerStatus(
          `gateway-secret-${grant}-reference-grant`,
          'https',
          HTTP_KINDS,
          0,
          { ResolvedRefs: 'False/RefNotPermitted' },
        ),
      ],
    }),
  ),
  ...[
    ['GatewaySecretReferenceGrantAllInNamespace', 'all-in-namespace'],
    ['GatewaySecretReferenceGrantSpecific', 'specific'],
  ].map(
    ([test, grant]): ConformanceCase => ({
      test,
      fixture: `gateway-secret-reference-grant-${grant}`,
      listeners: [
        listenerStatus(
          `gateway-secret-reference-grant-${grant}`,
          'https',
          HTTP_KINDS,
          0,
          { Programmed: 'True/Programmed', ResolvedRefs: 'True' },
        ),
      ],
    }),
  ),
  {
    // The route, listener and BackendTLSPolicy assertions are in the BackendTLSPolicy table.
    test: 'GatewayTLSBackendClientCertificate',
    fixture: 'gateway-tls-backend-client-certificate',
    gateways: [
      gatewayConditions('gateway-tls-backend-client-certificate', {
        ResolvedRefs: 'True/ResolvedRefs',
      }),
    ],
  },
  {
    test: 'GatewayWithAttachedRoutes',
    fixture: 'gateway-with-attached-routes',
    routes: [
      infraRoute(
        'HTTPRoute',
        'http-route-not-accepted',
        'gateway-with-two-attached-routes',
        { Accepted: 'False/NoMatchingListenerHostname' },
      ),
      infraRoute(
        'HTTPRoute',
        'http-route-4',
        'unresolved-gateway-with-one-attached-unresolved-route',
        { ResolvedRefs: 'False' },
        { sectionName: 'tls' },
      ),
    ],
    listeners: [
      listenerStatus(
        'gateway-with-one-attached-route',
        'http',
        ['HTTPRoute'],
        1,
        LISTENER_ACCEPTED_AND_RESOLVED,
      ),
      listenerStatus(
        'gateway-with-two-attached-routes',
        'http',
        ['HTTPRoute'],
        2,
        LISTENER_ACCEPTED_AND_RESOLVED,
      ),
      listenerStatus(
        'unresolved-gateway-with-one-attached-unresolved-route',
        'tls',
        ['HTTPRoute'],
        1,
        { Programmed: 'False', ResolvedRefs: 'False' },
      ),
    ],
  },
  {
    test: 'GatewayWithAttachedRoutesWithPort8080',
    fixture: 'gateway-with-attached-routes-with-port-8080',
    listeners: (
      [
        ['http-unattached', 0],
        ['http', 1],
      ] as const
    ).map(([listener, attached]) =>
      listenerStatus(
        'gateway-with-two-listeners-and-one-attached-route',
        listener,
        ['HTTPRoute'],
        attached,
        LISTENER_ACCEPTED_AND_RESOLVED,
      ),
    ),
  },
  {
    ...clientCertificateValidation(
      'GatewayFrontendClientCertificateValidationInsecureFallback',
      'gateway-with-clientcertificate-validation-insecure-fallback',
      'client-validation-insecure-fallback',
      [
        'client-cert-validation-insecure-fallback-test',
        'client-cert-validation-insecure-fallback-test-no-hostname',
      ],
    ),
    gateways: [
      gatewayConditions('client-validation-insecure-fallback', {
        InsecureFrontendValidationMode: 'True/ConfigurationChanged',
      }),
    ],
  },
  clientCertificateValidation(
    'GatewayFrontendClientCertificateValidation',
    'gateway-with-clientcertificate-validation',
    'client-validation-default',
    [
      'client-certificate-validation-https-test',
      'client-certificate-validation-https-test-no-hostname',
    ],
  ),
  {
    test: 'GatewayInvalidFrontendClientCertificateValidation',
    fixture: 'gateway-with-invalid-clientcertificate-validation',
    listeners: [
      readyListener('gateway-with-invalid-client-cert-validation', 'https'),
      ...[
        ['https-unresolved', 'InvalidCACertificateRef'],
        ['https-invalid-kind', 'InvalidCACertificateKind'],
        ['https-grant-missing', 'RefNotPermitted'],
      ].map(([listener, reason]) => ({
        gateway: infra('gateway-with-invalid-client-cert-validation'),
        listener,
        conditions: noValidCaCertificate(reason),
      })),
    ],
  },
];
