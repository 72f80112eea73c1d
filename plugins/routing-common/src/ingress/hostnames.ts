import { isIpv4Address } from '../validation/ipAddress';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * True when an Ingress rule host `pattern` matches `hostname`, with Ingress semantics: a
 * precise host matches only itself, and `*.foo.com` matches exactly ONE label in front of
 * `foo.com` (`bar.foo.com`, but not `baz.bar.foo.com` nor `foo.com`). An empty pattern (a rule
 * without host) matches every hostname. Comparison ignores case.
 *
 * This differs from Gateway API hostnames (HTTPRoute, Listener), where `*.foo.com` matches any
 * number of labels (`baz.bar.foo.com` too): moving a wildcard Ingress rule to an HTTPRoute
 * widens what it serves.
 *
 * @public
 */
export function ingressHostMatches(
  pattern: string | undefined,
  hostname: string,
): boolean {
  if (!pattern) return true;
  const p = pattern.toLowerCase();
  const h = hostname.toLowerCase();
  if (p === h) return true;
  if (!p.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  if (dot <= 0) return false;
  const first = h.slice(0, dot);
  return first !== '*' && h.slice(dot + 1) === p.slice(2);
}

/**
 * Why Kubernetes would reject `host` as an Ingress rule host, or undefined when it is valid: it
 * must be a lower-case DNS-1123 subdomain, optionally with `*` as the whole first label, and not
 * an IP address, a bare `*` or a host with a port.
 *
 * @public
 */
export function checkIngressHost(host: string): string | undefined {
  if (host === '*')
    return 'a bare "*" is not allowed: write "*.example.com", or leave the host out to match all hosts';
  if (host.includes(':'))
    return 'ports (and IPv6 addresses) are not allowed in a host';
  if (isIpv4Address(host))
    return 'IP addresses are not allowed; the host must be a DNS name';
  if (host !== host.toLowerCase()) return 'must be lower case';
  if (host.length > 253) return 'must be at most 253 characters';
  const labels = host.split('.');
  if (
    labels.slice(1).some(label => label.includes('*')) ||
    (labels[0].includes('*') && labels[0] !== '*')
  ) {
    return 'the wildcard "*" must be the whole first label, as in "*.example.com"';
  }
  const rest = labels[0] === '*' ? labels.slice(1) : labels;
  if (rest.some(label => label.length > 63))
    return 'labels must be at most 63 characters';
  if (rest.some(label => !DNS_LABEL.test(label))) {
    return 'must be a DNS name: dot-separated labels of lower-case letters, digits and "-", no trailing dot';
  }
  return undefined;
}
