import type { MigrationNote } from './types';

/** The route protocol of a group: HTTPRoute or GRPCRoute. */
export type RouteProtocol = 'http' | 'grpc';

const MATCH_TYPES: Record<string, string> = {
  Prefix: 'PathPrefix',
  Exact: 'Exact',
  ImplementationSpecific: 'PathPrefix',
};

/** An Ingress path converted: its key and matches, or why it was skipped; notes to add. */
export type ConvertedPath =
  | {
      /** `<pathType>|<path>`: the same key from several Ingresses is one rule. */
      key: string;
      path: { type: string; value: string };
      matches: Array<Record<string, any>>;
      note?: Pick<MigrationNote, 'level' | 'message'>;
    }
  | { skipped: Pick<MigrationNote, 'level' | 'message'> };

/**
 * gRPC method matches from an HTTP/2 path, as ingress2gateway splits it: `/svc/method` is
 * service and method, `/svc` (or `/svc/`) the service only, `/` no match at all.
 */
function grpcMatches(value: string): Array<Record<string, any>> {
  const [service, ...rest] = value.replace(/^\//, '').split('/');
  const method = rest.join('/');
  if (!service && !method) return [];
  return [
    {
      method: {
        ...(service ? { service } : {}),
        ...(method ? { method } : {}),
      },
    },
  ];
}

/**
 * One Ingress path as route matches. Prefix is PathPrefix and Exact is Exact: both match whole
 * path elements and ignore a trailing `/` (`/foo/` also matches `/foo`), in Ingress and in the
 * HTTPRoute spec alike, so no note. ImplementationSpecific is PathPrefix with a note (a prefix in
 * ingress-nginx, a regex with use-regex). A missing pathType skips the path (an error, as in
 * ingress2gateway). For a GRPCRoute the path becomes a gRPC method match and pathType is moot.
 */
export function convertPath(
  entry: any,
  protocol: RouteProtocol,
): ConvertedPath {
  const type = entry?.pathType;
  if (type === undefined || type === null)
    return {
      skipped: {
        level: 'error',
        message:
          'path without pathType not carried over: set pathType (Prefix, Exact or ImplementationSpecific)',
      },
    };
  if (!MATCH_TYPES[type])
    return {
      skipped: {
        level: 'error',
        message: `pathType "${type}" is not Prefix, Exact or ImplementationSpecific; path not carried over`,
      },
    };
  const value: string = entry?.path || '/';
  const path = { type, value };
  const key = `${type}|${value}`;
  if (protocol === 'grpc') return { key, path, matches: grpcMatches(value) };
  const matches = [{ path: { type: MATCH_TYPES[type], value } }];
  if (type !== 'ImplementationSpecific') return { key, path, matches };
  return {
    key,
    path,
    matches,
    note: {
      level: 'info',
      message: `pathType ImplementationSpecific migrated as PathPrefix "${value}": ingress-nginx matches it as a prefix (as a regular expression with use-regex or a rewrite-target capture group)`,
    },
  };
}
