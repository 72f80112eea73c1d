import { InputError } from '@backstage/errors';
import {
  listenerOptions,
  PreflightCluster,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { kindNameOf } from '../../clusters/resourceKinds';
import { preflightCluster } from '../../clusters/preflightClusters';
import { entitySelector } from '../EntityRoutes/entitySelector';
import type { ExposureOptionsService } from './types';
import { compareServiceOptions, serviceOption } from './serviceOptions';
import { ingressClassOptions } from './ingressClassOptions';

/** Options of {@link createExposureOptionsService}. */
export interface ExposureOptionsServiceOptions {
  /** The caches of every cluster, kept fresh in the background. */
  clusters: ClusterCaches;
  /** The clock, for the age of stale data. */
  now?: () => number;
}

interface ClusterRead {
  cache: ClusterCacheReader;
  cluster: PreflightCluster;
}

/** Answers the exposure form's pickers from the clusters' caches. */
export function createExposureOptionsService(
  options: ExposureOptionsServiceOptions,
): ExposureOptionsService {
  const { clusters, now = Date.now } = options;

  function readAll(): ClusterRead[] {
    const at = now();
    return clusters.list().map(cache => ({
      cache,
      cluster: preflightCluster(cache, at),
    }));
  }

  /** The named cluster, or nothing when it is in `error`; an unknown name is an InputError. */
  function clusterNamed(
    reads: ClusterRead[],
    name: string,
  ): PreflightCluster | undefined {
    const read = reads.find(r => r.cluster.name === name);
    if (!read) {
      const known = reads.map(r => r.cluster.name).join(', ') || 'none';
      throw new InputError(
        `cluster "${name}" is not a configured cluster; known clusters: ${known}`,
      );
    }
    return read.cluster.status.state === 'error' ? undefined : read.cluster;
  }

  const statuses = (reads: ClusterRead[]) => reads.map(r => r.cluster.status);

  return {
    entityServices(entity) {
      const selector = entitySelector(entity);
      const reads = readAll();
      const services = reads
        .filter(read => read.cluster.status.state !== 'error')
        .flatMap(({ cache }) =>
          selector
            .selectFrom(cache)
            .filter(object => kindNameOf(object) === 'service')
            .map(service => serviceOption(cache.name, service)),
        );
      return {
        services: services.sort(compareServiceOptions),
        clusters: statuses(reads),
      };
    },
    listeners({ cluster: name, namespace, type }) {
      const reads = readAll();
      const cluster = clusterNamed(reads, name);
      return {
        listeners: cluster ? listenerOptions(cluster, { namespace, type }) : [],
        clusters: statuses(reads),
      };
    },
    ingressClasses(name) {
      const reads = readAll();
      const cluster = clusterNamed(reads, name);
      return {
        ingressClasses: cluster
          ? ingressClassOptions(name, cluster.objects.list('ingressClass'))
          : [],
        clusters: statuses(reads),
      };
    },
  };
}
