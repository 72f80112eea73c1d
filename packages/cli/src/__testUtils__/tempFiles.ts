import fs from 'fs';
import os from 'os';
import path from 'path';

/** Writes `content` to a new file `name` in a fresh temporary folder and returns its path. */
export function fileWith(content: string, name = 'in.yaml'): string {
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'portway-cli-')),
    name,
  );
  fs.writeFileSync(file, content);
  return file;
}
