import { grpcMethodOf } from '../views/virtualServiceMatches';
import { noteUnmappedMatchFields } from './matchFields';
import { valueMatch } from './stringMatches';
import type { NoteSink } from './types';

/** A Gateway API GRPCRouteMatch, as the converter writes it. */
export type GrpcRouteMatch = Record<string, any>;

/**
 * The method match of a gRPC uri (`/pkg.Service/` a whole service, `/pkg.Service/Method` one
 * method); none for no uri or the prefix `/`. The kind was chosen so that no other uri occurs.
 */
function methodMatch(
  uri: { exact?: string; prefix?: string } | undefined,
  field: string,
  notes: NoteSink,
): GrpcRouteMatch['method'] {
  const grpc = grpcMethodOf(uri?.exact ?? uri?.prefix);
  if (!grpc) return undefined;
  const [service, method] = grpc.split('/');
  if (method && uri?.exact === undefined)
    notes.add(
      'info',
      field,
      `written as an Exact match on method ${method}: Istio's prefix also matched longer method names`,
    );
  return { type: 'Exact', service, ...(method ? { method } : {}) };
}

/** An Istio HTTPMatchRequest on a gRPC path as a GRPCRouteMatch: method and headers. */
export function grpcRouteMatch(
  match: Record<string, any>,
  field: string,
  notes: NoteSink,
): GrpcRouteMatch {
  noteUnmappedMatchFields(match, field, notes);
  const method = methodMatch(match.uri, `${field}.uri`, notes);
  const headers = Object.entries(match.headers ?? {}).map(([name, value]) =>
    valueMatch(name, value as any, `${field}.headers.${name}`, notes),
  );
  return {
    ...(method ? { method } : {}),
    ...(headers.length ? { headers } : {}),
  };
}
