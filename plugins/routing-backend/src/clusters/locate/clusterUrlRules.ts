import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** Every address a host name resolves to, as `dns.promises.lookup(host, { all: true })` gives them. */
export type LookupAll = (
  hostname: string,
) => Promise<Array<{ address: string }>>;

/** The system resolver, as Backstage's catalog locator uses it. */
export const systemLookup: LookupAll = hostname =>
  dnsLookup(hostname, { all: true });

/** The URL rules of the `catalog` locator's options, as Backstage names them. */
export interface ClusterUrlRules {
  /** Host names (`*.example.com` for a domain and its subdomains) exempt from the rules below. */
  dangerouslyAllowClusterUrls?: string[];
  lookup: LookupAll;
}

function isNonPublic(address: string): boolean {
  try {
    return ipaddr.parse(address).range() !== 'unicast';
  } catch {
    return true;
  }
}

function matches(hostname: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  return wanted.startsWith('*.')
    ? hostname.endsWith(wanted.slice(1)) || hostname === wanted.slice(2)
    : hostname === wanted;
}

/**
 * Why an API server URL read from a catalog entity must not be used, or undefined: Backstage's
 * rules against server-side request forgery. Anyone who can register an entity could otherwise
 * make the backend send a cluster credential to a host of their choice, or reach the backend's
 * own network. The URL must be https without credentials, its host no non-public literal IP
 * and no name resolving to one, unless the host is in `dangerouslyAllowClusterUrls`.
 */
export async function clusterUrlProblem(
  apiServerUrl: string,
  rules: ClusterUrlRules,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(apiServerUrl);
  } catch {
    return `the API server URL "${apiServerUrl}" is not a valid URL`;
  }
  if (url.username || url.password) {
    return 'the API server URL must not contain credentials';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'the API server URL must use the http or https scheme';
  }
  // URL gives an IPv6 host in brackets
  const hostname = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const allowed = (rules.dangerouslyAllowClusterUrls ?? []).some(pattern =>
    matches(hostname, pattern),
  );
  if (allowed) return undefined;
  const unless = `, unless its host is listed in dangerouslyAllowClusterUrls`;
  if (url.protocol !== 'https:') {
    return `the API server URL must use https${unless}`;
  }
  if (ipaddr.isValid(hostname)) {
    return isNonPublic(hostname)
      ? `the API server URL must not use a non-public IP address${unless}`
      : undefined;
  }
  let addresses: Array<{ address: string }>;
  try {
    addresses = await rules.lookup(hostname);
  } catch (error) {
    return `the API server host "${hostname}" cannot be resolved (${
      (error as NodeJS.ErrnoException).code ?? (error as Error).message
    })`;
  }
  return addresses.some(({ address }) => isNonPublic(address))
    ? `the API server host "${hostname}" resolves to a non-public address${unless}`
    : undefined;
}
