#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the database tier (npm run test:db): its own data folder in
# DIR, listening on 127.0.0.1 on a free port (no Unix socket), password auth for the superuser
# `portway`. Never touches the system-wide cluster. Prints the connection variables:
#
#   eval "$(test/db/start-postgres.sh /tmp/pg | grep =)"   # -> PORTWAY_TEST_POSTGRES_URL, ...
#   npm run test:db
#   test/db/stop-postgres.sh "$PORTWAY_TEST_POSTGRES_DIR"
#
# DIR must be new or empty (default: a new folder from mktemp). As root, the server runs as
# the `postgres` user (DIR is chowned to it); otherwise as the current user.
# Env: PG_BINDIR           PostgreSQL's bin folder (default: `pg_config --bindir`, else the
#                          newest /usr/lib/postgresql/*/bin)
#      PG_START_TIMEOUT    seconds to wait for the server (default 60)
set -euo pipefail
say() { echo "[start-postgres] $*" >&2; }
fail() {
  say "FAILED: $*"
  if [ -n "${DIR:-}" ] && [ -f "$DIR/postgres.log" ]; then
    echo "--- $DIR/postgres.log (tail)" >&2
    tail -25 "$DIR/postgres.log" >&2
  fi
  exit 1
}

# --- binaries ------------------------------------------------------------------------------------
BINDIR=${PG_BINDIR:-}
if [ -z "$BINDIR" ] && command -v pg_config >/dev/null; then
  BINDIR=$(pg_config --bindir 2>/dev/null || true)
fi
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/initdb" ]; then
  BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
[ -n "$BINDIR" ] && [ -x "$BINDIR/initdb" ] && [ -x "$BINDIR/pg_ctl" ] ||
  fail "PostgreSQL binaries not found: apt-get install postgresql (Debian) or set PG_BINDIR"

# --- the folder and who runs the server ------------------------------------------------------------
DIR=${1:-$(mktemp -d "${TMPDIR:-/tmp}/portway-postgres.XXXXXX")}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
[ -z "$(ls -A "$DIR")" ] || fail "$DIR is not empty (stop-postgres.sh $DIR removes a previous run)"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || fail "running as root, but there is no postgres user to run the server as"
  chown postgres: "$DIR"
  chmod 700 "$DIR"
  as_server() { runuser -u postgres -- "$@"; }
  as_server test -w "$DIR" ||
    fail "the postgres user cannot write to $DIR (a parent folder is closed to it): use a folder under /tmp"
else
  as_server() { "$@"; }
fi

# --- initdb --------------------------------------------------------------------------------------
USER_NAME=portway
PASSWORD=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
[ "$(id -u)" = 0 ] && chown postgres: "$DIR/pwfile"
chmod 600 "$DIR/pwfile"
as_server "$BINDIR/initdb" -D "$DIR/data" -U "$USER_NAME" --pwfile="$DIR/pwfile" \
  --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-instructions > "$DIR/initdb.log" 2>&1 ||
  { cat "$DIR/initdb.log" >&2; fail "initdb"; }
rm -f "$DIR/pwfile"

# --- a free port and start ------------------------------------------------------------------------
free_port() { # a 127.0.0.1 port nobody listens on
  local p
  while :; do
    p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
}
started=0
for attempt in 1 2 3; do
  PORT=$(free_port)
  # A throwaway server: no durability needed, and two backends plus the test's own pool.
  as_server tee "$DIR/data/conf.d.portway.conf" > /dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = ''
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  grep -q "^include_if_exists = 'conf.d.portway.conf'" "$DIR/data/postgresql.conf" ||
    echo "include_if_exists = 'conf.d.portway.conf'" | as_server tee -a "$DIR/data/postgresql.conf" > /dev/null
  if as_server "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w \
    -t "${PG_START_TIMEOUT:-60}" start > "$DIR/pg_ctl.log" 2>&1; then
    started=1
    break
  fi
  grep -q "could not bind\|Address already in use" "$DIR/postgres.log" 2>/dev/null || break
  say "port $PORT was taken meanwhile (attempt $attempt), trying another"
done
[ "$started" = 1 ] || { cat "$DIR/pg_ctl.log" >&2; fail "pg_ctl start"; }
PID=$(head -1 "$DIR/data/postmaster.pid")

# pg_ctl -w waits for the postmaster; also wait until it accepts connections on TCP.
for i in $(seq 1 100); do
  "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres && break
  [ "$i" = 100 ] && fail "not accepting connections on 127.0.0.1:$PORT after 10s"
  sleep 0.1
done

URL=postgresql://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/postgres
VERSION=$("$BINDIR/postgres" --version | awk '{print $3}')
MAJOR=${VERSION%%.*}
cat > "$DIR/state.env" <<EOF
PORTWAY_TEST_POSTGRES_URL=$URL
PORTWAY_TEST_POSTGRES_DIR=$DIR
PORTWAY_TEST_POSTGRES_PID=$PID
BACKSTAGE_TEST_DATABASE_POSTGRES${MAJOR}_CONNECTION_STRING=$URL
EOF
chmod 600 "$DIR/state.env"
say "PostgreSQL $VERSION on 127.0.0.1:$PORT (pid $PID, data in $DIR/data, log $DIR/postgres.log); stop with: $(dirname "${BASH_SOURCE[0]}")/stop-postgres.sh $DIR"
cat "$DIR/state.env"
