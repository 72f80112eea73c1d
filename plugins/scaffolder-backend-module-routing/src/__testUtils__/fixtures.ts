import fsp from 'node:fs/promises';
import path from 'node:path';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';

/** The exposure request the tests start from, for the demo cluster the seed repository has. */
export const storefrontRequest = {
  ...storefrontExposureRequest,
  cluster: 'demo',
};

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
