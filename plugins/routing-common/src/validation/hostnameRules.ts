import { checkLength } from './fieldRules';
import { isIpv4Address } from './ipAddress';

const PRECISE_HOSTNAME =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * A PreciseHostname (redirect and rewrite hostnames, BackendTLSPolicy `validation.hostname`):
 * 1 to 253 characters of the CRD's pattern, no wildcard. The pattern alone does not refuse an
 * IPv4 address, so neither does this.
 */
export function checkPreciseHostname(value: string): string | undefined {
  return (
    checkLength(value, 1, 253) ??
    (PRECISE_HOSTNAME.test(value)
      ? undefined
      : 'must be a lower-case DNS name such as "shop.example.com" (no wildcard, no port)')
  );
}

/** A Hostname of the CRD's pattern: a PreciseHostname, optionally after a leading `*.` label. */
export function checkWildcardHostname(value: string): string | undefined {
  const precise = value.startsWith('*.') ? value.slice(2) : value;
  return (
    checkLength(value, 1, 253) ??
    (PRECISE_HOSTNAME.test(precise)
      ? undefined
      : 'must be a lower-case DNS name such as "shop.example.com", optionally starting with "*." (the wildcard must be the whole first label; no port)')
  );
}

/** A TLSRoute hostname: a Hostname that is not an IP address (the TLSRoute CRD's `!isIP` rule). */
export function checkTlsRouteHostname(value: string): string | undefined {
  if (isIpv4Address(value))
    return 'must be a DNS name: IP addresses are not allowed';
  return checkWildcardHostname(value);
}
