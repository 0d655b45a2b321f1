#!/usr/bin/env bash
# Trains the AOT cache of a PostgreSQL build (make package-aot; bench/README.md, "Start"): starts the packaged app once
# with -XX:AOTCacheOutput on a scratch database of its own, makes the calls a working day starts with (sign-in, the
# lists, one record, figures, the SPA), stops it, and the JVM writes the classes it loaded and linked, and the
# methods' profiles, to app.aot (JDK 25+, JEP 483/514/515). A later start with -XX:AOTCache=app.aot maps them instead
# of loading, parsing and linking ~18,000 classes again. Writes start.sh next to the jar, which starts it that way.
#
#   scripts/aot-train.sh APP_DIR JDK_HOME
#
# The cache holds what the JVM saw: it is only used by the same JDK build and the same jar files, so it is written at
# every package-aot. The scratch database (kyodo_aot_train on 127.0.0.1:5432) is dropped afterwards.
set -euo pipefail
APP_DIR=$1
JDK=$2
cd "$(dirname "$0")/.."
ROOT=$PWD
JAVA_OPTS=$(make -s print-java-opts)
PORT=${AOT_TRAIN_PORT:-18081}
MGMT=$((PORT + 1000))
DB=kyodo_aot_train
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

url=$(KYODO_TEST_DB=$DB scripts/ensure-postgres.sh)
# a fresh database: the training run migrates it (Flyway's path is part of every first start)
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" || true
}
trap cleanup EXIT

cd "$APP_DIR"
rm -f app.aot app.aot.config
log=$(mktemp)
# shellcheck disable=SC2086
KYODO_DB_URL=$url KYODO_DB_USER=postgres KYODO_DB_PASSWORD= KYODO_ADMIN_PASSWORD=$PASSWORD \
  "$JDK/bin/java" $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Xlog:aot=error \
  -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MGMT -jar quarkus-run.jar >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$MGMT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "aot-train: the app stopped before it was ready" >&2; exit 1; }
  sleep 0.5
done
jar=$(mktemp)
api() { curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' "$@"; }
code=$(api -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" \
  "http://127.0.0.1:$PORT/api/v1/sessions")
[ "$code" = 201 ] || { echo "aot-train: sign-in answered $code" >&2; exit 1; }
for round in 1 2 3; do
  for path in "districts?size=20" "wards" "organizations?size=20" "city-requests?size=50" "join-rates?level=CITY" \
      "review-cycles?size=5" "plans?size=5" "burden?groupBy=DISTRICT&fiscalYear=2025" "me" "home" \
      "public/plans" "districts/1" "nope"; do
    api "http://127.0.0.1:$PORT/api/v1/$path" >/dev/null
  done
  api "http://127.0.0.1:$PORT/" >/dev/null
done
kill -TERM "$pid"
# the JVM writes the cache after the app has stopped (a second JVM assembles it): wait for both
wait "$pid" || true
pid=
rm -f "$jar"
[ -s app.aot ] || { tail -20 "$log" >&2; echo "aot-train: no app.aot written" >&2; exit 1; }
rm -f "$log"
# the launcher: the JDK that wrote the cache (no other may use it) with the options it was written with
cat >start.sh <<LAUNCHER
#!/bin/sh
# kyodo, the production build with its AOT cache (make package-aot); KYODO_* settings as for the jar; arguments are
# JVM options (-D...)
cd "\$(dirname "\$0")" && exec $JDK/bin/java \${JAVA_OPTS:-$JAVA_OPTS} -XX:AOTCache=app.aot -Xlog:aot*=error "\$@" -jar quarkus-run.jar
LAUNCHER
chmod +x start.sh
echo "aot-train: $(du -h app.aot | cut -f1) app.aot and start.sh written in $APP_DIR"
