import fs from 'fs';
import os from 'os';
import path from 'path';

const folders: string[] = [];

// Every test file that imports this module removes the folders its tests made.
afterEach(() => {
  for (const folder of folders.splice(0)) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** A new empty temporary folder, removed after the test. */
export function tempFolder(prefix = 'portway-cli-'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** Writes `content` to a new file `name` in a fresh temporary folder and returns its path. */
export function fileWith(content: string, name = 'in.yaml'): string {
  const file = path.join(tempFolder(), name);
  fs.writeFileSync(file, content);
  return file;
}
