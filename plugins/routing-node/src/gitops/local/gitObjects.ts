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
  /** The file's content, or null for a file to delete. */
  content: Buffer | string | null;
}

/**
 * The tree with the pending files written and deleted, or undefined when nothing is left in it
 * (git keeps no empty folders).
 */
async function updateTree(
  gitdir: string,
  treeOid: string | undefined,
  files: PendingFile[],
): Promise<string | undefined> {
  const entries = treeOid
    ? (await git.readTree({ fs, gitdir, oid: treeOid })).tree
    : [];
  const byName = new Map(entries.map(entry => [entry.path, entry]));
  const subfolders = new Map<string, PendingFile[]>();
  for (const file of files) {
    const [name, ...rest] = file.segments;
    if (rest.length > 0) {
      subfolders.set(name, [
        ...(subfolders.get(name) ?? []),
        { ...file, segments: rest },
      ]);
    } else if (file.content === null) {
      if (byName.get(name)?.type === 'tree') {
        throw new InputError(
          `Cannot delete ${name}: it is a folder in the GitOps repository`,
        );
      }
      byName.delete(name);
    } else {
      const oid = await git.writeBlob({
        fs,
        gitdir,
        blob: Buffer.from(file.content),
      });
      byName.set(name, { mode: FILE_MODE, path: name, oid, type: 'blob' });
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
    if (oid) {
      byName.set(name, { mode: TREE_MODE, path: name, oid, type: 'tree' });
    } else {
      byName.delete(name);
    }
  }
  if (byName.size === 0) return undefined;
  return git.writeTree({ fs, gitdir, tree: [...byName.values()] });
}

/** The segments of a repository path; InputError unless it is a plain path inside the repository. */
function pathSegments(filePath: string, verb: string): string[] {
  const segments = filePath.split('/').filter(segment => segment !== '');
  if (
    segments.length === 0 ||
    segments.some(s => s === '.' || s === '..' || s === '.git')
  ) {
    throw new InputError(
      `Refusing to ${verb} "${filePath}": not a plain path inside the repository`,
    );
  }
  return segments;
}

/**
 * Writes the files as blobs and returns a new tree: the given tree with those files added or
 * replaced, `filesToDelete` removed (those it does not have are skipped), and everything else
 * unchanged. InputError for a path both written and deleted. Only objects are written; no ref
 * moves.
 */
export async function writeFilesOnTree(
  gitdir: string,
  baseTreeOid: string,
  files: GitOpsFile[],
  filesToDelete: string[] = [],
): Promise<string> {
  const pending: PendingFile[] = files.map(file => ({
    segments: pathSegments(file.path, 'commit'),
    content: file.content,
  }));
  const written = new Set(pending.map(file => file.segments.join('/')));
  for (const filePath of filesToDelete) {
    const segments = pathSegments(filePath, 'delete');
    if (written.has(segments.join('/'))) {
      throw new InputError(
        `Refusing to both write and delete "${filePath}" in one commit`,
      );
    }
    pending.push({ segments, content: null });
  }
  return (
    (await updateTree(gitdir, baseTreeOid, pending)) ??
    git.writeTree({ fs, gitdir, tree: [] })
  );
}
