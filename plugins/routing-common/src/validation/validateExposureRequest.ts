import { parseEntityRef } from '@backstage/catalog-model';
import { ExposureRequest } from '../types/exposure';
import { Finding } from '../types/findings';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkGatewayHostname,
  checkHttpPath,
  checkPort,
  checkServiceName,
} from './fieldRules';

/** The Gateway API limit on hostnames per route. */
const MAX_HOSTNAMES = 16;

function error(code: string, field: string, rule: string): Finding {
  return { severity: 'error', code, field, message: `${field} ${rule}` };
}

function checkField(
  findings: Finding[],
  code: string,
  field: string,
  rule: string | undefined,
) {
  if (rule) findings.push(error(code, field, rule));
}

function checkEntityRef(findings: Finding[], entityRef: string) {
  try {
    parseEntityRef(entityRef);
  } catch (e) {
    findings.push(
      error(
        'InvalidEntityRef',
        'entityRef',
        `must be an entity reference such as "component:default/storefront" (${
          (e as Error).message
        })`,
      ),
    );
  }
}

function checkHostnames(findings: Finding[], request: ExposureRequest) {
  if (request.hostnames.length > MAX_HOSTNAMES) {
    findings.push(
      error(
        'InvalidHostname',
        'hostnames',
        `must list at most ${MAX_HOSTNAMES} hostnames`,
      ),
    );
  }
  if (request.hostnames.length === 0 && request.type !== 'grpc-mesh') {
    findings.push(
      error('InvalidHostname', 'hostnames', 'must list at least one hostname'),
    );
  }
  const seen = new Set<string>();
  request.hostnames.forEach((hostname, index) => {
    const field = `hostnames[${index}]`;
    checkField(
      findings,
      'InvalidHostname',
      field,
      checkGatewayHostname(hostname),
    );
    if (seen.has(hostname)) {
      findings.push(error('InvalidHostname', field, `repeats "${hostname}"`));
    }
    seen.add(hostname);
  });
}

function checkPaths(findings: Finding[], request: ExposureRequest) {
  if (request.paths.length === 0) {
    findings.push(error('InvalidPath', 'paths', 'must list at least one path'));
  }
  request.paths.forEach((path, index) => {
    checkField(
      findings,
      'InvalidPath',
      `paths[${index}].value`,
      checkHttpPath(path.value),
    );
  });
}

/**
 * Checks the values of a structurally valid exposure request against the rules that the
 * Kubernetes API server and the Gateway API CRDs would enforce, so nothing is written that the
 * cluster would reject. Every finding names the field it is about.
 */
export function validateExposureRequest(request: ExposureRequest): Finding[] {
  const findings: Finding[] = [];
  checkEntityRef(findings, request.entityRef);
  checkField(
    findings,
    'InvalidName',
    'cluster',
    checkDnsSubdomain(request.cluster),
  );
  checkField(
    findings,
    'InvalidName',
    'namespace',
    checkDnsLabel(request.namespace),
  );
  if (request.name !== undefined) {
    checkField(
      findings,
      'InvalidName',
      'name',
      checkDnsSubdomain(request.name),
    );
  }
  checkField(
    findings,
    'InvalidName',
    'service.name',
    checkServiceName(request.service.name),
  );
  checkField(
    findings,
    'InvalidPort',
    'service.port',
    checkPort(request.service.port),
  );
  checkHostnames(findings, request);
  checkPaths(findings, request);
  if (request.type === 'http' && !request.gateway) {
    findings.push(
      error(
        'NoMatchingParent',
        'gateway',
        'is required for an HTTP exposure: name the shared Gateway to attach to',
      ),
    );
  }
  if (request.gateway) {
    checkField(
      findings,
      'InvalidName',
      'gateway.namespace',
      checkDnsLabel(request.gateway.namespace),
    );
    checkField(
      findings,
      'InvalidName',
      'gateway.name',
      checkDnsSubdomain(request.gateway.name),
    );
    if (request.gateway.sectionName !== undefined) {
      checkField(
        findings,
        'InvalidName',
        'gateway.sectionName',
        checkDnsSubdomain(request.gateway.sectionName),
      );
    }
  }
  return findings;
}
