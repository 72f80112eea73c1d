import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { createLocalGitOpsRepository } from '../gitops/local/createLocalGitOpsRepository';
import type { LocalGitOpsRepository } from '@portway/plugin-routing-node';
import { writeFiles } from './tempDirs';

/**
 * The storefront folder of the seed.
 *
 * @public
 */
export const STOREFRONT_FOLDER = 'clusters/demo/shop/storefront';

/**
 * The seed's kustomization.yaml, with a comment that a merge must keep.
 *
 * @public
 */
export const SEED_KUSTOMIZATION = [
  '# keep this comment',
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources:',
  '  - service.yaml',
  '',
].join('\n');

/**
 * The seed's Service manifest.
 *
 * @public
 */
export const SEED_SERVICE =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: storefront\n';

/** Writes a seed folder with a README and the storefront's kustomization.yaml and Service. */
async function writeSeed(root: string): Promise<void> {
  await writeFiles(root, {
    'README.md': '# seed\n',
    [`${STOREFRONT_FOLDER}/kustomization.yaml`]: SEED_KUSTOMIZATION,
    [`${STOREFRONT_FOLDER}/service.yaml`]: SEED_SERVICE,
  });
}

/**
 * A local GitOps repository at `<dir>/repo` with base branch `main`, seeded from `<dir>/seed`
 * on first use. Commits are made by `Test <test@example.com>`.
 *
 * @public
 */
export async function createSeededLocalRepository(
  dir: string,
): Promise<LocalGitOpsRepository> {
  await writeSeed(path.join(dir, 'seed'));
  return createLocalGitOpsRepository({
    path: path.join(dir, 'repo'),
    seedDirectory: path.join(dir, 'seed'),
    baseBranch: 'main',
    author: { name: 'Test', email: 'test@example.com' },
    logger: mockServices.logger.mock(),
  });
}
