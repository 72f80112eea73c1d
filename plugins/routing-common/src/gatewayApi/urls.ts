/**
 * The port a URL of each scheme has when it names none.
 *
 * @public
 */
export const DEFAULT_PORTS: Record<'http' | 'https', number> = {
  http: 80,
  https: 443,
};

/**
 * The URL scheme a listener protocol serves, or undefined for protocols without URLs.
 *
 * @public
 */
export function schemeForProtocol(
  protocol: string,
): 'http' | 'https' | undefined {
  switch (protocol) {
    case 'HTTP':
      return 'http';
    case 'HTTPS':
    case 'TLS':
      return 'https';
    default:
      return undefined;
  }
}

/**
 * A URL for a hostname and path on a listener: the port is left out when it is the scheme's
 * default. Wildcard and catch-all hostnames have no URL.
 *
 * @public
 */
export function listenerUrl(
  scheme: 'http' | 'https',
  hostname: string,
  port: number,
  path: string,
): string | undefined {
  if (hostname === '*' || hostname.startsWith('*.')) return undefined;
  const portPart = DEFAULT_PORTS[scheme] === port ? '' : `:${port}`;
  return `${scheme}://${hostname}${portPart}${path}`;
}
