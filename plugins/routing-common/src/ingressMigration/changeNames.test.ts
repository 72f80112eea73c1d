import {
  ingressMigrationBranchName,
  ingressMigrationTitle,
  ingressRefs,
  ingressRemovalBranchName,
  ingressRemovalTitle,
  isIngressChangeBranch,
} from './changeNames';

const one = { namespace: 'shop', ingresses: ['storefront-legacy'] };
const three = { namespace: 'shop', ingresses: ['a', 'b.v1', 'c'] };

describe('Ingress change names', () => {
  it.each([
    [
      ingressMigrationBranchName,
      one,
      'portway/migrate-ingress/shop/storefront-legacy',
    ],
    [
      ingressMigrationBranchName,
      three,
      'portway/migrate-ingress/shop/a-and-2-more',
    ],
    [
      ingressRemovalBranchName,
      one,
      'portway/remove-ingress/shop/storefront-legacy',
    ],
    [
      ingressRemovalBranchName,
      three,
      'portway/remove-ingress/shop/a-and-2-more',
    ],
  ])('%p names the branch of %j %s', (name, request, branch) => {
    expect(name(request)).toBe(branch);
  });

  it('titles a change by the Ingresses it is about', () => {
    expect(ingressMigrationTitle(ingressRefs(one))).toBe(
      'Migrate Ingress shop/storefront-legacy to Gateway API routes',
    );
    expect(ingressRemovalTitle(ingressRefs(three))).toBe(
      'Remove Ingress shop/a, shop/b.v1, shop/c',
    );
  });
});

describe('isIngressChangeBranch', () => {
  it.each([
    ['portway/migrate-ingress/shop/storefront-legacy', true],
    ['portway/remove-ingress/shop/storefront-legacy', true],
    ['portway/expose-reviews-http-reviews', false],
    ['feature/migrate-ingress/shop/x', false],
  ])('%s: %s', (branch, expected) => {
    expect(isIngressChangeBranch(branch)).toBe(expected);
  });
});
