import {
  Analysis,
  backendTlsView,
  normalizeParentRef,
  refersToGateway,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterLookups } from './clusterLookups';

/**
 * The route view with `tls` on each Service backend that a cached BackendTLSPolicy governs
 * (see backendTlsView), its conditions under the route's first Gateway parent. The analysis,
 * which must include those policies (see analyzeRoute), is only asked for when some backend's
 * Service is targeted by one; other views come back unchanged.
 */
export function withBackendTls(
  view: RouteView,
  lookups: Pick<ClusterLookups, 'backendTlsPolicies'>,
  analysis: () => Analysis,
): RouteView {
  const policiesOf = (backend: RouteView['backends'][number]) =>
    backend.kind === 'Service'
      ? lookups.backendTlsPolicies(`${backend.namespace}/${backend.name}`)
      : [];
  if (!view.backends.some(backend => policiesOf(backend).length > 0))
    return view;
  const gatewayRef = view.parents
    .map(parent => normalizeParentRef(parent.ref, view.namespace))
    .find(refersToGateway);
  const gateway = gatewayRef && {
    namespace: gatewayRef.namespace,
    name: gatewayRef.name,
  };
  const analyzed = analysis();
  const backends = view.backends.map(backend => {
    const policyObjects = policiesOf(backend);
    if (policyObjects.length === 0) return backend;
    const tls = backendTlsView(analyzed, { backend, gateway, policyObjects });
    return tls ? { ...backend, tls } : backend;
  });
  return { ...view, backends };
}
