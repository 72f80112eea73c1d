import {
  carriesCertificates,
  listenerCertificates,
  normalizeParentRef,
  ParentView,
  refersToGateway,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterLookups } from './clusterLookups';

/**
 * The route view with the certificate of each certificateRef on every HTTPS and TLS listener
 * of its parent Gateways (see listenerCertificates), read from the cluster's cached Gateways and
 * cert-manager Certificates (listed once per answer, however many routes ask). Views without
 * such listeners come back unchanged.
 */
export function withListenerCertificates(
  view: RouteView,
  lookups: Pick<ClusterLookups, 'gateways' | 'certificates'>,
): RouteView {
  const needsCertificates = (parent: ParentView) =>
    parent.listeners?.some(l => carriesCertificates(l.protocol)) ?? false;
  if (!view.parents.some(needsCertificates)) return view;
  const certificates = lookups.certificates();
  const parents = view.parents.map(parent => {
    const ref = normalizeParentRef(parent.ref, view.namespace);
    const gateway = refersToGateway(ref)
      ? lookups.gateways.get(`${ref.namespace}/${ref.name}`)
      : undefined;
    if (!gateway || !needsCertificates(parent)) return parent;
    return {
      ...parent,
      listeners: parent.listeners!.map(listener =>
        carriesCertificates(listener.protocol)
          ? {
              ...listener,
              certificates: listenerCertificates(
                gateway,
                listener.name,
                certificates,
              ),
            }
          : listener,
      ),
    };
  });
  return { ...view, parents };
}
