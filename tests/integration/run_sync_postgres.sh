#!/usr/bin/env bash
# Runs the sync integration tests (test_sync, given as $1) against a real PostgreSQL server:
# initdb into a temporary folder, start it on a free loopback port (as the postgres user when run
# as root, which PostgreSQL refuses to run as), point onewindow-central at it through OW_TEST_PG,
# stop and remove it afterwards. Exit 77 (ctest: skipped) only when PostgreSQL is not installed
# (packaging/dev.sh installs it).
set -uo pipefail
test_bin=$1
shift

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir=$(pg_config --bindir)
else
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!!! SKIPPED: PostgreSQL server binaries (initdb, pg_ctl) not found.                    !!!" >&2
  echo "!!! The sync tests did NOT run against PostgreSQL. Install them: packaging/dev.sh build  !!!" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 77
fi

as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "run_sync_postgres.sh: running as root and there is no postgres user to run the server as" >&2
    exit 1
  fi
  as_pg=(runuser -u postgres --)
fi

tmp=$(mktemp -d /tmp/ow-pg-XXXXXX)
chmod 755 "$tmp"
[ ${#as_pg[@]} -gt 0 ] && chown postgres "$tmp"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m fast stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT

"${as_pg[@]}" "$bindir/initdb" -D "$tmp/data" -U owtest --auth=trust -E UTF8 --no-sync >"$tmp/initdb.log" 2>&1 ||
  { cat "$tmp/initdb.log" >&2; exit 1; }
# fsync off: a throw-away server; the tests check the protocol, not PostgreSQL's durability.
"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null ||
  { cat "$tmp/server.log" >&2; exit 1; }
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

OW_TEST_PG="postgres://owtest@127.0.0.1:$port/postgres" "$test_bin" "$@"
