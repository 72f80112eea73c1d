import fs from 'node:fs';
import git, { TREE, WalkerEntry } from 'isomorphic-git';
import { PendingChange } from '../types';

type ChangedFile = PendingChange['files'][number];

async function sameObject(
  base: WalkerEntry | null,
  head: WalkerEntry,
): Promise<boolean> {
  if (!base || (await base.type()) !== (await head.type())) return false;
  return (await base.oid()) === (await head.oid());
}

/**
 * The files of the head commit whose blob is missing in the base commit or differs from it,
 * with their paths from the repository root and their content as UTF-8. Files the head
 * deleted are not listed. Reads objects only: no work tree, no index, no HEAD.
 */
export async function readChangedFiles(
  gitdir: string,
  baseOid: string,
  headOid: string,
): Promise<ChangedFile[]> {
  const changed: ChangedFile[] | undefined = await git.walk({
    fs,
    gitdir,
    trees: [TREE({ ref: baseOid }), TREE({ ref: headOid })],
    async map(filepath, [base, head]) {
      // null skips the entry and everything below it; undefined walks on without a result.
      if (!head || (await sameObject(base, head))) return null;
      const type = await head.type();
      if (type === 'tree') return undefined;
      if (type !== 'blob') return null;
      const content = Buffer.from((await head.content()) ?? []).toString(
        'utf8',
      );
      return { path: filepath, content };
    },
  });
  return changed ?? [];
}
