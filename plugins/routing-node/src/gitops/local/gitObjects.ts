import fs from 'node:fs';
import git, { TreeEntry } from 'isomorphic-git';
import { InputError } from '@backstage/errors';
import { ExistingFolder } from '@portway/plugin-routing-common';
import { GitOpsFile } from '../types';

const FILE_MODE = '100644';
const TREE_MODE = '040000';

function isGitNotFound(error: unknown): boolean {
  return error instanceof git.Errors.NotFoundError;
}

/** The commit a branch points at, or undefined when there is no such branch. */
export async function findBranchCommit(
  gitdir: string,
  branchName: string,
): Promise<string | undefined> {
  try {
    return await git.resolveRef({
      fs,
      gitdir,
      ref: `refs/heads/${branchName}`,
    });
  } catch (error) {
    if (isGitNotFound(error)) return undefined;
    throw error;
  }
}

/** The files directly in a folder of a commit, by file name; empty when there is no folder. */
export async function readFolderAtCommit(
  gitdir: string,
  commitOid: string,
  folder: string,
): Promise<ExistingFolder> {
  let entries: TreeEntry[];
  try {
    entries = (
      await git.readTree({ fs, gitdir, oid: commitOid, filepath: folder })
    ).tree;
  } catch (error) {
    if (isGitNotFound(error)) return {};
    throw error;
  }
  const existing: ExistingFolder = {};
  for (const entry of entries.filter(e => e.type === 'blob')) {
    const { blob } = await git.readBlob({ fs, gitdir, oid: entry.oid });
    existing[entry.path] = Buffer.from(blob).toString('utf8');
  }
  return existing;
}

interface PendingFile {
  segments: string[];
  content: Buffer | string;
}

async function updateTree(
  gitdir: string,
  treeOid: string | undefined,
  files: PendingFile[],
): Promise<string> {
  const entries = treeOid
    ? (await git.readTree({ fs, gitdir, oid: treeOid })).tree
    : [];
  const byName = new Map(entries.map(entry => [entry.path, entry]));
  const subfolders = new Map<string, PendingFile[]>();
  for (const file of files) {
    const [name, ...rest] = file.segments;
    if (rest.length === 0) {
      const oid = await git.writeBlob({
        fs,
        gitdir,
        blob: Buffer.from(file.content),
      });
      byName.set(name, { mode: FILE_MODE, path: name, oid, type: 'blob' });
    } else {
      subfolders.set(name, [
        ...(subfolders.get(name) ?? []),
        { ...file, segments: rest },
      ]);
    }
  }
  for (const [name, children] of subfolders) {
    const current = byName.get(name);
    if (current && current.type !== 'tree') {
      throw new Error(
        `Cannot write below ${name}: it is a file in the GitOps repository`,
      );
    }
    const oid = await updateTree(gitdir, current?.oid, children);
    byName.set(name, { mode: TREE_MODE, path: name, oid, type: 'tree' });
  }
  return git.writeTree({ fs, gitdir, tree: [...byName.values()] });
}

/**
 * Writes the files as blobs and returns a new tree: the given tree with those files added or
 * replaced and everything else unchanged. Only objects are written; no ref moves.
 */
export async function writeFilesOnTree(
  gitdir: string,
  baseTreeOid: string,
  files: GitOpsFile[],
): Promise<string> {
  const pending = files.map(file => {
    const segments = file.path.split('/').filter(segment => segment !== '');
    if (
      segments.length === 0 ||
      segments.some(s => s === '.' || s === '..' || s === '.git')
    ) {
      throw new InputError(
        `Refusing to commit "${file.path}": not a plain path inside the repository`,
      );
    }
    return { segments, content: file.content };
  });
  return updateTree(gitdir, baseTreeOid, pending);
}
