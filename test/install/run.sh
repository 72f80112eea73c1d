#!/usr/bin/env bash
# Installs Portway as a new user would: packs the plugins, creates a Backstage app with
# @backstage/create-app (new frontend system) outside the repository, adds Portway with exactly
# the lines of the plugin READMEs, type-checks and builds the app, starts its backend with the
# demo cluster and one demo entity, and checks that /api/routing answers the entity's routes.
#
# Usage, from the repository root after `npm ci`: test/install/run.sh
# PORTWAY_INSTALL_SKIP_FRONTEND_BUILD=1 skips the frontend build of the app (about a minute).
set -euo pipefail
REPO=$(pwd)
HERE=$REPO/test/install
PLUGINS=(routing-common routing-node routing-backend scaffolder-backend-module-routing routing)
READMES=(plugins/routing/README.md plugins/routing-backend/README.md
  plugins/scaffolder-backend-module-routing/README.md)
WORK=$(mktemp -d /tmp/portway-install.XXXXXX)
TARBALLS=$WORK/tarballs
TOOLS=$WORK/tools
APP=$WORK/app
BACKEND_PID=
# The create-app config listens on 7007; another port (the e2e tier's portal is on 7007) is set
# through APP_CONFIG_ variables when the backend starts.
PORT=${PORTWAY_INSTALL_PORT:-7007}

cleanup() {
  if [ -n "$BACKEND_PID" ]; then kill -- "-$BACKEND_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

STEP_NAME=
STEP_START=
TIMINGS=()
step() {
  end_step
  STEP_NAME=$*
  STEP_START=$SECONDS
  printf '\n=== %s (%s)\n' "$STEP_NAME" "$(date +%T)"
}
end_step() {
  if [ -n "$STEP_NAME" ]; then TIMINGS+=("$(printf '%4ss  %s' $((SECONDS - STEP_START)) "$STEP_NAME")"); fi
  STEP_NAME=
}

step "build the plugins"
npm run -s build:plugins

step "npm pack the plugins"
mkdir -p "$TARBALLS"
npm pack --loglevel=error --pack-destination "$TARBALLS" "${PLUGINS[@]/#/--workspace=plugins/}" >/dev/null
ls "$TARBALLS"

step "Node 22 and yarn 1 for create-app"
mkdir -p "$TOOLS"
printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$TOOLS/package.json"
npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error node@22 yarn@1
export PATH=$TOOLS/node_modules/.bin:$PATH
# better-sqlite3 compiles against the headers that come with the node package.
export npm_config_nodedir=$TOOLS/node_modules/node/node_modules/node-$(node -p 'process.platform + "-" + process.arch')
node --version

step "create the app (@backstage/create-app@latest)"
echo my-app | npx -y @backstage/create-app@latest --skip-install --path "$APP" >/dev/null
cat "$APP/backstage.json"

step "add Portway with the README lines"
node "$HERE/apply-readmes.js" "$APP" "${READMES[@]}" >"$WORK/installs"
cat "$WORK/installs"
cd "$APP"
git --no-pager diff -- packages/backend/src/index.ts packages/app/src/App.tsx
# The README's `npm install --workspace WORKSPACE PACKAGE`, with the tarball for the registry,
# written into package.json so that one `npm install` installs the app and Portway.
node "$HERE/prepare-app.js" "$APP" "$TARBALLS" <"$WORK/installs"

step "npm install the app (Node 22)"
# The create-app template's peer ranges conflict (MUI 4 and React 18, testing-library), which
# yarn accepts and npm refuses without --legacy-peer-deps.
npm install --legacy-peer-deps --no-audit --no-fund --loglevel=error
ls node_modules/@portway

step "type-check the app (tsc)"
npx tsc

if [ -z "${PORTWAY_INSTALL_SKIP_FRONTEND_BUILD:-}" ]; then
  step "build the app's frontend (backstage-cli package build in packages/app)"
  (cd packages/app && npx backstage-cli package build)
fi

step "start the backend with the demo cluster and entity"
mkdir -p examples/portway
cp -r "$REPO/examples/cluster" examples/portway/cluster
rm examples/portway/cluster/README.md
cp "$HERE/entity.yaml" examples/portway/entity.yaml
cp "$HERE/app-config.portway.yaml" app-config.portway.yaml
# `backend build` bundles the app with `yarn run build` and yarn's lockfile, whatever installed
# the app, so the backend runs as `yarn start` runs it.
cd packages/backend
APP_CONFIG_backend_listen_port=$PORT APP_CONFIG_backend_baseUrl=http://localhost:$PORT \
  setsid npx backstage-cli package start --config ../../app-config.yaml \
  --config ../../app-config.portway.yaml >"$WORK/backend.log" 2>&1 &
BACKEND_PID=$!
for _ in $(seq 1 90); do
  curl -sf "localhost:$PORT/.backstage/health/v1/readiness" >/dev/null && break
  kill -0 "$BACKEND_PID" 2>/dev/null || { cat "$WORK/backend.log"; exit 1; }
  sleep 1
done
curl -sf "localhost:$PORT/.backstage/health/v1/readiness" >/dev/null ||
  { tail -50 "$WORK/backend.log"; echo "The backend did not get ready" >&2; exit 1; }

step "GET /api/routing/entities/default/component/storefront/routes"
TOKEN=$(curl -sf -X POST -H 'X-Requested-With: XMLHttpRequest' \
  "localhost:$PORT/api/auth/guest/refresh" |
  node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).backstageIdentity.token)')
# The catalog reads the entity shortly after start-up: a 404 until then.
for _ in $(seq 1 30); do
  if curl -sf -H "Authorization: Bearer $TOKEN" -o "$WORK/routes.json" \
    "localhost:$PORT/api/routing/entities/default/component/storefront/routes"; then break; fi
  sleep 1
done
node "$HERE/check-routes.js" <"$WORK/routes.json"
end_step

printf '\n=== timings\n'
printf '%s\n' "${TIMINGS[@]}"
