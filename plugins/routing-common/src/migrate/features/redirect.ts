import { ConversionState, Feature, RuleDraft, SourceIngress } from '../ir';
import { noteAnnotation, readAnnotation } from './annotations';
import { redirectFilter, requestRoutes, rulesWithSource } from './drafts';

const KINDS = {
  permanent: {
    name: 'permanent-redirect',
    fallback: 301,
    allowed: [301, 302, 303, 307, 308],
  },
  temporal: {
    name: 'temporal-redirect',
    fallback: 302,
    allowed: [301, 302, 303, 307],
  },
};

/** The redirect code: the `-code` annotation when allowed, else the kind's default. */
function redirectCode(
  state: ConversionState,
  source: SourceIngress,
  kind: (typeof KINDS)['permanent'],
): number {
  const name = `${kind.name}-code`;
  const value = readAnnotation(state, source, name);
  if (value === undefined) return kind.fallback;
  const code = Number(value);
  if (kind.allowed.includes(code)) return code;
  noteAnnotation(
    state,
    source,
    name,
    'warning',
    `${value} is not one of ${kind.allowed.join(', ')}; ${kind.fallback} used`,
  );
  return kind.fallback;
}

/** The RequestRedirect of a redirect URL: scheme, hostname, port and full path, or a problem. */
export function redirectOf(
  url: string,
  statusCode: number,
): Record<string, unknown> | string {
  const parsed =
    /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/:?#]+)(?::(\d+))?([^?#]*)([?#].*)?$/.exec(
      url.trim(),
    );
  if (!parsed)
    return `"${url}" is not an absolute URL (scheme://host[:port][/path])`;
  const [, scheme, hostname, port, path, rest] = parsed;
  if (rest)
    return `"${url}" has a query or fragment, which a Gateway API RequestRedirect cannot set`;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    return `"${url}" has port ${port}, outside 1-65535`;
  return {
    scheme: scheme.toLowerCase(),
    hostname: hostname.toLowerCase(),
    ...(port !== undefined ? { port: Number(port) } : {}),
    path: { type: 'ReplaceFullPath', replaceFullPath: path || '/' },
    statusCode,
  };
}

function applyRedirect(
  state: ConversionState,
  kind: string,
  rule: RuleDraft,
  source: SourceIngress,
): void {
  const permanent = readAnnotation(state, source, KINDS.permanent.name);
  const temporal = readAnnotation(state, source, KINDS.temporal.name);
  if (permanent === undefined && temporal === undefined) return;
  const chosen = temporal !== undefined ? KINDS.temporal : KINDS.permanent;
  if (temporal !== undefined && permanent)
    noteAnnotation(
      state,
      source,
      KINDS.permanent.name,
      'warning',
      'ignored: temporal-redirect is also set and wins, as in ingress-nginx',
    );
  const url = (chosen === KINDS.temporal ? temporal : permanent) ?? '';
  if (kind !== 'HTTPRoute') {
    noteAnnotation(
      state,
      source,
      chosen.name,
      'warning',
      `not carried over: ${kind} has no RequestRedirect filter`,
    );
    return;
  }
  const code = redirectCode(state, source, chosen);
  const redirect = url.trim() ? redirectOf(url, code) : 'the URL is empty';
  if (typeof redirect === 'string') {
    noteAnnotation(
      state,
      source,
      chosen.name,
      'error',
      `not carried over: ${redirect}; the rule still forwards to its backends`,
    );
    return;
  }
  rule.filters.push(redirectFilter(redirect));
  rule.backends = [];
}

/**
 * permanent-redirect / temporal-redirect (ingress2gateway 1.4): the rule answers with a
 * RequestRedirect to the URL (scheme, hostname, port, ReplaceFullPath) and loses its backends;
 * temporal wins over permanent; `-code` defaults to 301 / 302. proxy-redirect-from/-to (rewriting
 * Location headers of responses) is a note.
 */
export const redirect: Feature = state => {
  for (const { route, rule, source } of rulesWithSource(requestRoutes(state)))
    applyRedirect(state, route.kind, rule, source);
  for (const { source } of rulesWithSource(requestRoutes(state)))
    for (const name of ['proxy-redirect-from', 'proxy-redirect-to'])
      if (readAnnotation(state, source, name) !== undefined)
        noteAnnotation(
          state,
          source,
          name,
          'warning',
          "not carried over: Gateway API cannot rewrite the Location header of backend responses; use a ResponseHeaderModifier for a fixed value or your implementation's policy",
        );
};
