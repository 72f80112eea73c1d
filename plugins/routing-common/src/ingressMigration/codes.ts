/**
 * Finding codes of the Ingress migration and removal preflights that are Portway's own. They
 * also report the exposure preflight's codes where the same rule applies (ClusterNotFound,
 * ClusterUnavailable, ClusterStale, NamespaceNotAllowed, OwnershipNotChecked, NoMatchingParent
 * and the other Gateway API reasons, HostnameConflict, HostnameInUse, HostnameNotAllowed,
 * AlreadyExists, InvalidKustomization, CertificateWillNotBeIssued, ...).
 *
 * @public
 */
export const IngressMigrationFindingCodes = {
  /** A named Ingress is not in the request's namespace of the cluster (error). */
  IngressNotFound: 'IngressNotFound',
  /** Neither a named Ingress nor its backend Services show that they belong to the entity (warning). */
  IngressNotOwned: 'IngressNotOwned',
  /** An Ingress path or feature could not be converted: the routes do not carry it (warning). */
  MigrationIncomplete: 'MigrationIncomplete',
  /** The converter made no route of the Ingresses: there is nothing to migrate (error). */
  NothingToMigrate: 'NothingToMigrate',
  /** Removal: the Ingress's routes are not all live and Accepted yet; the message says what is missing (error). */
  IngressNotMigrated: 'IngressNotMigrated',
  /** Removal: no manifest of the Ingress is in the entity's GitOps folder (error). */
  IngressNotInGitOps: 'IngressNotInGitOps',
  /** Removal: the Ingress's manifest file holds other objects too, which deleting it would remove (error). */
  ManifestFileShared: 'ManifestFileShared',
} as const;

/**
 * One of {@link IngressMigrationFindingCodes}.
 *
 * @public
 */
export type IngressMigrationFindingCode =
  (typeof IngressMigrationFindingCodes)[keyof typeof IngressMigrationFindingCodes];
