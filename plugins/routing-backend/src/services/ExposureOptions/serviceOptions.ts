import type {
  KubernetesObject,
  ServiceOption,
  ServicePortOption,
} from '@portway/plugin-routing-common';

/** A port of `spec.ports` as a picker offers it; the protocol defaults to TCP as in Kubernetes. */
function portOption(port: any): ServicePortOption {
  return {
    ...(port.name ? { name: port.name } : {}),
    port: port.port,
    protocol: port.protocol ?? 'TCP',
    ...(port.appProtocol ? { appProtocol: port.appProtocol } : {}),
    ...(port.targetPort !== undefined ? { targetPort: port.targetPort } : {}),
  };
}

/** A cached Service of `cluster` as the Service picker offers it, with every port. */
export function serviceOption(
  cluster: string,
  service: KubernetesObject,
): ServiceOption {
  const ports: any[] = Array.isArray(service.spec?.ports)
    ? service.spec.ports
    : [];
  return {
    cluster,
    namespace: service.metadata?.namespace ?? 'default',
    name: service.metadata?.name ?? '',
    ports: ports.map(portOption),
  };
}

/** Orders Service options by cluster, then namespace, then name. */
export function compareServiceOptions(a: ServiceOption, b: ServiceOption) {
  return (
    a.cluster.localeCompare(b.cluster) ||
    a.namespace.localeCompare(b.namespace) ||
    a.name.localeCompare(b.name)
  );
}
