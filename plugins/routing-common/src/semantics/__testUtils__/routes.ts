import type { KubernetesObject } from '../../kubernetes/objects';
import { analyzeGatewayApi } from '../analyzeGatewayApi';
import { gateway, route, service, withMetadata } from './builders';

/** Creation timestamps: an old one and a newer one. */
export const OLD = '2024-01-01T00:00:00Z';
export const NEW = '2025-01-01T00:00:00Z';
const backend = { backendRefs: [{ name: 'web', port: 8080 }] };
/** A match on a path. */
export const path = (value: string, type = 'PathPrefix') => ({
  path: { type, value },
});

/** A route in `shop` with one rule per entry of `matches` (undefined: a rule without matches). */
export function r(
  kind: string,
  name: string,
  opts: { hostnames?: string[]; created?: string; rules?: unknown[][] } = {},
): KubernetesObject {
  const rules = (opts.rules ?? [[]]).map(matches =>
    matches.length > 0 ? { matches, ...backend } : backend,
  );
  const built = route(kind, `shop/${name}`, {
    hostnames: opts.hostnames,
    rules,
  });
  return opts.created
    ? withMetadata(built, { creationTimestamp: opts.created })
    : built;
}

const publicGateway = (hostname?: string) =>
  gateway('infra/public', [
    {
      name: 'http',
      allowedRoutes: {
        namespaces: { from: 'All' },
        kinds: [{ kind: 'HTTPRoute' }, { kind: 'GRPCRoute' }],
      },
      ...(hostname ? { hostname } : {}),
    },
  ]);

/** The findings of `code` once the objects meet the `infra/public` Gateway (HTTP, any namespace). */
export function findings(
  objects: KubernetesObject[],
  code: string,
  listenerHost?: string,
) {
  return analyzeGatewayApi([
    publicGateway(listenerHost),
    service('shop/web'),
    ...objects,
  ]).findings.filter(f => f.code === code);
}
