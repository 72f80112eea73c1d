function isWildcard(hostname: string): boolean {
  return hostname.startsWith('*.');
}

/** Whether `hostname` falls under the wildcard `*.suffix` (one or more extra labels). */
function underWildcard(hostname: string, wildcard: string): boolean {
  const suffix = wildcard.slice(1); // ".suffix"
  const bare = isWildcard(hostname) ? hostname.slice(1) : `.${hostname}`;
  return bare.endsWith(suffix) && bare.length > suffix.length;
}

/**
 * The hostname a listener and a route hostname both accept, or undefined when they share none,
 * following the Gateway API rules: a listener wildcard `*.a.com` matches `x.a.com` and
 * `*.x.a.com` but not `a.com`; a route wildcard can match an exact listener hostname; of two
 * matching hostnames the more specific one is the effective one.
 *
 * @public
 */
export function intersectHostname(
  listenerHostname: string | undefined,
  routeHostname: string,
): string | undefined {
  if (!listenerHostname || listenerHostname === routeHostname)
    return routeHostname;
  if (
    isWildcard(listenerHostname) &&
    underWildcard(routeHostname, listenerHostname)
  ) {
    return routeHostname;
  }
  if (
    isWildcard(routeHostname) &&
    underWildcard(listenerHostname, routeHostname)
  ) {
    return listenerHostname;
  }
  return undefined;
}

/**
 * The hostnames a route serves on a listener. A route without hostnames takes the listener's;
 * an empty list with listener hostname and route hostnames given means they do not intersect.
 * `['*']` stands for "any hostname" (neither side restricts it).
 *
 * @public
 */
export function effectiveHostnames(
  listenerHostname: string | undefined,
  routeHostnames: string[],
): string[] {
  if (routeHostnames.length === 0) return [listenerHostname ?? '*'];
  const matched = routeHostnames
    .map(hostname => intersectHostname(listenerHostname, hostname))
    .filter((hostname): hostname is string => hostname !== undefined);
  return [...new Set(matched)];
}
