#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests and exports CORROBORATE_TEST_PG.
# Sourced by test.sh (`source eng/start-postgres.sh`), which calls stop_test_postgres on exit.
# Installs PostgreSQL with apt-get when it is missing (as root, as on a clean Debian CI machine); the server
# runs from a temp folder on a free loopback port, so it never touches a system cluster.

_pg_as() {
  # initdb and postgres refuse to run as root: run them as the postgres user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "start-postgres: PostgreSQL is not installed; run as root, or install it (apt-get install postgresql), or set CORROBORATE_TEST_PG" >&2
    return 1
  fi
  echo "start-postgres: installing PostgreSQL" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

_pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
_pg_dir="$(mktemp -d /tmp/corroborate-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then chown postgres "$_pg_dir"; fi
_pg_user="$(if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi)"

# A free loopback port: nothing answers on it.
_pg_port=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$_pg_port") 2>/dev/null; do _pg_port=$((_pg_port + 1)); done

_pg_as "$_pg_bin/initdb" -D "$_pg_dir/data" -U "$_pg_user" --auth=trust -E UTF8 --locale=C >/dev/null
# fsync off: the tests kill clients, never the server, so the OS cache is durable enough and the suite stays fast.
_pg_as "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -l "$_pg_dir/server.log" -w -t 60 \
  -o "-k $_pg_dir -p $_pg_port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
_pg_as "$_pg_bin/createdb" -h 127.0.0.1 -p "$_pg_port" -U "$_pg_user" corroborate_test

export CORROBORATE_TEST_PG="Host=127.0.0.1;Port=$_pg_port;Username=$_pg_user;Database=corroborate_test"
echo "start-postgres: PostgreSQL on 127.0.0.1:$_pg_port (data in $_pg_dir)" >&2

stop_test_postgres() {
  _pg_as "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$_pg_dir"
}
