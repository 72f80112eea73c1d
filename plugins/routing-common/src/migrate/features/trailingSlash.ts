import type { RouteDraft, RuleDraft } from '../ir';
import { redirectFilter } from './drafts';

const literalPaths = (route: RouteDraft) =>
  route.rules.flatMap(rule =>
    rule.matches
      .map(m => m.path)
      .filter(p => p && (p.type === 'Exact' || p.type === 'PathPrefix')),
  ) as Array<{ type: string; value: string }>;

/** True when a PathPrefix covers the path at a path-element boundary. */
function covered(prefix: string, path: string): boolean {
  return (
    prefix === '/' ||
    path === prefix ||
    path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)
  );
}

/**
 * nginx answers `/foo` with a 301 to `/foo/` when a location is `/foo/`: for each Exact or
 * PathPrefix path ending in `/` (not `/`), an Exact rule for the path without it that
 * redirects 301 to it, unless another path already matches it (ingress2gateway 1.5).
 */
export function trailingSlashRules(route: RouteDraft): RuleDraft[] {
  const paths = literalPaths(route);
  const targets = [
    ...new Set(
      paths
        .filter(p => p.value.endsWith('/') && p.value !== '/')
        .map(p => p.value),
    ),
  ];
  return targets
    .filter(target => {
      const path = target.slice(0, -1);
      return !paths.some(p =>
        p.type === 'Exact' ? p.value === path : covered(p.value, path),
      );
    })
    .map(target => ({
      matches: [{ path: { type: 'Exact', value: target.slice(0, -1) } }],
      backends: [],
      filters: [
        redirectFilter({
          path: { type: 'ReplaceFullPath', replaceFullPath: target },
          statusCode: 301,
        }),
      ],
      sources: [],
    }));
}
