import { isIpv4Address } from './ipAddress';

/**
 * Field rules that the Gateway API CRDs and Kubernetes enforce, as plain functions returning
 * the broken rule in words (or undefined when the value is fine). Messages name the rule so
 * the caller can prefix the field.
 */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const GATEWAY_HOSTNAME =
  /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HTTP_PATH_CHARACTERS =
  /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/;

/**
 * A Kubernetes name that must be a DNS-1123 label (Namespaces, most names).
 *
 * @public
 */
export function checkDnsLabel(value: string): string | undefined {
  if (value.length > 63) return 'must be at most 63 characters';
  if (!DNS_LABEL.test(value)) {
    return 'must be a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit';
  }
  return undefined;
}

/**
 * A Service name: a DNS-1035 label (starts with a letter).
 *
 * @public
 */
export function checkServiceName(value: string): string | undefined {
  if (value.length > 63) return 'must be at most 63 characters';
  if (!DNS_1035_LABEL.test(value)) {
    return 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit';
  }
  return undefined;
}

/**
 * An object name that must be a DNS-1123 subdomain (routes, Gateways).
 *
 * @public
 */
export function checkDnsSubdomain(value: string): string | undefined {
  if (value.length > 253) return 'must be at most 253 characters';
  const broken = value.split('.').find(label => checkDnsLabel(label));
  if (broken !== undefined) {
    return 'must be a DNS subdomain: dot-separated DNS labels of lower-case letters, digits and "-"';
  }
  return undefined;
}

/**
 * A port number.
 *
 * @public
 */
export function checkPort(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    return 'must be a whole number from 1 to 65535';
  }
  return undefined;
}

/**
 * A Gateway API hostname (HTTPRoute.spec.hostnames, Listener.hostname): a DNS subdomain, an
 * optional leading `*.` wildcard label, no IP address, no port.
 *
 * @public
 */
export function checkGatewayHostname(value: string): string | undefined {
  if (value.length < 1 || value.length > 253) {
    return 'must be 1 to 253 characters';
  }
  if (isIpv4Address(value) || value.includes(':')) {
    return 'must be a DNS name: IP addresses and ports are not allowed';
  }
  if (!GATEWAY_HOSTNAME.test(value)) {
    return 'must be a lower-case DNS name such as "shop.example.com", optionally starting with "*." (the wildcard must be the whole first label)';
  }
  if (value.split('.').some(label => label.length > 63)) {
    return 'must have labels of at most 63 characters';
  }
  return undefined;
}

/**
 * An HTTPRoute path match value of type PathPrefix or Exact (the CRD's CEL rules).
 *
 * @public
 */
export function checkHttpPath(value: string): string | undefined {
  if (!value.startsWith('/')) return 'must start with "/"';
  if (value.length > 1024) return 'must be at most 1024 characters';
  if (value.includes('//')) return 'must not contain "//"';
  if (value.includes('/./') || value.endsWith('/.')) {
    return 'must not contain "/./" or end with "/."';
  }
  if (value.includes('/../') || value.endsWith('/..')) {
    return 'must not contain "/../" or end with "/.."';
  }
  if (/%2f/i.test(value)) return 'must not contain "%2f" or "%2F"';
  if (value.includes('#')) return 'must not contain "#"';
  if (!HTTP_PATH_CHARACTERS.test(value)) {
    return 'must contain only URL path characters (letters, digits, "-._~!$&\'()*+,;=:@/" and %-escapes)';
  }
  return undefined;
}

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
const GRPC_SERVICE = /^\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$/i;
const GRPC_METHOD = /^[A-Za-z_][A-Za-z_0-9]*$/;
const KIND = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const DURATION = /^([0-9]{1,5}(h|m|s|ms)){1,4}$/;

/**
 * A string of `min` to `max` characters.
 *
 * @public
 */
export function checkLength(
  value: string,
  min: number,
  max: number,
): string | undefined {
  if (value.length < min || value.length > max) {
    return min === 0
      ? `must be at most ${max} characters`
      : `must be ${min} to ${max} characters`;
  }
  return undefined;
}

/**
 * An HTTP header or query parameter name in a Gateway API match (an RFC 7230 token).
 *
 * @public
 */
export function checkHeaderName(value: string): string | undefined {
  const length = checkLength(value, 1, 256);
  if (length) return length;
  if (!HEADER_NAME.test(value)) {
    return "must be a header name: letters, digits and !#$%&'*+-.^_`|~";
  }
  return undefined;
}

/**
 * A GRPCRoute `method.service` of an Exact match, such as `shop.Cart`.
 *
 * @public
 */
export function checkGrpcServiceName(value: string): string | undefined {
  const length = checkLength(value, 0, 1024);
  if (length) return length;
  if (!GRPC_SERVICE.test(value)) {
    return 'must be a gRPC service name: dot-separated identifiers of letters, digits and "_", such as "shop.Cart"';
  }
  return undefined;
}

/**
 * A GRPCRoute `method.method` of an Exact match, such as `GetCart`.
 *
 * @public
 */
export function checkGrpcMethodName(value: string): string | undefined {
  const length = checkLength(value, 0, 1024);
  if (length) return length;
  if (!GRPC_METHOD.test(value)) {
    return 'must be a gRPC method name: letters, digits and "_", not starting with a digit';
  }
  return undefined;
}

/**
 * A `kind` of a Gateway API object reference (parentRefs, backendRefs).
 *
 * @public
 */
export function checkKind(value: string): string | undefined {
  const length = checkLength(value, 1, 63);
  if (length) return length;
  if (!KIND.test(value)) {
    return 'must be a kind: letters, digits and "-", starting with a letter';
  }
  return undefined;
}

/**
 * A `group` of a Gateway API object reference: empty (core) or a DNS subdomain.
 *
 * @public
 */
export function checkGroup(value: string): string | undefined {
  return value === '' ? undefined : checkDnsSubdomain(value);
}

/**
 * A Gateway API Duration (HTTPRoute rule timeouts), such as `10s` or `1h30m`.
 *
 * @public
 */
export function checkDuration(value: string): string | undefined {
  if (!DURATION.test(value)) {
    return 'must be a duration of up to four parts of 1-5 digits and h, m, s or ms, such as "1m30s"';
  }
  return undefined;
}

const TEMPLATE_EXPRESSION = /\{\{|\{%|\$\{\{/;
const PROTOBUF_FULL_NAME =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const ZERO_DURATION = /^(0+(h|m|s|ms))+$/;
const HTTP_STATUS = /^[1-5][0-9][0-9]$/;

/**
 * The retry conditions Istio's `retries.retryOn` accepts (Envoy's HTTP and gRPC retry policies).
 *
 * @public
 */
export const ISTIO_RETRY_CONDITIONS = [
  '5xx',
  'gateway-error',
  'reset',
  'connect-failure',
  'retriable-4xx',
  'refused-stream',
  'retriable-status-codes',
  'retriable-headers',
  'cancelled',
  'deadline-exceeded',
  'internal',
  'resource-exhausted',
  'unavailable',
];

/** Line breaks, tabs and the other C0 control characters, and DEL. */
function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/**
 * Any text that ends up in a generated file, a pull request or a template: no line breaks or
 * other control characters, no template expressions (`{{`, `${{`, `{%`), not a YAML document
 * separator (`---`). Such values would corrupt the YAML documents or the templates they pass
 * through.
 *
 * @public
 */
export function checkSafeText(value: string): string | undefined {
  if ([...value].some(isControlCharacter)) {
    return 'must not contain line breaks or other control characters';
  }
  if (TEMPLATE_EXPRESSION.test(value)) {
    return 'must not contain template expressions ("{{", "${{" or "{%")';
  }
  if (value.trim() === '---') {
    return 'must not be a YAML document separator ("---")';
  }
  return undefined;
}

/**
 * A Gateway listener name as a request names it (`gateway.sectionName`): a DNS subdomain of at
 * most 63 characters. The Gateway API allows 253; Portway keeps listener names to a label's
 * length, as every listener name in practice is.
 *
 * @public
 */
export function checkListenerName(value: string): string | undefined {
  if (value.length > 63) return 'must be at most 63 characters';
  return checkDnsSubdomain(value);
}

/**
 * An HTTPRoute header match value: 1 to 4096 characters.
 *
 * @public
 */
export function checkHeaderValue(value: string): string | undefined {
  return checkLength(value, 1, 4096);
}

/**
 * A fully qualified protobuf service as a request names it, such as `shop.cart.v1.Cart`:
 * dot-separated identifiers, without the leading `.` and without a method.
 *
 * @public
 */
export function checkProtobufServiceName(value: string): string | undefined {
  if (value === '') {
    return 'must not be empty: name a fully qualified protobuf service such as "shop.cart.v1.Cart"';
  }
  if (value.includes('/')) {
    return 'must not contain "/": give the service ("shop.cart.v1.Cart") and the method ("AddItem") separately';
  }
  const length = checkLength(value, 1, 1024);
  if (length) return length;
  if (!PROTOBUF_FULL_NAME.test(value)) {
    return 'must be a fully qualified protobuf service: dot-separated identifiers of letters, digits and "_", not starting with a digit or ".", such as "shop.cart.v1.Cart"';
  }
  return undefined;
}

/**
 * A protobuf method name as a request names it, such as `AddItem`.
 *
 * @public
 */
export function checkProtobufMethodName(value: string): string | undefined {
  if (value === '') {
    return 'must not be empty: leave it out to match every method of the service';
  }
  if (value.includes('/')) {
    return 'must not contain "/": give only the method name, such as "AddItem"';
  }
  return checkGrpcMethodName(value);
}

/**
 * An Istio duration (VirtualService `timeout`, `retries.perTryTimeout`): a Duration of at least 1ms.
 *
 * @public
 */
export function checkMeshDuration(value: string): string | undefined {
  const duration = checkDuration(value);
  if (duration) return duration;
  if (ZERO_DURATION.test(value)) {
    return 'must be at least 1ms (Istio refuses a zero duration)';
  }
  return undefined;
}

/**
 * Istio `retries.attempts`: a whole number from 0 (no retries) to 10.
 *
 * @public
 */
export function checkRetryAttempts(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    return 'must be a whole number from 0 to 10';
  }
  return undefined;
}

/**
 * Istio `retries.retryOn`: a comma-separated list of retry conditions or HTTP status codes.
 *
 * @public
 */
export function checkRetryOn(value: string): string | undefined {
  const unknown = value
    .split(',')
    .find(
      condition =>
        !ISTIO_RETRY_CONDITIONS.includes(condition) &&
        !HTTP_STATUS.test(condition),
    );
  if (unknown !== undefined) {
    return `must be a comma-separated list of retry conditions (${ISTIO_RETRY_CONDITIONS.join(
      ', ',
    )}) or HTTP status codes; "${unknown}" is neither`;
  }
  return undefined;
}
