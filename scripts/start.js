#!/usr/bin/env node
/*
 * `npm start` and `npm run start:backend`: backstage-cli repo start, with every `--config`
 * path made absolute against the folder npm was run from. backstage-cli resolves relative
 * config paths against each package's folder (packages/backend, packages/app), so
 * `npm start -- --config app-config.yaml --config extra.yaml` would otherwise miss them.
 *
 * Usage: node scripts/start.js [package...] [--config FILE]...
 */
const { spawn } = require('child_process');
const path = require('path');

const invokedFrom = process.env.INIT_CWD || process.cwd();
const args = process.argv.slice(2).map((arg, index, all) => {
  if (all[index - 1] === '--config') return path.resolve(invokedFrom, arg);
  if (arg.startsWith('--config=')) {
    return `--config=${path.resolve(
      invokedFrom,
      arg.slice('--config='.length),
    )}`;
  }
  return arg;
});

const cli = require.resolve('@backstage/cli/bin/backstage-cli');
const child = spawn(process.execPath, [cli, 'repo', 'start', ...args], {
  cwd: path.resolve(__dirname, '..'),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
