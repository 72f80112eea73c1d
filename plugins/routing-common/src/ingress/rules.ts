import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IngressFindingCodes } from './codes';
import { checkIngressHost, ingressHostMatches } from './hostnames';
import { asArray, describeObject } from '../kubernetes/objectFields';

/** InvalidHostname for each `spec.rules[].host` that Kubernetes would reject. */
export function checkRuleHosts(ingress: KubernetesObject): Finding[] {
  const findings: Finding[] = [];
  asArray(ingress.spec?.rules).forEach((rule, i) => {
    const host = rule?.host;
    if (typeof host !== 'string' || host === '') return;
    const problem = checkIngressHost(host);
    if (problem) {
      findings.push({
        severity: 'error',
        code: IngressFindingCodes.InvalidHostname,
        message: `${describeObject(
          ingress,
        )}: host "${host}" is invalid: ${problem}`,
        field: `spec.rules[${i}].host`,
      });
    }
  });
  return findings;
}

/**
 * UnusedTlsHost (info) for each `spec.tls[].hosts` entry that no rule serves. A rule serves a
 * TLS host when the hosts are equal or one wildcard covers the other (Ingress one-label
 * wildcards); a rule without host serves every TLS host.
 */
export function checkTlsHosts(ingress: KubernetesObject): Finding[] {
  const ruleHosts = asArray(ingress.spec?.rules).map(
    rule => rule?.host as string | undefined,
  );
  const findings: Finding[] = [];
  asArray(ingress.spec?.tls).forEach((tls, i) => {
    asArray<string>(tls?.hosts).forEach((host, k) => {
      if (typeof host !== 'string') return;
      const used = ruleHosts.some(
        ruleHost =>
          !ruleHost ||
          ingressHostMatches(ruleHost, host) ||
          ingressHostMatches(host, ruleHost),
      );
      if (used) return;
      findings.push({
        severity: 'info',
        code: IngressFindingCodes.UnusedTlsHost,
        message: `${describeObject(
          ingress,
        )}: TLS host "${host}" is not the host of any rule, so no request for it is routed by this Ingress`,
        field: `spec.tls[${i}].hosts[${k}]`,
      });
    });
  });
  return findings;
}

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];

/** Why Kubernetes would reject an HTTP path of an Ingress rule, or undefined when valid. */
function pathProblem(path: unknown, pathType: unknown): string | undefined {
  if (pathType === undefined)
    return 'pathType is required (Exact, Prefix or ImplementationSpecific)';
  if (!PATH_TYPES.includes(String(pathType))) {
    return `pathType "${pathType}" is not one of ${PATH_TYPES.join(', ')}`;
  }
  if (
    pathType !== 'ImplementationSpecific' &&
    !String(path ?? '').startsWith('/')
  ) {
    return `a ${pathType} path must start with "/"`;
  }
  return undefined;
}

/** InvalidPath (error) for each rule path with a missing or unknown pathType or a relative path. */
export function checkRulePaths(ingress: KubernetesObject): Finding[] {
  const findings: Finding[] = [];
  asArray(ingress.spec?.rules).forEach((rule, i) => {
    asArray(rule?.http?.paths).forEach((entry, j) => {
      const problem = pathProblem(entry?.path, entry?.pathType);
      if (!problem) return;
      findings.push({
        severity: 'error',
        code: IngressFindingCodes.InvalidPath,
        message: `${describeObject(ingress)}: path "${
          entry?.path ?? ''
        }" is invalid: ${problem}`,
        field: `spec.rules[${i}].http.paths[${j}]`,
      });
    });
  });
  return findings;
}
