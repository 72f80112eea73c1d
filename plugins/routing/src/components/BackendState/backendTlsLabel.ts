import type { BackendTlsView } from '@portway/plugin-routing-common';

/** The CA source in words: `CA ConfigMap ca`, `CA ConfigMaps a, b`, `CA System (well-known)`. */
function caSource(tls: BackendTlsView): string | undefined {
  if (tls.caConfigMaps.length > 0) {
    const noun = tls.caConfigMaps.length === 1 ? 'ConfigMap' : 'ConfigMaps';
    return `CA ${noun} ${tls.caConfigMaps.join(', ')}`;
  }
  return tls.wellKnownCACertificates
    ? `CA ${tls.wellKnownCACertificates} (well-known)`
    : undefined;
}

/** `TLS to backend: BackendTLSPolicy shop/x, hostname x.shop.svc, CA ConfigMap ca`. */
export function backendTlsLabel(tls: BackendTlsView): string {
  const parts = [
    `BackendTLSPolicy ${tls.namespace}/${tls.name}`,
    ...(tls.hostname ? [`hostname ${tls.hostname}`] : []),
    ...[caSource(tls)].filter((part): part is string => part !== undefined),
  ];
  return `TLS to backend: ${parts.join(', ')}`;
}
