import { Analysis, analyzeGatewayApi } from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { KindName } from '../../clusters/resourceKinds';

/** The kinds the Gateway API analysis reads. */
const analyzedKinds: KindName[] = [
  'namespace',
  'service',
  'referenceGrant',
  'gatewayClass',
  'gateway',
  'httpRoute',
  'grpcRoute',
  'certificate',
];

/**
 * The Gateway API analysis of each cluster, computed when first asked for and kept until the
 * cluster's cache changes, so entity queries share it.
 */
export function createClusterAnalyses() {
  const analyses = new WeakMap<
    ClusterCacheReader,
    { version: number; analysis: Analysis }
  >();
  return {
    analysisOf(cache: ClusterCacheReader): Analysis {
      const cached = analyses.get(cache);
      if (cached?.version === cache.version) return cached.analysis;
      const version = cache.version;
      const analysis = analyzeGatewayApi(
        analyzedKinds.flatMap(kind => cache.list(kind)),
      );
      analyses.set(cache, { version, analysis });
      return analysis;
    },
  };
}
