/**
 * Finding codes of the VirtualService conversion preflight that are Portway's own. It also
 * reports the Ingress migration's NothingToMigrate and MigrationIncomplete, and the cluster and
 * GitOps codes of the other preflights (ClusterNotFound, ClusterUnavailable, ClusterStale,
 * ClusterSyncing, GitOpsUnavailable, AlreadyExists, InvalidKustomization, EntityNotFound).
 *
 * @public
 */
export const VirtualServiceConversionFindingCodes = {
  /** A named VirtualService is not one of the entity's where the request looks (error). */
  VirtualServiceNotFound: 'VirtualServiceNotFound',
  /** A VirtualService of Istio ingress Gateways, not of the mesh: it is left as it is (info). */
  NotBoundToMesh: 'NotBoundToMesh',
} as const;

/**
 * One of {@link VirtualServiceConversionFindingCodes}.
 *
 * @public
 */
export type VirtualServiceConversionFindingCode =
  (typeof VirtualServiceConversionFindingCodes)[keyof typeof VirtualServiceConversionFindingCodes];
