import fs from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';

/**
 * Reads a repository with a work tree as git sees it: commits, files and branches.
 *
 * @public
 */
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
