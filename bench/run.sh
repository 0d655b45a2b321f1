#!/usr/bin/env bash
# kyodo benchmark: startup with the large demo city, memory, throughput and latency of the district pages,
# and SQL statements per request. Builds nothing; see bench/README.md for how to package the app.
#
#   bench/run.sh [path/to/quarkus-run.jar]          start the app itself (H2 in a temp dir, or PostgreSQL)
#   BASE=http://127.0.0.1:8080 bench/run.sh         measure an app that is already running (load test only)
#
# Environment (defaults in brackets):
#   BENCH_DB     h2 | postgres [h2]. postgres uses jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE, user postgres,
#                trust auth, and (re)creates and finally drops that database [127.0.0.1, 5432, kyodo_bench]
#   SCALE        kyodo.demo-scale of the started app: demo | large | factor [large]
#   PORT         HTTP port of the started app [18095; e2e uses 18080]
#   MGMT_PORT    its management port, where /q/health is served [PORT + 1000]
#   DURATION     wrk duration per scenario [20s];  WARMUP  un-recorded wrk run before each scenario [5s]
#   THREADS / CONNECTIONS   wrk threads and connections [2 / 16]
#   PAGE_DISTRICTS  districts the district-page scenario cycles through [20]
#   BENCH_USER / BENCH_PASSWORD   who signs in [office / office-demo-pass]
#   JAVA_OPTS    extra JVM options for the started app (e.g. -Xmx512m) []
#   SKIP_SQL=1   do not do the second, SQL-logging run;  BENCH_KEEP_DB=1  keep the PostgreSQL database
# Results: bench/results/<date>-<db>.txt (git-ignored); the app logs stay in the temp dir when a step fails.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BENCH_DB=${BENCH_DB:-h2}
SCALE=${SCALE:-large}
PORT=${PORT:-18095}
MGMT_PORT=${MGMT_PORT:-$((PORT + 1000))}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PAGE_DISTRICTS=${PAGE_DISTRICTS:-20}
BENCH_USER=${BENCH_USER:-office}
BENCH_PASSWORD=${BENCH_PASSWORD:-office-demo-pass}
JAVA_OPTS=${JAVA_OPTS:-}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGDATABASE=${PGDATABASE:-kyodo_bench}
ATTACH=0
if [[ -n "${BASE:-}" ]]; then
  ATTACH=1
else
  BASE="http://127.0.0.1:$PORT"
fi
case "$BENCH_DB" in
  h2) DEFAULT_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar" ;;
  postgres) DEFAULT_JAR="$ROOT/backend/target/pg-app/quarkus-run.jar" ;;
  *) echo "BENCH_DB must be h2 or postgres" >&2; exit 2 ;;
esac
JAR=${1:-$DEFAULT_JAR}

command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
if [[ $ATTACH == 0 && ! -f "$JAR" ]]; then
  echo "No packaged app at $JAR — build it first (see bench/README.md)" >&2
  exit 2
fi

mkdir -p "$HERE/results"
STAMP=$(date +%Y%m%d-%H%M%S)
if [[ $ATTACH == 1 ]]; then
  OUT="$HERE/results/$STAMP-attached.txt"
else
  OUT="$HERE/results/$STAMP-$BENCH_DB.txt"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kyodo-bench.XXXXXX")
APP_PID=""
FAILED=1

log() { echo "$*" | tee -a "$OUT"; }
now_ms() { date +%s%3N; }
psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

cleanup() {
  stop_app
  if [[ $ATTACH == 0 && $BENCH_DB == postgres && -z "${BENCH_KEEP_DB:-}" ]]; then
    psql_admin -c "drop database if exists $PGDATABASE" || true
  fi
  if [[ $FAILED == 0 ]]; then
    rm -rf "$WORK"
  else
    echo "Benchmark failed; app logs kept in $WORK" >&2
  fi
}
trap cleanup EXIT

# Percent-encodes UTF-8 bytes (for ?q=ﾋｶﾞｼ).
urlencode() {
  local LC_ALL=C s="$1" out="" c h i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case "$c" in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v h '%%%02X' "'$c"; out+=$h ;;
    esac
  done
  echo "$out"
}

# Budgets far above what wrk sends: every request is still counted (one upsert, part of what is measured) but none is
# refused. BENCH_RATE_LIMITS replaces them, e.g. to measure with the production defaults: BENCH_RATE_LIMITS=" ".
RATE_LIMITS=${BENCH_RATE_LIMITS:--Dkyodo.rate-limit.signed-in=100000000 -Dkyodo.rate-limit.anonymous=100000000 -Dkyodo.rate-limit.transfer=100000000}

# start_app <logfile> [extra -D options...]: starts the jar, waits for /q/health/ready, sets APP_PID and READY_MS.
start_app() {
  local logfile=$1
  shift
  local t0
  t0=$(now_ms)
  if [[ $BENCH_DB == h2 ]]; then
    # The jar was built with the embedded profile (datasource kind h2 is fixed at build time).
    KYODO_DB_URL="jdbc:h2:file:$WORK/kyodo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      java $JAVA_OPTS -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MGMT_PORT" \
      -Dkyodo.demo-data=true -Dkyodo.demo-scale="$SCALE" $RATE_LIMITS "$@" -jar "$JAR" >"$logfile" 2>&1 &
  else
    KYODO_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" KYODO_DB_USER=postgres KYODO_DB_PASSWORD= \
      KYODO_ADMIN_PASSWORD=admin-demo-pass \
      java $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MGMT_PORT" -Dkyodo.session.cookie-secure=false \
      -Dkyodo.demo-data=true -Dkyodo.demo-scale="$SCALE" $RATE_LIMITS "$@" -jar "$JAR" >"$logfile" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 1 1800); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT_PORT/q/health/ready" || true) == 200 ]]; then
      READY_MS=$(($(now_ms) - t0))
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The app exited during startup; see $logfile" >&2
      tail -20 "$logfile" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "The app did not become ready in 180 s; see $logfile" >&2
  exit 1
}

rss_mb() {
  if [[ -n "$APP_PID" ]]; then
    echo $(($(ps -o rss= -p "$APP_PID") / 1024))
  else
    echo "?"
  fi
}

sign_in() {
  local cookie
  cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/sessions" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: kyodo_session=\([^;]*\).*/\1/p' | head -1)
  if [[ -z "$cookie" ]]; then
    echo "Sign-in as $BENCH_USER failed" >&2
    exit 1
  fi
  echo "$cookie"
}

get() { # get <path>: body of an authenticated GET, failing on non-200
  local code
  code=$(curl -s -o "$WORK/body" -w '%{http_code}' -H "Cookie: kyodo_session=$COOKIE" -H 'Accept: application/json' "$BASE$1")
  if [[ $code != 200 ]]; then
    echo "GET $1 answered $code: $(head -c 300 "$WORK/body")" >&2
    exit 1
  fi
  cat "$WORK/body"
}

LIST_PATH="/api/v1/districts?page=1&size=50&sort=name"
SEARCH_PATH="/api/v1/districts?q=$(urlencode 'ﾋｶﾞｼ')&page=1&size=50&sort=name"

prepare_paths() {
  printf '%s\n' "$LIST_PATH" >"$WORK/list.paths"
  printf '%s\n' "$SEARCH_PATH" >"$WORK/search.paths"
  get "$LIST_PATH" | grep -o '"id":[0-9]*' | head -"$PAGE_DISTRICTS" | cut -d: -f2 >"$WORK/ids"
  if [[ ! -s "$WORK/ids" ]]; then
    echo "The district list is empty" >&2
    exit 1
  fi
  : >"$WORK/page.paths"
  while read -r id; do
    printf '%s\n' "/api/v1/districts/$id" "/api/v1/districts/$id/organization-tree" \
      "/api/v1/join-rates?level=DISTRICT&districtId=$id" >>"$WORK/page.paths"
  done <"$WORK/ids"
  # requests (issue 3): the request list of the newest fiscal year and the reduction dashboard of the newest cycle
  REQUEST_YEAR=$(get "/api/v1/review-cycles" | grep -o '"fiscalYear":[0-9]*' | head -1 | cut -d: -f2)
  CYCLE_ID=$(get "/api/v1/review-cycles" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  if [[ -z "$REQUEST_YEAR" || -z "$CYCLE_ID" ]]; then
    echo "No review cycle in the demo data" >&2
    exit 1
  fi
  REQUEST_LIST_PATH="/api/v1/city-requests?fiscalYear=$REQUEST_YEAR&page=1&size=50"
  DASHBOARD_PATH="/api/v1/review-cycles/$CYCLE_ID/dashboard"
  # plans (issue 4): the plan tree with standings, and the published report read anonymously
  PLAN_ID=$(get "/api/v1/plans" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  PUBLIC_PATH=$(get "/api/v1/public/reports" | grep -o '"planCode":"[^"]*","planName":"[^"]*","fiscalYear":[0-9]*' | head -1 |
    sed 's/"planCode":"\([^"]*\)".*"fiscalYear":\([0-9]*\)/\/api\/v1\/public\/reports\/\1\/\2/')
  if [[ -z "$PLAN_ID" || -z "$PUBLIC_PATH" ]]; then
    echo "No plan or no published report in the demo data" >&2
    exit 1
  fi
  PLAN_TREE_PATH="/api/v1/plans/$PLAN_ID/tree"
  printf '%s\n' "$PLAN_TREE_PATH" >"$WORK/plan-tree.paths"
  printf '%s\n' "$PUBLIC_PATH" >"$WORK/public-report.paths"
  printf '%s\n' "$REQUEST_LIST_PATH" >"$WORK/requests.paths"
  printf '%s\n' "$DASHBOARD_PATH" >"$WORK/dashboard.paths"
  local p
  cat "$WORK/list.paths" "$WORK/search.paths" "$WORK/page.paths" "$WORK/requests.paths" "$WORK/dashboard.paths" \
    "$WORK/plan-tree.paths" "$WORK/public-report.paths" |
    while read -r p; do
    get "$p" >/dev/null
  done
}

SUMMARY=()
run_scenario() { # run_scenario <name> <paths file>
  local name=$1 paths=$2 line
  if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then
    BENCH_COOKIE=$COOKIE BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/session.lua" "$BASE" >/dev/null
  fi
  BENCH_COOKIE=$COOKIE BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s "$HERE/session.lua" "$BASE" >"$WORK/wrk-$name.txt"
  line=$(grep '^RESULT' "$WORK/wrk-$name.txt")
  SUMMARY+=("$(printf '%-16s %s' "$name" "${line#RESULT }")")
  echo "  $name: ${line#RESULT }"
}

# ---------------------------------------------------------------------------------------------------------------
{
  echo "kyodo benchmark $(date -Iseconds)"
  echo "git:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (uncommitted changes)')"
  echo "host:   $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "wrk:    $THREADS threads, $CONNECTIONS connections, $DURATION per scenario (warm-up $WARMUP)"
  if [[ $ATTACH == 1 ]]; then
    echo "app:    already running at $BASE"
  else
    echo "app:    $JAR, db $BENCH_DB, kyodo.demo-scale=$SCALE, JAVA_OPTS='$JAVA_OPTS'"
  fi
} | tee "$OUT"

if [[ $ATTACH == 0 && $BENCH_DB == postgres ]]; then
  psql_admin -c "drop database if exists $PGDATABASE" -c "create database $PGDATABASE"
fi

if [[ $ATTACH == 0 ]]; then
  echo "Starting the app (first start loads the demo city) ..."
  start_app "$WORK/app-1.log"
  LOADED=$(grep -o 'Loaded the demo city.*' "$WORK/app-1.log" || echo 'demo city NOT loaded (registry not empty?)')
  STARTED=$(grep -o 'started in [0-9.]*s' "$WORK/app-1.log" | head -1 || true)
  log ""
  log "startup (empty database, demo load): ready after $((READY_MS)) ms (Quarkus: ${STARTED:-?})"
  log "  $LOADED"
  log "RSS after startup: $(rss_mb) MB"
fi

COOKIE=$(sign_in)
prepare_paths
log ""
log "scenarios: district-list = GET $LIST_PATH"
log "           district-search = GET $SEARCH_PATH (q=ﾋｶﾞｼ)"
log "           district-page = GET /api/v1/districts/{id}, .../organization-tree, /api/v1/join-rates?level=DISTRICT&districtId={id}"
log "           for $(wc -l <"$WORK/ids") districts (page/s = rps / 3)"
log "           request-list = GET $REQUEST_LIST_PATH"
log "           reduction-dashboard = GET $DASHBOARD_PATH"
log "           plan-tree = GET $PLAN_TREE_PATH"
log "           public-report = GET $PUBLIC_PATH (public, no sign-in needed)"
echo "Load test ..."
run_scenario district-list "$WORK/list.paths"
run_scenario district-search "$WORK/search.paths"
run_scenario district-page "$WORK/page.paths"
run_scenario request-list "$WORK/requests.paths"
run_scenario reduction-dashboard "$WORK/dashboard.paths"
run_scenario plan-tree "$WORK/plan-tree.paths"
run_scenario public-report "$WORK/public-report.paths"
log ""
log "results (latency in ms):"
for s in "${SUMMARY[@]}"; do
  log "  $s"
done
if [[ $ATTACH == 0 ]]; then
  log "RSS after the load test: $(rss_mb) MB"
  stop_app
fi

# ---- SQL statements per request: a second, short run with Hibernate's SQL log ------------------------------------
if [[ $ATTACH == 0 && -z "${SKIP_SQL:-}" ]]; then
  echo "Counting SQL statements per request ..."
  start_app "$WORK/app-2.log" -Dquarkus.hibernate-orm.log.sql=true -Dquarkus.hibernate-orm.log.format-sql=false \
    -Dquarkus.log.category.\"org.hibernate.SQL\".level=DEBUG
  log ""
  log "restart with data (SQL logging on): ready after $READY_MS ms"
  COOKIE=$(sign_in)
  SQL_RE='\[(org\.hibernate|or\.hi|o\.h)\.SQL\]'
  count_sql() { # count_sql <path>: statements logged while serving one request (after one warm-up call)
    get "$1" >/dev/null
    sleep 0.3
    local before after
    before=$(wc -l <"$WORK/app-2.log")
    get "$1" >/dev/null
    sleep 0.5
    after=$(wc -l <"$WORK/app-2.log")
    sed -n "$((before + 1)),${after}p" "$WORK/app-2.log" | grep -E "$SQL_RE" | sed 's/\x1b\[[0-9;]*m//g' |
      sed 's/^.*SQL\] ([^)]*) //' | cut -c1-220 >"$WORK/sql-one.txt" || true
    { echo "--- GET $1"; sed 's/^/    /' "$WORK/sql-one.txt"; } >>"$WORK/sql-detail.txt"
    wc -l <"$WORK/sql-one.txt"
  }
  log "SQL statements per request (including the session check):"
  FIRST_ID=$(head -1 "$WORK/ids")
  for p in "$LIST_PATH" "$SEARCH_PATH" "/api/v1/districts/$FIRST_ID" "/api/v1/districts/$FIRST_ID/organization-tree" \
    "/api/v1/join-rates?level=DISTRICT&districtId=$FIRST_ID" "$REQUEST_LIST_PATH" "$DASHBOARD_PATH" "$PLAN_TREE_PATH" "$PUBLIC_PATH"; do
    log "  $(printf '%3s' "$(count_sql "$p")")  GET $p"
  done
  stop_app
fi

if [[ -f "$WORK/sql-detail.txt" ]]; then
  { echo ""; echo "SQL statements (first 220 characters):"; cat "$WORK/sql-detail.txt"; } >>"$OUT"
fi
log ""
log "raw wrk output:"
for s in district-list district-search district-page request-list reduction-dashboard plan-tree public-report; do
  { echo "--- $s"; grep -v '^RESULT' "$WORK/wrk-$s.txt"; } >>"$OUT"
done
FAILED=0
echo "Results written to $OUT"
