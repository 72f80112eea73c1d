import { addNote, ConversionState, markHandled, SourceIngress } from './ir';
import type { RouteProtocol } from './paths';

/** The annotation that names the protocol ingress-nginx speaks to the backends. */
export const BACKEND_PROTOCOL = 'nginx.ingress.kubernetes.io/backend-protocol';

const HTTP = ['HTTP', 'HTTPS', 'AUTO_HTTP'];
const GRPC = ['GRPC', 'GRPCS'];

/**
 * The route protocol of a source, from backend-protocol upper-cased as ingress2gateway reads it:
 * GRPC and GRPCS make a GRPCRoute, HTTP, HTTPS and AUTO_HTTP (or none) an HTTPRoute. Any other
 * value (FCGI, ...) is a warning and undefined: the Ingress is left out, as in ingress2gateway.
 * The backend TLS of HTTPS and GRPCS is the backend-TLS feature's, which reports HTTPS.
 */
export function routeProtocolOf(
  state: ConversionState,
  source: SourceIngress,
): RouteProtocol | undefined {
  const value = source.annotations[BACKEND_PROTOCOL];
  if (value === undefined) return 'http';
  const protocol = value.trim().toUpperCase();
  const about = {
    field: `metadata.annotations["${BACKEND_PROTOCOL}"]`,
    annotation: BACKEND_PROTOCOL,
  };
  if (protocol !== 'HTTPS') markHandled(state, source, BACKEND_PROTOCOL);
  if (GRPC.includes(protocol)) {
    addNote(
      state,
      source,
      'info',
      `backend-protocol ${protocol}: converted to a GRPCRoute: each path becomes a gRPC service/method match (/svc/method, /svc, or none for /)`,
      about,
    );
    return 'grpc';
  }
  if (HTTP.includes(protocol)) return 'http';
  addNote(
    state,
    source,
    'warning',
    `backend-protocol "${value}" is not supported by the Gateway API (only HTTP, HTTPS, AUTO_HTTP, GRPC, GRPCS): the Ingress is not converted, none of its rules or annotations are carried over`,
    about,
  );
  return undefined;
}
