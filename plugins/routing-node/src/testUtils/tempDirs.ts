import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary folders that are removed after each test. Call it in a `describe` block; it
 * returns a function that makes a new folder.
 *
 * @public
 */
export function useTempDirs(): (prefix?: string) => Promise<string> {
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

/**
 * Writes files (content by path) below a folder, creating the folders they need.
 *
 * @public
 */
export async function writeFiles(
  root: string,
  files: Record<string, string>,
): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await fsp.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fsp.writeFile(path.join(root, file), content);
  }
}
