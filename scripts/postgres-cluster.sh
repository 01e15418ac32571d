#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: `source scripts/postgres-cluster.sh` starts one in a temp
# directory on a spare port, exports TEST_DATABASE_URL, and stops and removes it when the shell exits.
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ ! -x "$pg_bin/initdb" ]; then
  echo "postgres-cluster: no PostgreSQL server found (set PG_BIN to its bin directory)" >&2
  return 1 2>/dev/null || exit 1
fi

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_cluster_dir="$(mktemp -d -t debrief-pg-XXXXXX)"
[ "$(id -u)" = "0" ] && chown postgres "$pg_cluster_dir"
pg_port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

stop_postgres_cluster() {
  if [ -n "${pg_cluster_dir:-}" ] && [ -d "$pg_cluster_dir" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_cluster_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_cluster_dir"
  fi
}
trap stop_postgres_cluster EXIT

as_pg "$pg_bin/initdb" -D "$pg_cluster_dir/data" -A trust -U postgres --no-sync >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_cluster_dir/data" -l "$pg_cluster_dir/server.log" -w \
  -o "-p $pg_port -k $pg_cluster_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
echo "postgres-cluster: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port ($TEST_DATABASE_URL)"
