import type {
  ServiceOption,
  ServicePortOption,
} from '@portway/plugin-routing-common';
import type { ServiceTarget } from '../types';

/** One choice of the Service picker: one port of one Service. */
export interface ServicePortChoice {
  /** Stable key of the choice, see {@link targetKey}. */
  key: string;
  target: ServiceTarget;
  port: ServicePortOption;
  /** The port says it speaks gRPC (its appProtocol or name mentions grpc or h2c). */
  grpc: boolean;
}

/** The choices of one cluster. */
export interface ClusterChoices {
  cluster: string;
  choices: ServicePortChoice[];
}

const GRPC_HINT = /grpc|h2c/i;

/** Whether a port says it speaks gRPC: `appProtocol: kubernetes.io/h2c`, a port named `grpc-api`. */
export function isGrpcPort(port: ServicePortOption): boolean {
  return (
    GRPC_HINT.test(port.appProtocol ?? '') || GRPC_HINT.test(port.name ?? '')
  );
}

/** The key of a picked Service port, to find it among the choices. */
export function targetKey(target: ServiceTarget): string {
  return JSON.stringify([
    target.cluster,
    target.namespace,
    target.name,
    target.port,
  ]);
}

function byNamespaceAndName(a: ServiceOption, b: ServiceOption): number {
  return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
}

function choicesOf(
  service: ServiceOption,
  preferGrpc: boolean,
): ServicePortChoice[] {
  const choices = service.ports.map(port => {
    const target = {
      cluster: service.cluster,
      namespace: service.namespace,
      name: service.name,
      port: port.port,
    };
    return { key: targetKey(target), target, port, grpc: isGrpcPort(port) };
  });
  // A stable sort: gRPC ports first, otherwise in the Service's order.
  return preferGrpc
    ? [...choices].sort((a, b) => Number(b.grpc) - Number(a.grpc))
    : choices;
}

/**
 * Every port of every Service as a choice, grouped by cluster (in the order the clusters
 * first appear), Services by namespace and name; with `preferGrpc`, gRPC ports first.
 */
export function servicePortChoices(
  services: ServiceOption[],
  options: { preferGrpc: boolean },
): ClusterChoices[] {
  const clusters = new Map<string, ServiceOption[]>();
  for (const service of services) {
    clusters.set(service.cluster, [
      ...(clusters.get(service.cluster) ?? []),
      service,
    ]);
  }
  return [...clusters].map(([cluster, clusterServices]) => ({
    cluster,
    choices: [...clusterServices]
      .sort(byNamespaceAndName)
      .flatMap(service => choicesOf(service, options.preferGrpc)),
  }));
}

/** `8080/TCP, named http, appProtocol kubernetes.io/h2c`. */
export function describePort(port: ServicePortOption): string {
  return [
    `${port.port}/${port.protocol}`,
    port.name && `named ${port.name}`,
    port.appProtocol && `appProtocol ${port.appProtocol}`,
  ]
    .filter(Boolean)
    .join(', ');
}
