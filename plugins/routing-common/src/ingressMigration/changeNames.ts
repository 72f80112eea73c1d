import type { IngressRemovalRequest } from '../types/ingressMigration';

/**
 * The prefix of Portway's request branches; the same as REQUEST_BRANCH_PREFIX of
 * `@portway/plugin-routing-node`, which this package cannot import (it depends on this one).
 */
const BRANCH_PREFIX = 'portway/';

const MIGRATION_BRANCHES = `${BRANCH_PREFIX}migrate-ingress/`;
const REMOVAL_BRANCHES = `${BRANCH_PREFIX}remove-ingress/`;

/**
 * The part of an Ingress migration or removal request its branch name and refs are made of:
 * the namespace and the names of the Ingresses it changes.
 *
 * @public
 */
export type IngressChange = Pick<
  IngressRemovalRequest,
  'namespace' | 'ingresses'
>;

/** `<namespace>/<first Ingress>[-and-N-more]`: namespace and names are DNS names, so a valid ref. */
function branchTail({ namespace, ingresses }: IngressChange): string {
  const more = ingresses.length > 1 ? `-and-${ingresses.length - 1}-more` : '';
  return `${namespace}/${ingresses[0]}${more}`.toLocaleLowerCase('en-US');
}

/**
 * `namespace/a, namespace/b`, as titles name Ingresses.
 *
 * @public
 */
export function ingressRefs({ namespace, ingresses }: IngressChange): string[] {
  return ingresses.map(name => `${namespace}/${name}`);
}

/**
 * The branch of a migration: `portway/migrate-ingress/shop/storefront-legacy-and-1-more`.
 *
 * @public
 */
export function ingressMigrationBranchName(request: IngressChange): string {
  return `${MIGRATION_BRANCHES}${branchTail(request)}`;
}

/**
 * The branch of a removal: `portway/remove-ingress/shop/storefront-legacy`.
 *
 * @public
 */
export function ingressRemovalBranchName(request: IngressChange): string {
  return `${REMOVAL_BRANCHES}${branchTail(request)}`;
}

/**
 * A migration's title: "Migrate Ingress shop/a, shop/b to Gateway API routes".
 *
 * @public
 */
export function ingressMigrationTitle(refs: string[]): string {
  return `Migrate Ingress ${refs.join(', ')} to Gateway API routes`;
}

/**
 * A removal's title: "Remove Ingress shop/a, shop/b".
 *
 * @public
 */
export function ingressRemovalTitle(refs: string[]): string {
  return `Remove Ingress ${refs.join(', ')}`;
}

/**
 * Whether a branch is an Ingress migration's or removal's: such a change is not recorded as an
 * exposure request, so its pending routes have none to link to.
 *
 * @public
 */
export function isIngressChangeBranch(branchName: string): boolean {
  return (
    branchName.startsWith(MIGRATION_BRANCHES) ||
    branchName.startsWith(REMOVAL_BRANCHES)
  );
}
