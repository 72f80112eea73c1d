import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import { mockServices } from '@backstage/backend-test-utils';
import { createLocalGitOpsRepository } from '../gitops/local/createLocalGitOpsRepository';

/** The exposure request the tests start from. */
export const storefrontRequest = {
  entityRef: 'component:default/storefront',
  type: 'http' as const,
  cluster: 'demo',
  namespace: 'shop',
  service: { name: 'storefront', port: 8080 },
  hostnames: ['storefront.shop.example.com'],
  paths: [{ type: 'PathPrefix' as const, value: '/' }],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

/** The storefront folder of the seed. */
export const STOREFRONT_FOLDER = 'clusters/demo/shop/storefront';

/** The seed's kustomization.yaml, with a comment that a merge must keep. */
export const SEED_KUSTOMIZATION = [
  '# keep this comment',
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources:',
  '  - service.yaml',
  '',
].join('\n');

/** The seed's Service manifest. */
export const SEED_SERVICE =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: storefront\n';

/** Temporary folders that are removed after each test. */
export function useTempDirs() {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(
      dirs.splice(0).map(dir => fsp.rm(dir, { recursive: true, force: true })),
    );
  });
  return async (prefix = 'portway-test-') => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Writes files (path -> content) below a folder. */
export async function writeFiles(root: string, files: Record<string, string>) {
  for (const [file, content] of Object.entries(files)) {
    await fsp.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fsp.writeFile(path.join(root, file), content);
  }
}

/** Writes a seed folder with the storefront's kustomization.yaml and Service. */
export async function writeSeed(root: string) {
  await writeFiles(root, {
    'README.md': '# seed\n',
    [`${STOREFRONT_FOLDER}/kustomization.yaml`]: SEED_KUSTOMIZATION,
    [`${STOREFRONT_FOLDER}/service.yaml`]: SEED_SERVICE,
  });
}

/** A local GitOps repository at `<dir>/repo`, seeded from `<dir>/seed` on first use. */
export async function createSeededLocalRepository(dir: string) {
  await writeSeed(path.join(dir, 'seed'));
  return createLocalGitOpsRepository({
    path: path.join(dir, 'repo'),
    seedDirectory: path.join(dir, 'seed'),
    baseBranch: 'main',
    author: { name: 'Test', email: 'test@example.com' },
    logger: mockServices.logger.mock(),
  });
}

/** Reads the repository as git sees it: commits and files of a branch. */
export function inspectRepository(repositoryPath: string) {
  const gitdir = path.join(repositoryPath, '.git');
  return {
    gitdir,
    head: (branch: string) =>
      git.resolveRef({ fs, gitdir, ref: `refs/heads/${branch}` }),
    log: (branch: string) =>
      git.log({ fs, gitdir, ref: `refs/heads/${branch}` }),
    files: (branch: string) =>
      git.listFiles({ fs, gitdir, ref: `refs/heads/${branch}` }),
    branches: () => git.listBranches({ fs, gitdir }),
    currentBranch: () => git.currentBranch({ fs, gitdir }),
    async read(branch: string, filepath: string) {
      const oid = await git.resolveRef({
        fs,
        gitdir,
        ref: `refs/heads/${branch}`,
      });
      const { blob } = await git.readBlob({ fs, gitdir, oid, filepath });
      return Buffer.from(blob).toString('utf8');
    },
  };
}

/** Every file below a folder, relative paths, sorted; empty when the folder does not exist. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await fsp
    .readdir(root, { recursive: true, withFileTypes: true })
    .catch(() => []);
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}
