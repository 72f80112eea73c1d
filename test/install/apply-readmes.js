#!/usr/bin/env node
/*
 * Adds Portway to a create-app app with exactly the lines of the plugin READMEs.
 *
 * Usage: node test/install/apply-readmes.js APP_DIR README...
 *
 * Reads every fenced code block of the READMEs whose first line names the file it belongs to
 * (`// packages/backend/src/index.ts`, `// packages/app/src/App.tsx`), and applies it:
 * - backend: every `backend.add(...)` line the app does not have yet, before `backend.start()`;
 * - app: every import the app does not have yet, after its last import, and every entry of the
 *   block's `features: [...]` the app does not list yet, appended to the app's list.
 * Prints, one per line, `WORKSPACE PACKAGE`: what to install where. That is each README's
 * `npm install --workspace WORKSPACE PACKAGE`, and each @portway package the applied lines
 * import, WORKSPACE being the npm workspace of the file (`backend`, `app`); an import no README
 * gives an install command for is named on stderr.
 */
const fs = require('fs');
const path = require('path');

const [appDir, ...readmes] = process.argv.slice(2);
if (!appDir || readmes.length === 0) {
  throw new Error('usage: apply-readmes.js APP_DIR README...');
}

const BACKEND_FILE = 'packages/backend/src/index.ts';
const APP_FILE = 'packages/app/src/App.tsx';
const WORKSPACES = { [BACKEND_FILE]: 'backend', [APP_FILE]: 'app' };

function codeBlocks(markdown) {
  const blocks = [];
  const fence = /^```[a-z]*\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    blocks.push(match[1].split('\n').filter(line => line.trim() !== ''));
  }
  return blocks;
}

const isComment = line => line.trim().startsWith('//');

// A block belongs to the file its first line names.
const belongsTo = (lines, file) => lines[0].trim() === `// ${file}`;

function blocksFor(file) {
  return readmes.flatMap(readme =>
    codeBlocks(fs.readFileSync(readme, 'utf8'))
      .filter(lines => belongsTo(lines, file))
      .map(lines => ({
        readme,
        lines: lines.filter(line => !isComment(line)),
      })),
  );
}

function portwayPackages(lines) {
  const imported = /(?:import\(|from )'(@portway\/[^'/]+)/;
  return lines.map(line => line.match(imported)?.[1]).filter(Boolean);
}

function applyBackend(source, blocks) {
  const lines = blocks.flatMap(block =>
    block.lines.filter(line => line.startsWith('backend.add(')),
  );
  const missing = [...new Set(lines)].filter(line => !source.includes(line));
  if (!source.includes('backend.start();')) {
    throw new Error(`${BACKEND_FILE} has no backend.start();`);
  }
  return {
    source: source.replace(
      'backend.start();',
      [...missing, 'backend.start();'].join('\n'),
    ),
    applied: missing,
  };
}

function featuresOf(text, where) {
  const match = text.match(/features:\s*\[([^\]]*)\]/);
  if (!match) throw new Error(`no features: [...] in ${where}`);
  const entries = match[1]
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map(entry => entry.trim())
    .filter(Boolean);
  return { match, entries };
}

function applyApp(source, blocks) {
  const applied = [];
  let result = source;
  for (const block of blocks) {
    const imports = block.lines.filter(line => line.startsWith('import '));
    const newImports = imports.filter(line => !result.includes(line));
    if (newImports.length > 0) {
      const lastImport = [...result.matchAll(/^import .*;$/gm)].pop();
      const at = lastImport.index + lastImport[0].length;
      result = `${result.slice(0, at)}\n${newImports.join('\n')}${result.slice(
        at,
      )}`;
      applied.push(...newImports);
    }
    const wanted = featuresOf(block.lines.join('\n'), block.readme).entries;
    const { match, entries } = featuresOf(result, APP_FILE);
    const newFeatures = wanted.filter(entry => !entries.includes(entry));
    if (newFeatures.length > 0) {
      const list = `features: [${[...entries, ...newFeatures].join(', ')}]`;
      result = result.replace(match[0], list);
      applied.push(`features: + ${newFeatures.join(', ')}`);
    }
  }
  return { source: result, applied };
}

// `npm install --workspace app @portway/plugin-routing`, also in a `# or, ...` comment.
function readmeInstalls() {
  const install = /npm install --workspace (\S+) (@portway\/\S+)/g;
  return readmes.flatMap(readme =>
    [...fs.readFileSync(readme, 'utf8').matchAll(install)].map(
      match => `${match[1]} ${match[2]}`,
    ),
  );
}

const appliers = { [BACKEND_FILE]: applyBackend, [APP_FILE]: applyApp };
const installs = new Set();
for (const [file, apply] of Object.entries(appliers)) {
  const blocks = blocksFor(file);
  if (blocks.length === 0) {
    throw new Error(`no README code block starts with // ${file}`);
  }
  const target = path.join(appDir, file);
  const { source, applied } = apply(fs.readFileSync(target, 'utf8'), blocks);
  fs.writeFileSync(target, source);
  for (const line of applied) console.error(`${file}: ${line}`);
  for (const name of blocks.flatMap(block => portwayPackages(block.lines))) {
    installs.add(`${WORKSPACES[file]} ${name}`);
  }
}
const commands = new Set(readmeInstalls());
for (const install of installs) {
  if (!commands.has(install)) {
    console.error(`no README says npm install --workspace ${install}`);
  }
}
for (const install of new Set([...installs, ...commands])) console.log(install);
