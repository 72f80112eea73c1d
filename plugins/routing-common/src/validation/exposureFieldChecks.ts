import type { ExposureRequest } from '../types/exposure';
import type { Finding } from '../types/findings';
import { ExposureFindingCodes as Codes } from './exposureCodes';
import {
  limitFindings,
  repeatsRule,
  ruleFindings,
  valueFindings,
} from './exposureFindings';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkDuration,
  checkGatewayHostname,
  checkHeaderName,
  checkHeaderValue,
  checkHttpPath,
  checkListenerName,
  checkMeshDuration,
  checkProtobufMethodName,
  checkProtobufServiceName,
  checkRetryAttempts,
  checkRetryOn,
} from './fieldRules';

/*
 * The checks of the fields that some exposure types read, one function per field. Each
 * exposure kind runs the ones for its fields; whether a field must or must not be given is
 * `fieldUseFindings`' job, so these only look at values that are there.
 */

/** Hostnames: Gateway API (and Ingress) hostnames, at most 16, none repeated. */
export function hostnameFindings(request: ExposureRequest): Finding[] {
  const { hostnames } = request;
  return [
    ...limitFindings('hostnames', hostnames),
    ...hostnames.flatMap((hostname, index) =>
      ruleFindings(
        Codes.InvalidHostname,
        `hostnames[${index}]`,
        checkGatewayHostname(hostname) ??
          repeatsRule(hostnames, index, h => h, 'hostnames'),
      ),
    ),
  ];
}

/** Paths: HTTPRoute path values (the CRD's rules), at most 16, none repeated. */
export function pathFindings(request: ExposureRequest): Finding[] {
  const { paths } = request;
  return [
    ...limitFindings('paths', paths),
    ...paths.flatMap((path, index) =>
      ruleFindings(
        Codes.InvalidPath,
        `paths[${index}].value`,
        checkHttpPath(path.value) ??
          repeatsRule(paths, index, p => `${p.type} ${p.value}`, 'paths'),
      ),
    ),
  ];
}

/** Header matches: HTTP token names (repeated names, in any case, refused) and 1-4096 character values. */
export function headerFindings(request: ExposureRequest): Finding[] {
  const headers = request.headers ?? [];
  return [
    ...limitFindings('headers', headers),
    ...headers.flatMap((header, index) => [
      ...ruleFindings(
        Codes.InvalidHeader,
        `headers[${index}].name`,
        checkHeaderName(header.name) ??
          repeatsRule(
            headers,
            index,
            h => h.name.toLocaleLowerCase('en-US'),
            'headers',
          ),
      ),
      ...ruleFindings(
        Codes.InvalidHeader,
        `headers[${index}].value`,
        checkHeaderValue(header.value),
      ),
    ]),
  ];
}

/** The Gateway reference: namespace (DNS label), name (DNS subdomain), listener name. */
export function gatewayFindings(request: ExposureRequest): Finding[] {
  const { gateway } = request;
  if (!gateway) return [];
  return [
    ...ruleFindings(
      Codes.InvalidName,
      'gateway.namespace',
      checkDnsLabel(gateway.namespace),
    ),
    ...ruleFindings(
      Codes.InvalidName,
      'gateway.name',
      checkDnsSubdomain(gateway.name),
    ),
    ...valueFindings(
      Codes.InvalidName,
      'gateway.sectionName',
      gateway.sectionName,
      checkListenerName,
    ),
  ];
}

/** gRPC entries: protobuf service and method names, a method only with its service, at most 16, none repeated. */
export function grpcFindings(request: ExposureRequest): Finding[] {
  const entries = request.grpc ?? [];
  return [
    ...limitFindings('grpc', entries),
    ...entries.flatMap((entry, index) => {
      const field = `grpc[${index}]`;
      const serviceRule =
        entry.service === '' && entry.method
          ? `must name the service of method "${entry.method}", such as "shop.cart.v1.Cart"`
          : checkProtobufServiceName(entry.service);
      return [
        ...ruleFindings(Codes.InvalidGrpcName, `${field}.service`, serviceRule),
        ...valueFindings(
          Codes.InvalidGrpcName,
          `${field}.method`,
          entry.method,
          checkProtobufMethodName,
        ),
        ...ruleFindings(
          Codes.InvalidGrpcName,
          field,
          repeatsRule(
            entries,
            index,
            e => `${e.service}/${e.method ?? ''}`,
            'grpc',
          ),
        ),
      ];
    }),
  ];
}

/** The request timeout of an HTTPRoute rule: a Gateway API Duration (`0s` turns it off). */
export function routeTimeoutFindings(request: ExposureRequest): Finding[] {
  return valueFindings(
    Codes.InvalidDuration,
    'timeout',
    request.timeout,
    checkDuration,
  );
}

/** The timeout and retries of an Istio HTTP route: durations of at least 1ms, 0-10 attempts, known conditions. */
export function meshRouteFindings(request: ExposureRequest): Finding[] {
  const { timeout, retries } = request;
  return [
    ...valueFindings(
      Codes.InvalidDuration,
      'timeout',
      timeout,
      checkMeshDuration,
    ),
    ...valueFindings(
      Codes.InvalidRetries,
      'retries.attempts',
      retries?.attempts,
      checkRetryAttempts,
    ),
    ...valueFindings(
      Codes.InvalidDuration,
      'retries.perTryTimeout',
      retries?.perTryTimeout,
      checkMeshDuration,
    ),
    ...valueFindings(
      Codes.InvalidRetries,
      'retries.retryOn',
      retries?.retryOn,
      checkRetryOn,
    ),
  ];
}

function checkObjectName(value: string, what: string): string | undefined {
  if (value === '') return `must not be empty: name the ${what}`;
  return checkDnsSubdomain(value);
}

/** The IngressClass and the TLS Secret of an Ingress: DNS subdomains. */
export function ingressFindings(request: ExposureRequest): Finding[] {
  const { ingressClassName, tls } = request;
  return [
    ...valueFindings(
      Codes.InvalidIngressClassName,
      'ingressClassName',
      ingressClassName,
      name => checkObjectName(name, 'IngressClass'),
    ),
    ...valueFindings(
      Codes.InvalidSecretName,
      'tls.secretName',
      tls?.secretName,
      name => checkObjectName(name, 'Secret holding the certificate'),
    ),
  ];
}
