#!/usr/bin/env node
/*
 * Packs every published plugin with `npm pack --dry-run` (which runs the Backstage
 * prepack/postpack rewrite) and fails when a tarball would miss its build output, would ship
 * sources or tests, or when postpack left package.json different from before.
 * Run `npm run build:plugins` first.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const plugins = [
  'routing',
  'routing-backend',
  'routing-common',
  'routing-node',
  'scaffolder-backend-module-routing',
];
const requiredFiles = {
  'routing-backend': ['config.schema.json', 'migrations/'],
  'routing-node': ['config.schema.json'],
};

function problemsOf(plugin) {
  const dir = path.resolve(__dirname, '../../plugins', plugin);
  const manifestPath = path.join(dir, 'package.json');
  const manifestBefore = fs.readFileSync(manifestPath, 'utf8');
  const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [pack] = JSON.parse(output);
  const files = pack.files.map(file => file.path);
  console.log(
    `${pack.name}: ${files.length} files, ${pack.size} bytes packed, ${pack.unpackedSize} unpacked`,
  );
  const problems = files
    .filter(file => file.startsWith('src/') || /\.test\.[jt]sx?$/.test(file))
    .map(file => `ships ${file}`);
  for (const required of [
    'dist/index.d.ts',
    ...(requiredFiles[plugin] ?? []),
  ]) {
    if (!files.some(file => file.startsWith(required))) {
      problems.push(`misses ${required}`);
    }
  }
  if (fs.readFileSync(manifestPath, 'utf8') !== manifestBefore) {
    problems.push('postpack did not restore package.json');
  }
  return problems.map(problem => `${pack.name} ${problem}`);
}

const problems = plugins.flatMap(problemsOf);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
