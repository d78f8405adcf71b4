#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks: never the machine's own server.
#   scripts/postgres-server.sh start DIR   initdb into DIR, start on a free loopback port, print the URL
#   scripts/postgres-server.sh stop DIR    stop it and remove DIR
# The server listens on 127.0.0.1 only (and a socket in DIR), with a password for TCP logins,
# so the tests can also try a wrong one. PostgreSQL refuses to run as root: as root, the cluster
# belongs to the `postgres` user (Debian's package creates it), or to a `stakegraph-ci` user made here.
set -euo pipefail
command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  # Debian keeps the server's programs out of PATH.
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$newest" ] || { echo "$0: no PostgreSQL server programs (initdb, pg_ctl) found; install Debian's postgresql package" >&2; exit 1; }
  echo "$newest"
}

owner() {
  if [ "$(id -u)" != 0 ]; then id -un; return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; return; fi
  id stakegraph-ci >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin stakegraph-ci
  echo stakegraph-ci
}

as_owner() {
  local user=$1; shift
  if [ "$(id -un)" = "$user" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

case "$command" in
start)
  bin=$(bindir)
  user=$(owner)
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" != 0 ] || chown "$user" "$dir"
  password=stakegraph-test
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" != 0 ] || chown "$user" "$dir/pwfile"
  as_owner "$user" "$bin/initdb" -D "$dir/data" -U stakegraph --pwfile="$dir/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  port=""
  for candidate in $(shuf -i 40000-60000 -n 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "$0: no free loopback port" >&2; exit 1; }
  # fsync off: a throwaway cluster need not survive a power cut, and tests run faster.
  as_owner "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres://stakegraph:$password@127.0.0.1:$port/postgres"
  ;;
stop)
  [ -d "$dir/data" ] || exit 0
  bin=$(bindir)
  user=$(stat -c %U "$dir/data")
  as_owner "$user" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
