import type { BackendView } from '@portway/plugin-routing-common';

/** `namespace/name:port`, with the kind when it is not a Service, and the weight. */
export function backendLabel(backend: BackendView): string {
  const kind =
    backend.kind && backend.kind !== 'Service' ? `${backend.kind} ` : '';
  const port = backend.port !== undefined ? `:${backend.port}` : '';
  const weight =
    backend.weight !== undefined ? ` (weight ${backend.weight})` : '';
  return `${kind}${backend.namespace}/${backend.name}${port}${weight}`;
}
