#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and that the test database exists.
# Uses the machine's server if it runs; starts the installed cluster if it is stopped; installs
# Debian's postgresql if there is none. Prints the JDBC URL to use.
set -euo pipefail
DB=${KYODO_TEST_DB:-kyodo_test}
HOST=127.0.0.1
PORT=5432
PGUSER=${KYODO_TEST_DB_USER:-postgres}

ready() { pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1 || ! ready; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "ensure-postgres: installing PostgreSQL from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq postgresql) >&2
    ver=$(ls /etc/postgresql | head -1)
    # trust auth on loopback, as on the project's machines
    sed -i -E 's/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/; s/^(local\s+all\s+all\s+)\S+/\1trust/; s/^(local\s+all\s+postgres\s+)\S+/\1trust/' \
      "/etc/postgresql/$ver/main/pg_hba.conf"
  fi
  ver=$(ls /etc/postgresql | head -1)
  echo "ensure-postgres: starting PostgreSQL $ver" >&2
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start >&2 || true
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "ensure-postgres: PostgreSQL does not answer on $HOST:$PORT" >&2; exit 1; }

psql -h "$HOST" -p "$PORT" -U "$PGUSER" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -h "$HOST" -p "$PORT" -U "$PGUSER" -d postgres -qc "create database $DB" >&2
echo "jdbc:postgresql://$HOST:$PORT/$DB"
