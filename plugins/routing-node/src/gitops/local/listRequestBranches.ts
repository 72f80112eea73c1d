import fs from 'node:fs';
import git from 'isomorphic-git';
import { PendingChange } from '../types';
import { isRequestBranch } from './branchNames';
import { readChangedFiles } from './changedFiles';
import { findBranchCommit } from './gitObjects';

/** Whether a commit is contained in the base commit: the base itself or one of its ancestors. */
export async function isMerged(
  gitdir: string,
  baseOid: string,
  headOid: string,
): Promise<boolean> {
  if (headOid === baseOid) return true;
  return git.isDescendent({
    fs,
    gitdir,
    oid: baseOid,
    ancestor: headOid,
    depth: -1,
  });
}

/**
 * The request branches (`portway/...`) not merged into the base commit yet, by branch name,
 * each with the files it adds or changes. Reads refs and objects only.
 */
export async function listRequestBranches(
  gitdir: string,
  baseOid: string,
): Promise<PendingChange[]> {
  const branchNames = (await git.listBranches({ fs, gitdir }))
    .filter(isRequestBranch)
    .sort();
  const pending: PendingChange[] = [];
  for (const branchName of branchNames) {
    const commitSha = await findBranchCommit(gitdir, branchName);
    if (!commitSha || (await isMerged(gitdir, baseOid, commitSha))) continue;
    const { commit } = await git.readCommit({ fs, gitdir, oid: commitSha });
    pending.push({
      branchName,
      commitSha,
      createdAt: new Date(commit.committer.timestamp * 1000).toISOString(),
      files: await readChangedFiles(gitdir, baseOid, commitSha),
    });
  }
  return pending;
}
