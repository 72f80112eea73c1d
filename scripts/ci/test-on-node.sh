#!/usr/bin/env bash
# Runs `npm test` under another Node major: scripts/ci/test-on-node.sh 22 (or 24).
# Node comes from the npm registry's `node` package, installed under a temporary prefix and put
# first on PATH. better-sqlite3 is the one native module built for a Node version: it is rebuilt
# for that Node, and on the way out (also when a test fails) the build for the Node on PATH is
# put back, so the steps after this one still run.
set -euo pipefail
MAJOR=${1:?usage: scripts/ci/test-on-node.sh MAJOR (for example 22 or 24)}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# Node 24.19.0 and later add cleanup hooks to node::ObjectWrap in their headers, and
# better-sqlite3 12 built against them aborts the process when a statement is garbage-collected
# outside a JavaScript context (nodejs/node#65446). The addon ABI is the same across 24.x, so it
# is built against the headers of 24.18.1, the last release without them, and runs on the newest.
case $MAJOR in
  24) HEADERS_VERSION=24.18.1 ;;
  *) HEADERS_VERSION=$MAJOR ;;
esac

SQLITE_BUILD=node_modules/better-sqlite3/build
[ -d "$SQLITE_BUILD" ] || { echo "$SQLITE_BUILD is missing: run npm ci first" >&2; exit 1; }

PREFIX=$(mktemp -d)
cp -a "$SQLITE_BUILD" "$PREFIX/better-sqlite3-build"
restore() {
  rm -rf "$SQLITE_BUILD"
  mv "$PREFIX/better-sqlite3-build" "$SQLITE_BUILD"
  rm -rf "$PREFIX"
}
trap restore EXIT

# Installs node@$1 into the folder $2. npm 11 runs no install script it is not allowed to, and
# the node package's preinstall is what fetches the binary (and headers) for this platform.
install_node() {
  mkdir -p "$2"
  printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$2/package.json"
  npm install --prefix "$2" --no-audit --no-fund --loglevel=error "node@$1"
}

install_node "$MAJOR" "$PREFIX/node"
NODE_BIN=$PREFIX/node/node_modules/.bin
VERSION=$("$NODE_BIN/node" --version)
case $VERSION in
  "v$MAJOR".*) ;;
  *) echo "Asked for Node $MAJOR, got $VERSION" >&2; exit 1 ;;
esac

# The headers come with the binary, so node-gyp needs no download when it compiles.
if [ "$HEADERS_VERSION" = "$MAJOR" ]; then
  HEADERS_PREFIX=$PREFIX/node
else
  install_node "$HEADERS_VERSION" "$PREFIX/headers"
  HEADERS_PREFIX=$PREFIX/headers
fi
NODEDIR=$HEADERS_PREFIX/node_modules/node/node_modules/node-$(node -p 'process.platform + "-" + process.arch')
[ -f "$NODEDIR/include/node/node.h" ] || { echo "No Node headers in $NODEDIR" >&2; exit 1; }

echo "npm test on Node $VERSION, better-sqlite3 built with the headers of Node $("$HEADERS_PREFIX/node_modules/.bin/node" --version)"
export PATH="$NODE_BIN:$PATH"
npm_config_nodedir=$NODEDIR npm rebuild better-sqlite3
npm test
