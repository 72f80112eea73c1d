import fs from 'node:fs/promises';
import path from 'node:path';
import { GitOpsFile } from '../gitops/types';

/**
 * Reads every regular file below a folder, skipping `.git` folders and symbolic links, with
 * paths relative to the folder (forward slashes), sorted by path.
 *
 * @public
 */
export async function readDirectoryFiles(root: string): Promise<GitOpsFile[]> {
  const files: GitOpsFile[] = [];
  async function walk(relative: string) {
    const entries = await fs.readdir(path.join(root, relative), {
      withFileTypes: true,
    });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== '.git') {
        await walk(child);
      } else if (entry.isFile()) {
        files.push({
          path: child,
          content: await fs.readFile(path.join(root, child)),
        });
      }
    }
  }
  await walk('');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
