import type { Feature } from '../ir';
import { NGINX_PREFIX, noteAnnotation } from './annotations';
import { appliedSources } from './drafts';

/** Annotations (a name, or a prefix ending in `*`) with why they do not map and what to use. */
export type UnportableTable = Array<{
  names: string[];
  why: string;
  instead: string;
}>;

/**
 * A feature that notes each annotation of the table on the Ingresses whose annotations apply:
 * Gateway API has no portable field for them, so the note says what to use instead.
 */
export function unportable(table: UnportableTable): Feature {
  const entryOf = (name: string) =>
    table.find(entry =>
      entry.names.some(n =>
        n.endsWith('*') ? name.startsWith(n.slice(0, -1)) : name === n,
      ),
    );
  return state => {
    for (const source of appliedSources(state))
      for (const key of Object.keys(source.annotations)) {
        if (!key.startsWith(NGINX_PREFIX)) continue;
        const name = key.slice(NGINX_PREFIX.length);
        const entry = entryOf(name);
        if (entry)
          noteAnnotation(
            state,
            source,
            name,
            'warning',
            `not carried over: ${entry.why}; ${entry.instead}`,
          );
      }
  };
}

/** Session affinity (ingress2gateway 1.13: a warning; other session-cookie-* unsupported). */
export const sessionAffinity = unportable([
  {
    names: [
      'affinity',
      'affinity-mode',
      'affinity-canary-behavior',
      'session-cookie-*',
    ],
    why: 'session persistence is not in the Gateway API standard channel (sessionPersistence is experimental)',
    instead:
      "use your implementation's policy: Envoy Gateway BackendTrafficPolicy loadBalancer consistentHash (cookie), Istio DestinationRule trafficPolicy.loadBalancer.consistentHash.httpCookie",
  },
]);

/** Source IP allow and deny lists (ingress2gateway 1.13: a warning). */
export const ipRanges = unportable([
  {
    names: [
      'whitelist-source-range',
      'allowlist-source-range',
      'denylist-source-range',
    ],
    why: 'Gateway API has no client IP authorization',
    instead:
      "use your implementation's policy: Envoy Gateway SecurityPolicy authorization (clientCIDRs), Istio AuthorizationPolicy (ipBlocks / remoteIpBlocks); a NetworkPolicy only sees the Gateway's address, not the client's",
  },
]);

/** Body size and buffering (ingress2gateway 1.13: a warning). */
export const bodySize = unportable([
  {
    names: [
      'proxy-body-size',
      'client-body-buffer-size',
      'proxy-buffering',
      'proxy-buffer-size',
      'proxy-buffers-number',
      'proxy-busy-buffers-size',
      'proxy-max-temp-file-size',
      'proxy-request-buffering',
    ],
    why: 'Gateway API has no request size limit or buffering setting (most implementations have their own defaults)',
    instead:
      "use your implementation's policy: Envoy Gateway BackendTrafficPolicy / ClientTrafficPolicy (connection.bufferLimit, requestBuffer), Istio EnvoyFilter (buffer filter max_request_bytes)",
  },
]);

/** Snippets, external auth and rate limits (ingress2gateway 1.15: "Unsupported annotation"). */
export const snippetsAuthLimits = unportable([
  {
    names: ['configuration-snippet', 'server-snippet'],
    why: 'raw nginx configuration has no Gateway API equivalent',
    instead:
      "translate what the snippet does: headers to a RequestHeaderModifier / ResponseHeaderModifier filter, redirects to a RequestRedirect filter, the rest to your implementation's policy (Envoy Gateway EnvoyPatchPolicy, Istio EnvoyFilter)",
  },
  {
    names: ['auth-*', 'enable-global-auth'],
    why: 'Gateway API has no authentication',
    instead:
      "use your implementation's policy: Envoy Gateway SecurityPolicy (extAuth, basicAuth, oidc, jwt), Istio AuthorizationPolicy with a CUSTOM ext-authz provider or RequestAuthentication",
  },
  {
    names: ['limit-*', 'global-rate-limit*'],
    why: 'Gateway API has no rate or connection limits',
    instead:
      "use your implementation's policy: Envoy Gateway BackendTrafficPolicy rateLimit (local or global), Istio EnvoyFilter local_ratelimit",
  },
]);
