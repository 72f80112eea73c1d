import { addNote, ConversionState, RouteDraft } from './ir';

/**
 * A host as a name part, as ingress2gateway writes it: each run of characters other than
 * letters and digits becomes `-`, a leading `-` is dropped; no host or `*` is `all-hosts`.
 * Unlike ingress2gateway, a wildcard host is `wildcard-<rest>`: ingress2gateway names
 * `*.a.com` and `a.com` both `a-com`, so their routes and listeners collide.
 */
export function nameFromHost(host: string): string {
  if (host === '' || host === '*') return 'all-hosts';
  if (host.startsWith('*.')) return `wildcard-${nameFromHost(host.slice(2))}`;
  return host.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-/, '');
}

/** The distinct hosts of an Ingress's rules (the empty string for a rule without host). */
function hostsOf(route: RouteDraft): Set<string> {
  const rules: any[] = route.sources[0]?.object.spec?.rules ?? [];
  return new Set(rules.map(rule => rule?.host ?? ''));
}

/**
 * The name of a host route: the Ingress's own name when the route has one source Ingress that
 * has one host and no defaultBackend (easy to find next to its Ingress), else
 * `<first Ingress name>-<name from host>` as ingress2gateway names every route.
 */
export function routeName(route: RouteDraft): string {
  const [first] = route.sources;
  const alone =
    route.sources.length === 1 &&
    hostsOf(route).size === 1 &&
    !first.object.spec?.defaultBackend;
  return alone ? first.name : `${first.name}-${nameFromHost(route.host)}`;
}

/**
 * Makes route names unique per kind and namespace (`-2`, `-3`, ... with a note): an HTTPRoute
 * and a GRPCRoute of the same host keep the same name, as in ingress2gateway.
 */
export function uniqueRouteNames(state: ConversionState): void {
  const taken = new Set<string>();
  const key = (route: RouteDraft, name: string) =>
    `${route.kind}/${route.namespace}/${name}`;
  for (const route of state.routes) {
    let name = route.name;
    for (let n = 2; taken.has(key(route, name)); n++)
      name = `${route.name}-${n}`;
    if (name !== route.name)
      addNote(
        state,
        route.sources[0],
        'warning',
        `${route.kind} name ${route.name} is already taken by another route in ${route.namespace}; this one is named ${name}`,
      );
    route.name = name;
    taken.add(key(route, name));
  }
}
