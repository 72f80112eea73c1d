import { checkDnsSubdomain } from './fieldRules';
import { checkTlsRouteHostname } from './hostnameRules';
import { checkKnownFields } from './knownFields';
import { checkBackendRef } from './referenceFields';
import { checkRouteHostnames, checkRouteParentRefs } from './routeParentFields';
import type { Report } from './routeFieldReport';
import {
  checkMaxItems,
  checkMinItems,
  checkRequired,
  checkString,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const SPEC_FIELDS = ['parentRefs', 'rules'];

/**
 * A TCPRoute's or UDPRoute's spec (v1): parentRefs, and exactly one rule with 1 to 16
 * backendRefs.
 */
export function checkStreamRoute(report: Report, spec: any, kind: string) {
  const known =
    kind === 'TLSRoute' ? ['hostnames', ...SPEC_FIELDS] : SPEC_FIELDS;
  checkKnownFields(report, 'spec', spec, known, `${kind} spec`);
  checkRouteParentRefs(report, spec.parentRefs);
  checkRequired(report, 'spec.rules', spec.rules);
  checkMinItems(report, 'spec.rules', spec.rules, 1);
  checkMaxItems(report, 'spec.rules', spec.rules, 1);
  asArray(spec.rules).forEach((rule, i) => {
    const field = `spec.rules[${i}]`;
    checkKnownFields(
      report,
      field,
      rule,
      ['name', 'backendRefs'],
      `${kind} rule`,
    );
    checkString(report, `${field}.name`, rule?.name, checkDnsSubdomain);
    checkRequired(report, `${field}.backendRefs`, rule?.backendRefs);
    checkMinItems(report, `${field}.backendRefs`, rule?.backendRefs, 1);
    checkMaxItems(report, `${field}.backendRefs`, rule?.backendRefs, 16);
    asArray(rule?.backendRefs).forEach((ref, b) =>
      checkBackendRef(report, `${field}.backendRefs[${b}]`, ref, {
        weighted: true,
      }),
    );
  });
}

/**
 * A TLSRoute's spec (v1): 1 to 1024 hostnames (no IP addresses, a wildcard only as the first
 * label), and the parentRefs and rule of a TCPRoute.
 */
export function checkTlsRoute(report: Report, spec: any) {
  checkRequired(report, 'spec.hostnames', spec.hostnames);
  checkRouteHostnames(report, spec.hostnames, 1, 1024, checkTlsRouteHostname);
  checkStreamRoute(report, spec, 'TLSRoute');
}
