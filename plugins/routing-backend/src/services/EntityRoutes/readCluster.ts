import type { KubernetesObject } from '@portway/plugin-routing-common';
import { resourceKinds } from '../../clusters/resourceKinds';
import type { ClusterReader } from '../../clusters/types';

/** The objects of one cluster that routing answers are built from. */
export interface ClusterObjects {
  namespaces: KubernetesObject[];
  services: KubernetesObject[];
  referenceGrants: KubernetesObject[];
  gateways: KubernetesObject[];
  routes: KubernetesObject[];
}

/** Reads a cluster's routing objects, failing after `timeoutMs` so a hung cluster cannot hang the answer. */
export async function readCluster(
  cluster: ClusterReader,
  timeoutMs: number,
): Promise<ClusterObjects> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`cluster did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const read = Promise.all([
    cluster.list(resourceKinds.namespace),
    cluster.list(resourceKinds.service),
    cluster.list(resourceKinds.referenceGrant),
    cluster.list(resourceKinds.gateway),
    cluster.list(resourceKinds.httpRoute),
    cluster.list(resourceKinds.grpcRoute),
  ]).then(
    ([
      namespaces,
      services,
      referenceGrants,
      gateways,
      httpRoutes,
      grpcRoutes,
    ]) => ({
      namespaces,
      services,
      referenceGrants,
      gateways,
      routes: [...httpRoutes, ...grpcRoutes],
    }),
  );
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
