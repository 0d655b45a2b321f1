#!/usr/bin/env bash
# kyodo's memory and startup with given JVM options: starts the packaged H2 app (`make package`) twice on the demo
# city (the first start loads it, the second starts on existing data, as `make run` does every day after the first),
# then reports the time to ready, RSS when idle, and RSS after wrk against a few signed-in GETs.
#
#   bench/memory.sh                     the options of `make run` (JAVA_OPTS in the Makefile)
#   JAVA_OPTS= MALLOC_ARENA_MAX= bench/memory.sh   the JVM's and glibc's defaults
#   APPCDS=off bench/memory.sh          without the AppCDS archive the build wrote (app-cds.jsa; as make run, the app
#                                       starts in its own directory so that the JVM maps it, its H2 files in a temp dir)
#
# Environment: PORT [18097], DURATION of each wrk run [20s], CONNECTIONS [16], BENCH_USER/BENCH_PASSWORD
# [office / office-demo-pass]. Prints one RESULT line.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
APP_DIR="$ROOT/backend/target/quarkus-app"
JAR="$APP_DIR/quarkus-run.jar"
CDS=""
[[ "${APPCDS:-on}" != off && -f "$APP_DIR/app-cds.jsa" ]] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
PORT=${PORT:-18097}
MGMT_PORT=$((PORT + 1000))
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
BENCH_USER=${BENCH_USER:-office}
BENCH_PASSWORD=${BENCH_PASSWORD:-office-demo-pass}
if [[ -z "${JAVA_OPTS+x}" ]]; then
  JAVA_OPTS=$(make -s -C "$ROOT" print-java-opts)
fi
[[ -f "$JAR" ]] || { echo "No packaged app at $JAR: make package" >&2; exit 2; }
# as in run.sh: budgets far above what wrk sends, so that no request is refused
RATE_LIMITS="-Dkyodo.rate-limit.signed-in=100000000 -Dkyodo.rate-limit.anonymous=100000000 -Dkyodo.rate-limit.transfer=100000000"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kyodo-memory.XXXXXX")
APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap 'stop_app; cp "$WORK/app.log" "${TMPDIR:-/tmp}/kyodo-memory-last.log" 2>/dev/null; rm -rf "$WORK"' EXIT

START_MS=0
start_app() { # sets APP_PID and START_MS (the milliseconds to ready)
  local t0; t0=$(date +%s%3N)
  # shellcheck disable=SC2086
  (cd "$APP_DIR" && KYODO_DATA_DIR="$WORK/data" MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2} exec java $JAVA_OPTS $CDS \
      -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MGMT_PORT" $RATE_LIMITS \
      -jar quarkus-run.jar >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT_PORT/q/health/ready" || true) == 200 ]]; then
      START_MS=$(($(date +%s%3N) - t0)); return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $WORK/app.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "not ready after 60 s" >&2; exit 1
}
# the JVM's own process: the subshell execs java, so its pid is the one started
rss_mb() { echo $(($(ps -o rss= -p "$APP_PID") / 1024)); }

start_app
first=$START_MS
stop_app
start_app
second=$START_MS
sleep 10
idle=$(rss_mb)
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}" "http://127.0.0.1:$PORT/api/v1/sessions" |
  tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: kyodo_session=\([^;]*\).*/\1/p' | head -1)
[[ -n "$cookie" ]] || { echo "could not sign in as $BENCH_USER" >&2; exit 1; }
report=$(curl -s "http://127.0.0.1:$PORT/api/v1/public/reports" | python3 -c \
  'import json,sys; i=json.load(sys.stdin).get("items") or []; print("/api/v1/public/reports/%s/%d" % (i[0]["planCode"], i[0]["fiscalYear"]) if i else "/api/v1/public/reports")')
printf '%s\n' /api/v1/districts /api/v1/wards /api/v1/me /api/v1/districts/1 \
  "$report" /api/v1/plans /api/v1/city-requests /api/v1/me/notifications /api/v1/activities >"$WORK/paths"
while read -r path; do
  echo "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: kyodo_session=$cookie" "http://127.0.0.1:$PORT$path") $path"
done <"$WORK/paths"
BENCH_COOKIE=$cookie BENCH_PATHS="$WORK/paths" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/session.lua" \
  -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT" | grep RESULT | tee "$WORK/wrk1"
BENCH_COOKIE=$cookie BENCH_PATHS="$WORK/paths" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/session.lua" \
  -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT" | grep RESULT | tee "$WORK/wrk2"
loaded=$(rss_mb)
echo "RESULT java_opts='$JAVA_OPTS $CDS' first_start_ms=$first second_start_ms=$second rss_idle_mb=$idle rss_after_load_mb=$loaded $(sed 's/RESULT //' "$WORK/wrk2")"
grep -E "started in|Installed features" "$WORK/app.log" | tail -2
