import type { KubernetesObject } from '../../kubernetes/objects';

/** Splits `namespace/name`. */
function split(key: string): { namespace: string; name: string } {
  const [namespace, name] = key.split('/');
  return { namespace, name };
}

/** A core Service `namespace/name` with the given port numbers (80 by default). */
export function svc(key: string, ports: number[] = [80]): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: split(key),
    spec: { ports: ports.map(port => ({ name: `p${port}`, port })) },
  };
}

/** An Istio Gateway `namespace/name`. */
export function istioGateway(key: string, version = 'v1'): KubernetesObject {
  return {
    apiVersion: `networking.istio.io/${version}`,
    kind: 'Gateway',
    metadata: split(key),
    spec: { selector: { istio: 'ingressgateway' }, servers: [] },
  };
}

/** A ServiceEntry `namespace/name` for the given hosts. */
export function serviceEntry(key: string, hosts: string[]): KubernetesObject {
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'ServiceEntry',
    metadata: split(key),
    spec: { hosts, location: 'MESH_EXTERNAL' },
  };
}

/** A VirtualService `namespace/name` with the given spec (networking.istio.io/v1 by default). */
export function vs(
  key: string,
  spec: Record<string, unknown>,
  version = 'v1',
): KubernetesObject {
  return {
    apiVersion: `networking.istio.io/${version}`,
    kind: 'VirtualService',
    metadata: split(key),
    spec,
  };
}

/** A VirtualService spec with one HTTP route to `host` (and `port`, when given). */
export function routeTo(host: string, port?: number): Record<string, unknown> {
  const destination =
    port === undefined ? { host } : { host, port: { number: port } };
  return { hosts: ['front'], http: [{ route: [{ destination }] }] };
}
