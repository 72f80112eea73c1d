import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ManifestFile } from '@portway/plugin-routing-common';

/**
 * Writes files into the workspace at their repository paths. Every path is checked to stay
 * inside the workspace before anything is written.
 */
export async function writeWorkspaceFiles(
  workspacePath: string,
  files: ManifestFile[],
): Promise<void> {
  const targets = files.map(file => ({
    target: resolveSafeChildPath(workspacePath, file.path),
    content: file.content,
  }));
  for (const { target, content } of targets) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content, 'utf8');
  }
}
