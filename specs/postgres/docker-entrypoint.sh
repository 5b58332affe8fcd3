#!/bin/sh
# Initialises $PGDATA with initdb when it is empty, then replaces itself with the server.
# Refuses to start (exit 3) without POSTGRES_PASSWORD: a database nobody can log in to over
# the network is never what was meant.
set -eu

if [ -z "${POSTGRES_PASSWORD:-}" ]; then
  echo "POSTGRES_PASSWORD is not set; refusing to start" >&2
  exit 3
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "initialising $PGDATA as $(id -un)"
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  # Local socket connections are trusted (docker exec), network ones need the password.
  initdb --username=postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  {
    echo "listen_addresses = '*'"
    echo "unix_socket_directories = '/run/postgresql'"
  } >> "$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  echo "initialised $PGDATA"
fi

exec "$@"
