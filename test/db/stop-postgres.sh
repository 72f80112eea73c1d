#!/usr/bin/env bash
# Stop the PostgreSQL that start-postgres.sh started in DIR and remove DIR (KEEP_DATA=1 keeps it).
#   stop-postgres.sh [DIR]     default: $PORTWAY_TEST_POSTGRES_DIR
set -euo pipefail
say() { echo "[stop-postgres] $*" >&2; }
DIR=${1:-${PORTWAY_TEST_POSTGRES_DIR:-}}
[ -n "$DIR" ] && [ -d "$DIR/data" ] && [ -f "$DIR/data/PG_VERSION" ] ||
  { say "no PostgreSQL data folder in ${DIR:-(none given)}"; exit 1; }
DIR=$(cd "$DIR" && pwd)

BINDIR=${PG_BINDIR:-}
if [ -z "$BINDIR" ] && command -v pg_config >/dev/null; then
  BINDIR=$(pg_config --bindir 2>/dev/null || true)
fi
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/pg_ctl" ]; then
  BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [ "$(id -u)" = 0 ] && [ "$(stat -c %U "$DIR/data")" != root ]; then
  as_server() { runuser -u "$(stat -c %U "$DIR/data")" -- "$@"; }
else
  as_server() { "$@"; }
fi

if [ -f "$DIR/data/postmaster.pid" ]; then
  PID=$(head -1 "$DIR/data/postmaster.pid")
  if as_server "$BINDIR/pg_ctl" -D "$DIR/data" -m fast -w -t 30 stop > /dev/null 2>&1; then
    say "PostgreSQL (pid $PID) stopped"
  elif [ -d "/proc/$PID" ] && tr '\0' ' ' < "/proc/$PID/cmdline" | grep -q -- "$DIR/data"; then
    kill -KILL "$PID"
    say "PostgreSQL (pid $PID) killed"
  else
    say "PostgreSQL (pid $PID) was not running"
  fi
else
  say "PostgreSQL was not running"
fi

if [ "${KEEP_DATA:-0}" = 1 ]; then
  say "kept $DIR"
else
  rm -rf "$DIR"
  say "removed $DIR"
fi
