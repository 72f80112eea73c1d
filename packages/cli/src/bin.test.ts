import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { tempFolder } from './__testUtils__/tempFiles';

const bin = path.resolve(__dirname, '../bin/portway');

function portway(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

describe('the portway executable', () => {
  it('exits 0, 1 and 2 as the contract says, with one-line errors and no stack trace', () => {
    const dir = tempFolder('portway-bin-');
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    const base = storefrontExposureRequest;
    fs.writeFileSync(good, JSON.stringify(base));
    fs.writeFileSync(
      bad,
      JSON.stringify({ ...base, hostnames: ['UPPER.example.com'] }),
    );

    expect(portway('render', '--json', good)).toMatchObject({ status: 0 });
    expect(portway('render', '--json', bad)).toMatchObject({ status: 1 });
    const missing = portway('render', '--json', path.join(dir, 'missing.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([
      `portway: ${path.join(dir, 'missing.json')}: cannot be read (ENOENT)`,
    ]);
    expect(portway('no-such-command').status).toBe(2);
  });
});
