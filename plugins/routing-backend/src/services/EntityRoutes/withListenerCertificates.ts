import {
  carriesCertificates,
  listenerCertificates,
  normalizeParentRef,
  ParentView,
  refersToGateway,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';

/**
 * The route view with the certificate of each certificateRef on every HTTPS and TLS listener
 * of its parent Gateways (see listenerCertificates), read from the cluster's cached Gateways and
 * cert-manager Certificates. Views without such listeners come back unchanged.
 */
export function withListenerCertificates(
  view: RouteView,
  cache: Pick<ClusterCacheReader, 'get' | 'list'>,
): RouteView {
  const needsCertificates = (parent: ParentView) =>
    parent.listeners?.some(l => carriesCertificates(l.protocol)) ?? false;
  if (!view.parents.some(needsCertificates)) return view;
  const certificates = cache.list('certificate');
  const parents = view.parents.map(parent => {
    const ref = normalizeParentRef(parent.ref, view.namespace);
    const gateway = refersToGateway(ref)
      ? cache.get('gateway', ref.namespace, ref.name)
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
