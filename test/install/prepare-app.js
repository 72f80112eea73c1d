#!/usr/bin/env node
/*
 * Prepares a create-app app for `npm install` with Portway from tarballs.
 *
 * Usage: node test/install/prepare-app.js APP_DIR TARBALL_DIR < installs
 * (installs: `WORKSPACE PACKAGE` lines, as apply-readmes.js prints them)
 *
 * - Portway from tarballs instead of the registry: every @portway package is overridden with
 *   its tarball (they depend on each other), and each installed one is a dependency of its
 *   workspace, as `npm install --workspace WORKSPACE PACKAGE` would write it.
 * - What a create-app app needs to be installed by npm instead of yarn: `resolutions` as
 *   `overrides`, `link:` as `file:`, and better-sqlite3's (and the build tools') install
 *   scripts allowed, which npm 11 does not run otherwise.
 * - The template's `@backstage/backend-defaults` range (^0.18) predates the
 *   `@backstage/plugin-signals-backend` it asks for (0.3.21 needs 0.19's
 *   httpRouter.addWebSocketHandler); without yarn's seed lockfile it is raised to ^0.19.0.
 */
const fs = require('fs');
const path = require('path');

const [appDir, tarballDir] = process.argv.slice(2);
const installs = fs
  .readFileSync(0, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(line => line.split(' '));

function tarballs() {
  const byName = {};
  for (const file of fs.readdirSync(tarballDir)) {
    const manifest = /^portway-(.+)-\d+\.\d+\.\d+\.tgz$/.exec(file);
    if (manifest)
      byName[`@portway/${manifest[1]}`] = `file:${path.join(tarballDir, file)}`;
  }
  return byName;
}

function edit(file, change) {
  const full = path.join(appDir, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8'));
  change(json);
  fs.writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
}

const portway = tarballs();
edit('package.json', root => {
  root.overrides = { ...root.resolutions, ...portway };
  root.allowScripts = {
    'better-sqlite3': true,
    '@swc/core': true,
    esbuild: true,
  };
});
edit('packages/backend/package.json', backend => {
  backend.dependencies.app = 'file:../app';
  backend.dependencies['@backstage/backend-defaults'] = '^0.19.0';
});
for (const [workspace, name] of installs) {
  if (!portway[name])
    throw new Error(`no tarball for ${name} in ${tarballDir}`);
  edit(`packages/${workspace}/package.json`, pkg => {
    pkg.dependencies[name] = portway[name];
  });
}
