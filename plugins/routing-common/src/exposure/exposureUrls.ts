import { DEFAULT_PORTS, listenerUrl } from '../gatewayApi/urls';

/** The Gateway listener an exposure is served on, as far as its URLs go. */
export interface UrlListener {
  protocol: string;
  port: number;
}

/**
 * The URLs of every hostname with every path, on a scheme and port (the scheme's default port
 * when none is given). Wildcard hostnames have no URL.
 */
export function hostUrls(
  hostnames: readonly string[],
  paths: readonly string[],
  scheme: 'http' | 'https',
  port: number = DEFAULT_PORTS[scheme],
): string[] {
  return hostnames.flatMap(hostname =>
    paths.flatMap(path => listenerUrl(scheme, hostname, port, path) ?? []),
  );
}

/**
 * The URLs of a route on a Gateway listener: `https://` unless the listener's protocol is HTTP,
 * the listener's port when it is not the scheme's default. Without a listener, HTTPS on 443.
 */
export function listenerUrls(
  hostnames: readonly string[],
  paths: readonly string[],
  listener?: UrlListener,
): string[] {
  const scheme = listener?.protocol === 'HTTP' ? 'http' : 'https';
  return hostUrls(hostnames, paths, scheme, listener?.port);
}
