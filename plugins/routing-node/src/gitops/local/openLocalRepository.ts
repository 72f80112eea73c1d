import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import git from 'isomorphic-git';
import { LoggerService } from '@backstage/backend-plugin-api';
import { readDirectoryFiles } from '../../files/readDirectoryFiles';
import { GitAuthor } from '../types';

/** How to find, or create, the local GitOps repository. */
export interface OpenLocalRepositoryOptions {
  /** Absolute path of the repository folder (a work tree with `.git`, or a bare repository). */
  path: string;
  /** Absolute path of the folder whose files become the first commit; none means an empty one. */
  seedDirectory?: string;
  baseBranch: string;
  author: GitAuthor;
  logger: LoggerService;
}

async function exists(file: string): Promise<boolean> {
  return fsp.access(file).then(
    () => true,
    () => false,
  );
}

async function findGitDir(repositoryPath: string): Promise<string | undefined> {
  const dotGit = path.join(repositoryPath, '.git');
  if (await exists(dotGit)) return dotGit;
  const isBare =
    (await exists(path.join(repositoryPath, 'HEAD'))) &&
    (await exists(path.join(repositoryPath, 'objects')));
  return isBare ? repositoryPath : undefined;
}

async function isMissingOrEmpty(folder: string): Promise<boolean> {
  try {
    return (await fsp.readdir(folder)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Builds the repository in a folder of its own: seed files in the work tree, one commit. */
async function buildSeededRepository(
  dir: string,
  options: OpenLocalRepositoryOptions,
) {
  await git.init({ fs, dir, defaultBranch: options.baseBranch });
  if (options.seedDirectory) {
    if (!(await exists(options.seedDirectory))) {
      throw new Error(
        `The seed folder ${options.seedDirectory} of the local GitOps repository does not exist: check routing.gitops.local.seedDirectory`,
      );
    }
    for (const file of await readDirectoryFiles(options.seedDirectory)) {
      await fsp.mkdir(path.dirname(path.join(dir, file.path)), {
        recursive: true,
      });
      await fsp.writeFile(path.join(dir, file.path), file.content);
      await git.add({ fs, dir, filepath: file.path });
    }
  }
  const timestamp = Math.floor(Date.now() / 1000);
  const person = { ...options.author, timestamp, timezoneOffset: 0 };
  await git.commit({
    fs,
    dir,
    message: 'Seed the Portway GitOps repository',
    author: person,
    committer: person,
  });
}

/**
 * Creates the repository next to its final place and renames it there, so a half-created
 * repository is never seen. When another process wins the race, its repository is used.
 */
async function createRepository(
  options: OpenLocalRepositoryOptions,
): Promise<void> {
  await fsp.mkdir(path.dirname(options.path), { recursive: true });
  const staging = await fsp.mkdtemp(`${options.path}.creating-`);
  try {
    await buildSeededRepository(staging, options);
    await fsp.rmdir(options.path).catch(() => undefined); // only ever removes an empty folder
    await fsp.rename(staging, options.path);
  } catch (error) {
    await fsp.rm(staging, { recursive: true, force: true });
    if (await findGitDir(options.path)) return;
    throw error;
  }
  options.logger.info('Created the local GitOps repository', {
    path: options.path,
    seedDirectory: options.seedDirectory,
    baseBranch: options.baseBranch,
  });
}

/**
 * Finds the local GitOps repository without creating it: its git directory, or undefined when
 * the folder is missing or empty. Throws when the folder holds files but no repository.
 */
export async function findLocalRepository(
  repositoryPath: string,
): Promise<string | undefined> {
  const found = await findGitDir(repositoryPath);
  if (found) return found;
  if (!(await isMissingOrEmpty(repositoryPath))) {
    throw new Error(
      `${repositoryPath} is not a git repository and not empty: point routing.gitops.local.path at a git repository or at a folder that does not exist yet`,
    );
  }
  return undefined;
}

/**
 * Finds the local GitOps repository and returns its git directory. When the folder is
 * missing or empty, creates it first: a repository whose base branch has one commit with the
 * seed folder's files.
 */
export async function openLocalRepository(
  options: OpenLocalRepositoryOptions,
): Promise<string> {
  const found = await findLocalRepository(options.path);
  if (found) return found;
  await createRepository(options);
  const created = await findGitDir(options.path);
  if (!created)
    throw new Error(`Could not create a git repository at ${options.path}`);
  return created;
}
