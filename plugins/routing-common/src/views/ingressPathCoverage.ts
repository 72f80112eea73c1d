import { prefixTakes, trimmedPath } from '../gatewayApi/pathPrefix';
import { capturePatternPrefix } from '../ingress/capturePattern';
import { asArray } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';

/** One path of an Ingress host, as written (`spec.rules[].http.paths[]`). */
export interface IngressPath {
  /** `Prefix`, `Exact` or `ImplementationSpecific`. */
  pathType: string;
  path: string;
  /** The Ingress speaks gRPC to its backends (backend-protocol GRPC or GRPCS). */
  grpc?: boolean;
}

type MatchCovers = (match: any, path: IngressPath) => boolean;

/** Whether an HTTPRouteMatch's path part takes every request of the Ingress path. */
function httpPathCovers(match: any, path: IngressPath): boolean {
  const type = match?.path?.type ?? 'PathPrefix';
  const value: string = match?.path?.value ?? '/';
  if (type === 'PathPrefix') {
    // `/api(/|$)(.*)` takes what PathPrefix `/api` takes; the converter writes it so.
    return prefixTakes(value, capturePatternPrefix(path.path) ?? path.path);
  }
  if (type === 'Exact') {
    return path.pathType === 'Exact' && value === path.path;
  }
  // What the converter writes for the paths of a use-regex host.
  return type === 'RegularExpression' && value === `(?i)${path.path}.*`;
}

/**
 * An HTTPRouteMatch covers an Ingress path when it takes at least the same requests: no
 * header, query or method condition (those take fewer), and a path match that takes the path.
 */
const httpMatchCovers: MatchCovers = (match, path) =>
  asArray(match?.headers).length === 0 &&
  asArray(match?.queryParams).length === 0 &&
  !match?.method &&
  httpPathCovers(match, path);

/** `/svc/method` -> `{ service, method }`; `/svc` -> `{ service }`; `/` -> `{}`. */
function grpcTarget(path: string): { service?: string; method?: string } {
  const [service, method] = trimmedPath(path).split('/').filter(Boolean);
  return { ...(service ? { service } : {}), ...(method ? { method } : {}) };
}

/**
 * A GRPCRouteMatch covers a path of a gRPC Ingress (`/svc/method`, as the converter maps it)
 * when it has no header condition and its method match takes every call the path takes: no
 * method match at all, or an Exact one naming the path's service and, when it names one, its
 * method. An Exact Ingress path `/svc` takes no gRPC call a service-wide match misses either.
 */
const grpcMatchCovers: MatchCovers = (match, path) => {
  if (asArray(match?.headers).length > 0) return false;
  const method = match?.method;
  if (!method) return true;
  if ((method.type ?? 'Exact') !== 'Exact') return false;
  const target = grpcTarget(path.path);
  if (!target.service || method.service !== target.service) return false;
  return method.method === undefined || method.method === target.method;
};

interface KindCoverage {
  /** Whether routes of the kind can take the Ingress path's requests at all. */
  serves(path: IngressPath): boolean;
  covers: MatchCovers;
  /** The rules of a route without `spec.rules`. */
  defaultRules: any[];
}

/**
 * How each route kind an Ingress moves to reads its rules. An HTTPRoute without rules gets the
 * CRD default, one rule matching PathPrefix `/`; a GRPCRoute without rules routes nothing, and
 * a GRPCRoute serves only a gRPC Ingress.
 */
const KINDS: Record<string, KindCoverage> = {
  HTTPRoute: {
    serves: () => true,
    covers: httpMatchCovers,
    defaultRules: [{}],
  },
  GRPCRoute: {
    serves: path => Boolean(path.grpc),
    covers: grpcMatchCovers,
    defaultRules: [],
  },
};

/**
 * Whether a Gateway API route takes every request that one Ingress path takes (its hostnames
 * are checked apart): a rule with no match covers everything (spec); otherwise one match must
 * take at least the same requests. For HTTPRoutes, PathPrefix `p` covers a Prefix, Exact or
 * ImplementationSpecific `q` when `p` is `/`, `q` is `p`, or `q` lies below `p` by whole path
 * elements; Exact covers only the same Exact path; RegularExpression `(?i)<q>.*` covers `q`.
 * GRPCRoutes cover only the paths of a gRPC Ingress (see {@link IngressPath.grpc}).
 */
export function routeCoversPath(
  route: KubernetesObject,
  path: IngressPath,
): boolean {
  const kind = KINDS[route.kind ?? ''];
  if (!kind?.serves(path)) return false;
  const rules = asArray(route.spec?.rules);
  return (rules.length > 0 ? rules : kind.defaultRules).some(rule => {
    const matches = asArray(rule?.matches);
    return (
      matches.length === 0 || matches.some(match => kind.covers(match, path))
    );
  });
}
