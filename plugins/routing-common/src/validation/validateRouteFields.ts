import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import { checkBackendTlsPolicy } from './backendTlsPolicyFields';
import { checkGateway } from './gatewayFields';
import { checkHttpOrGrpcRoute } from './httpRouteFields';
import { checkListenerSet } from './listenerSetFields';
import { checkStreamRoute, checkTlsRoute } from './streamRouteFields';
import type { Report } from './routeFieldReport';
import { reporter } from './routeFieldReport';
import { describeObject } from '../kubernetes/objectFields';

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

/** The spec check of each kind, as its v1 standard-channel CRD validates it. */
const SPEC_CHECKS = new Map<string, (report: Report, spec: any) => void>(
  Object.entries({
    HTTPRoute: (report, spec) =>
      checkHttpOrGrpcRoute(report, 'HTTPRoute', spec),
    GRPCRoute: (report, spec) =>
      checkHttpOrGrpcRoute(report, 'GRPCRoute', spec),
    TLSRoute: checkTlsRoute,
    TCPRoute: (report, spec) => checkStreamRoute(report, spec, 'TCPRoute'),
    UDPRoute: (report, spec) => checkStreamRoute(report, spec, 'UDPRoute'),
    Gateway: checkGateway,
    ListenerSet: checkListenerSet,
    BackendTLSPolicy: checkBackendTlsPolicy,
  }),
);

/**
 * Checks the fields of a Gateway API object (gateway.networking.k8s.io/v1: HTTPRoute,
 * GRPCRoute, TLSRoute, TCPRoute, UDPRoute, Gateway, ListenerSet, BackendTLSPolicy) against the
 * Gateway API v1.6 standard-channel CRD validation that needs no other object: OpenAPI
 * patterns, lengths, enums, required fields, minItems and maxItems, unique list entries, and
 * the `x-kubernetes-validations` CEL rules. Each broken rule is an error finding with `field`
 * as the JSON path (`spec.rules[1].matches[0].path.value`) and code InvalidHostname
 * (hostnames), InvalidPath (Exact and PathPrefix path values) or InvalidField. Other kinds and
 * API versions give no findings.
 *
 * @public
 */
export function validateRouteFields(object: KubernetesObject): Finding[] {
  const check = SPEC_CHECKS.get(object.kind ?? '');
  if (object.apiVersion !== GATEWAY_API || !check) return [];
  const findings: Finding[] = [];
  check(reporter(describeObject(object), findings), object.spec ?? {});
  return findings;
}
