#!/usr/bin/env bash
# kyodo benchmark: startup with a demo city, memory, throughput and latency of the main pages side by side with
# pgbench running each page's essential SQL (bench/pgbench/*.sql), SQL statements per request, and a 10,000-row
# membership import (CSV and xlsx). Builds nothing; see bench/README.md for how to package the app.
#
#   bench/run.sh [path/to/quarkus-run.jar]          start the app itself (H2 in a temp dir, or PostgreSQL)
#   BASE=http://127.0.0.1:8080 bench/run.sh         measure an app that is already running (load test only;
#                                                   BENCH_APP_PID=<its pid> adds its RSS)
#
# Environment (defaults in brackets):
#   BENCH_DB     h2 | postgres [h2]. postgres uses jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE, user postgres,
#                trust auth, and (re)creates and finally drops that database [127.0.0.1, 5432, kyodo_bench]
#   SCALE        kyodo.demo-scale of the started app: demo | large | nation | factor [large]; nation needs postgres
#   BENCH_REUSE_DB=1   postgres: use the database as it is (an earlier run's load; the app loads nothing into a
#                filled registry) and keep it; without it the database is created afresh and dropped at the end
#   PORT         HTTP port of the started app [18095; e2e uses 18080]
#   MGMT_PORT    its management port, where /q/health is served [PORT + 1000]
#   DURATION     wrk duration per scenario [20s];  WARMUP  un-recorded wrk run before each scenario [5s]
#   THREADS / CONNECTIONS   wrk threads and connections [2 / 16]; the same for pgbench (-j / -c)
#   LAT_DURATION  the latency run at LAT_CONNECTIONS [10s / 2]
#   PGBENCH_DURATION  pgbench seconds per scenario [DURATION];  SKIP_PGBENCH=1  no pgbench
#   SKIP_IMPORT=1  no import scenario;  IMPORT_ROWS  rows of the import files [10000]
#   START_TIMEOUT  seconds to wait for the app to be ready [180; 3600 for nation]
#   PAGE_DISTRICTS  districts the district-page scenario cycles through [20]
#   BENCH_USER / BENCH_PASSWORD   who signs in [office / office-demo-pass]
#   JAVA_OPTS    JVM options of the started app [the bounded defaults of make run]
#   SKIP_SQL=1   do not do the second, SQL-logging run;  BENCH_KEEP_DB=1  keep the PostgreSQL database
# Results: bench/results/<date>-<db>.txt (git-ignored); the app logs stay in the temp dir when a step fails.
set -Eeuo pipefail

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
# the bounded JVM settings of make run, the Dockerfile and docker-compose (bench/README.md, "Memory")
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
if [[ $SCALE == nation* ]]; then
  PGDATABASE=${PGDATABASE:-kyodo_nation}
  START_TIMEOUT=${START_TIMEOUT:-3600}
else
  PGDATABASE=${PGDATABASE:-kyodo_bench}
  START_TIMEOUT=${START_TIMEOUT:-180}
fi
LAT_DURATION=${LAT_DURATION:-10s}
LAT_CONNECTIONS=${LAT_CONNECTIONS:-2}
PGBENCH_DURATION=${PGBENCH_DURATION:-${DURATION%s}}
IMPORT_ROWS=${IMPORT_ROWS:-10000}
REUSE=${BENCH_REUSE_DB:-}
ATTACH=0
if [[ -n "${BASE:-}" ]]; then
  ATTACH=1
else
  BASE="http://127.0.0.1:$PORT"
fi
case "$BENCH_DB" in
  h2) DEFAULT_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar" ;;
  postgres) DEFAULT_JAR="$ROOT/backend/target/bench-app/quarkus-run.jar" ;; # make bench-jar: PostgreSQL kind, with demo code
  *) echo "BENCH_DB must be h2 or postgres" >&2; exit 2 ;;
esac
if [[ $SCALE == nation* && $BENCH_DB != postgres ]]; then
  echo "SCALE=nation needs BENCH_DB=postgres (H2 refuses the nation data set)" >&2
  exit 2
fi
JAR=${1:-$DEFAULT_JAR}

# wrk comes from Debian's package; installed here when missing and apt-get may (root, or sudo without a password)
if ! command -v wrk >/dev/null; then
  { [[ $(id -u) == 0 ]] && apt-get install -y -qq wrk >/dev/null 2>&1; } ||
    { command -v sudo >/dev/null && sudo -n apt-get install -y -qq wrk >/dev/null 2>&1; } || true
fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
PGBENCH=0
if [[ $BENCH_DB == postgres && -z "${SKIP_PGBENCH:-}" ]]; then
  command -v pgbench >/dev/null || { echo "pgbench is not installed (or set SKIP_PGBENCH=1)" >&2; exit 2; }
  PGBENCH=1
fi
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
psql_db() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$PGDATABASE" -v ON_ERROR_STOP=1 -qAt "$@"; }

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
  if [[ $ATTACH == 0 && $BENCH_DB == postgres && -z "${BENCH_KEEP_DB:-}" && -z "$REUSE" ]]; then
    psql_admin -c "drop database if exists $PGDATABASE" || true
  fi
  if [[ $FAILED == 0 ]]; then
    rm -rf "$WORK"
  else
    echo "Benchmark failed; app logs kept in $WORK" >&2
  fi
}
trap cleanup EXIT
trap 'echo "run.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR

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

# Budgets far above what wrk sends: every request is still counted (in memory, synced every 250 ms; part of what is measured) but none is
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
      -Dkyodo.demo-data=true -Dkyodo.sample-plan=true -Dkyodo.demo-scale="$SCALE" $RATE_LIMITS "$@" -jar "$JAR" >"$logfile" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 1 $((START_TIMEOUT * 10))); do
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
  echo "The app did not become ready in $START_TIMEOUT s; see $logfile" >&2
  exit 1
}

rss_mb() {
  local pid=${APP_PID:-${BENCH_APP_PID:-}}
  if [[ -n "$pid" ]]; then
    echo $(($(ps -o rss= -p "$pid") / 1024))
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
  code=$(curl -s -g -o "$WORK/body" -w '%{http_code}' -H "Cookie: kyodo_session=$COOKIE" -H 'Accept: application/json' "$BASE$1")
  if [[ $code != 200 ]]; then
    echo "GET $1 answered $code: $(head -c 300 "$WORK/body")" >&2
    exit 1
  fi
  cat "$WORK/body"
}

LIST_PATH="/api/v1/districts?page=1&size=50&sort=name"
SEARCH_PATH="/api/v1/districts?q=$(urlencode 'ﾋｶﾞｼ')&page=1&size=50&sort=name"

# first [n]: the first n lines (1) of the input, reading all of it — `head` would end the writer with SIGPIPE, which
# pipefail turns into a failure
first() { awk -v n="${1:-1}" 'NR <= n'; }

# every_nth <count> < lines: up to <count> lines spread evenly over the input (small wards and large ones alike)
every_nth() {
  awk -v n="$1" '{ a[NR] = $0 } END { if (NR == 0) exit; step = NR / n; if (step < 1) step = 1;
    for (i = 1; i <= NR && c < n; i += step) { print a[int(i)]; c++ } }'
}

prepare_paths() {
  printf '%s\n' "$LIST_PATH" >"$WORK/list.paths"
  printf '%s\n' "$SEARCH_PATH" >"$WORK/search.paths"
  get "$LIST_PATH" | grep -o '"id":[0-9]*' | first "$PAGE_DISTRICTS" | cut -d: -f2 >"$WORK/ids"
  if [[ ! -s "$WORK/ids" ]]; then
    echo "The district list is empty" >&2
    exit 1
  fi
  : >"$WORK/page.paths"
  : >"$WORK/district.paths"
  while read -r id; do
    printf '%s\n' "/api/v1/districts/$id" "/api/v1/districts/$id/organization-tree" \
      "/api/v1/join-rates?level=DISTRICT&districtId=$id" >>"$WORK/page.paths"
    printf '%s\n' "/api/v1/districts/$id" >>"$WORK/district.paths"
  done <"$WORK/ids"
  # wards (at nation scale: municipalities), 20 of them spread over the list
  get "/api/v1/wards?page=1&size=200" | grep -o '"id":[0-9]*' | cut -d: -f2 | every_nth 20 >"$WORK/wards"
  # requests (issue 3): the request list of the newest fiscal year and the reduction dashboard of the newest cycle
  REQUEST_YEAR=$(get "/api/v1/review-cycles" | grep -o '"fiscalYear":[0-9]*' | first | cut -d: -f2)
  BASELINE_YEAR=$(get "/api/v1/review-cycles" | grep -o '"baselineYear":[0-9]*' | first | cut -d: -f2)
  CYCLE_ID=$(get "/api/v1/review-cycles" | grep -o '"id":[0-9]*' | first | cut -d: -f2)
  if [[ -z "$REQUEST_YEAR" || -z "$CYCLE_ID" ]]; then
    echo "No review cycle in the demo data" >&2
    exit 1
  fi
  BASELINE_YEAR=${BASELINE_YEAR:-$((REQUEST_YEAR - 1))}
  REQUEST_LIST_PATH="/api/v1/city-requests?fiscalYear=$REQUEST_YEAR&page=1&size=50"
  DASHBOARD_PATH="/api/v1/review-cycles/$CYCLE_ID/dashboard"
  : >"$WORK/district-list.paths"
  : >"$WORK/join-rates.paths"
  : >"$WORK/burden.paths"
  while read -r w; do
    printf '%s\n' "/api/v1/districts?wardId=$w&page=1&size=20&sort=name" >>"$WORK/district-list.paths"
    printf '%s\n' "/api/v1/join-rates?level=CITY" "/api/v1/join-rates?level=WARD&wardId=$w" >>"$WORK/join-rates.paths"
    printf '%s\n' "/api/v1/burden?groupBy=DISTRICT&fiscalYear=$REQUEST_YEAR&wardId=$w" >>"$WORK/burden.paths"
  done <"$WORK/wards"
  # plans (issue 4): the plan tree with standings, and the published report read anonymously
  PLAN_ID=$(get "/api/v1/plans" | grep -o '"id":[0-9]*' | first | cut -d: -f2)
  PUBLIC_PATH=$(get "/api/v1/public/reports" | grep -o '"planCode":"[^"]*","planName":"[^"]*","fiscalYear":[0-9]*' | first |
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
    "$WORK/plan-tree.paths" "$WORK/public-report.paths" "$WORK/district-list.paths" "$WORK/join-rates.paths" \
    "$WORK/burden.paths" |
    while read -r p; do
    get "$p" >/dev/null
  done
}

# The values pgbench's scripts draw from: the id ranges of the loaded data and the ids the app scenarios use.
pgbench_vars() {
  local token dmin dmax wmin wmax plan_code report_year page_ids
  token=$(printf '%s' "$COOKIE" | sha256sum | cut -d' ' -f1)
  # the request list's first page, in its order, as the app binds the page's ids to its follow-up statements
  page_ids=$(psql_db -c "select string_agg(id::text, ',') from (select id from city_request where fiscal_year = $REQUEST_YEAR
    order by fiscal_year desc nulls last, section_code, code, id limit 50) x")
  read -r dmin dmax < <(psql_db -F' ' -c "select min(id), max(id) from district")
  read -r wmin wmax < <(psql_db -F' ' -c "select min(ward_id), max(ward_id) from district")
  plan_code=$(echo "$PUBLIC_PATH" | cut -d/ -f6)
  report_year=$(echo "$PUBLIC_PATH" | cut -d/ -f7)
  PGBENCH_VARS=(-D "token=$token" -D "district_min=$dmin" -D "district_max=$dmax" -D "ward_min=$wmin" -D "ward_max=$wmax"
    -D "fy=$REQUEST_YEAR" -D "baseline=$BASELINE_YEAR" -D "cycle=$CYCLE_ID" -D "plan=$PLAN_ID"
    -D "plan_code=$plan_code" -D "report_year=$report_year" -D "page_ids=${page_ids:-0}")
}

declare -A RPS P50 P99 TPS RSS_AFTER SQLS
SCENARIOS=()
SUMMARY=()
wrk_result() { grep '^RESULT' "$1" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p"; }

# run_scenario <name> <paths file> [pgbench script]: wrk at CONNECTIONS (rps), wrk at LAT_CONNECTIONS (p50/p99),
# the app's RSS, and pgbench with the scenario's essential SQL at CONNECTIONS (tps).
run_scenario() {
  local name=$1 paths=$2 script=${3:-} line tps
  SCENARIOS+=("$name")
  if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then
    BENCH_COOKIE=$COOKIE BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/session.lua" "$BASE" >/dev/null
  fi
  BENCH_COOKIE=$COOKIE BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s "$HERE/session.lua" "$BASE" >"$WORK/wrk-$name.txt"
  BENCH_COOKIE=$COOKIE BENCH_PATHS=$paths wrk -t"$LAT_CONNECTIONS" -c"$LAT_CONNECTIONS" -d"$LAT_DURATION" --latency \
    -s "$HERE/session.lua" "$BASE" >"$WORK/wrk-$name-lat.txt"
  line=$(grep '^RESULT' "$WORK/wrk-$name.txt")
  SUMMARY+=("$(printf '%-20s %s' "$name" "${line#RESULT }")")
  RPS[$name]=$(wrk_result "$WORK/wrk-$name.txt" rps)
  P50[$name]=$(wrk_result "$WORK/wrk-$name-lat.txt" p50)
  P99[$name]=$(wrk_result "$WORK/wrk-$name-lat.txt" p99)
  RSS_AFTER[$name]=$(rss_mb)
  TPS[$name]="-"
  if [[ $PGBENCH == 1 && -n "$script" ]]; then
    pgbench -n -h "$PGHOST" -p "$PGPORT" -U postgres -c "$CONNECTIONS" -j "$THREADS" -T "$PGBENCH_DURATION" \
      -f "$HERE/pgbench/$script" "${PGBENCH_VARS[@]}" "$PGDATABASE" >"$WORK/pgbench-$name.txt" 2>&1 || {
      echo "pgbench $script failed:" >&2
      tail -5 "$WORK/pgbench-$name.txt" >&2
      exit 1
    }
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$WORK/pgbench-$name.txt")
    TPS[$name]=${tps:-?}
  fi
  echo "  $name: ${RPS[$name]} rps (c=$CONNECTIONS), p50 ${P50[$name]} / p99 ${P99[$name]} ms (c=$LAT_CONNECTIONS), pgbench ${TPS[$name]} tps, RSS ${RSS_AFTER[$name]} MB"
}

# ---- the import scenario: a file of IMPORT_ROWS membership figures, as CSV and as xlsx ---------------------------
# The rows come from the app's own export (current versions), each with one member household less, so every row is an
# update. The xlsx is written with Python's zipfile (inline strings; openpyxl is not needed).
import_file() { # import_file <file> <content type>: prints "<seconds> <http code>"
  curl -s -o "$WORK/import-body" -w '%{time_total} %{http_code}' -H "Cookie: kyodo_session=$COOKIE" \
    -H "Content-Type: $2" --data-binary "@$1" "$BASE/api/v1/imports/membership-figures"
}

make_import_files() {
  local filter=""
  # at nation scale one fiscal year is plenty (300,000 rows); a whole export would be 3,000,000
  if [[ $SCALE == nation* ]]; then filter="&fiscalYear=$REQUEST_YEAR"; fi
  curl -s -f -o "$WORK/export.csv" -H "Cookie: kyodo_session=$COOKIE" \
    "$BASE/api/v1/exports/membership-figures?format=csv$filter"
  python3 - "$WORK/export.csv" "$WORK" "$IMPORT_ROWS" <<'PY'
import csv, sys, zipfile
from xml.sax.saxutils import escape
src, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src, newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
if len(body) < 2 * n:
    sys.exit(f"the export has {len(body)} rows, fewer than the {2 * n} two import files need")
m = header.index('memberHouseholds')
def bumped(rows):
    out = []
    for r in rows:
        r = list(r)
        v = int(r[m])
        r[m] = str(v - 1 if v > 0 else v + 1)
        out.append(r)
    return out
# the CSV file takes the first n rows, the xlsx the next n (so the second import does not find the first one's rows)
with open(f"{work}/import.csv", 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows([header] + bumped(body[:n]))
def col(i):  # 0 → A, 25 → Z, 26 → AA
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
def cell(v, ref):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
for i, r in enumerate([header] + bumped(body[n:2 * n]), 1):
    sheet.append(f'<row r="{i}">' + ''.join(cell(v, f'{col(j)}{i}') for j, v in enumerate(r)) + '</row>')
sheet.append('</sheetData></worksheet>')
with zipfile.ZipFile(f"{work}/import.xlsx", 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="membership-figures" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>')
    z.writestr('xl/worksheets/sheet1.xml', '\n'.join(sheet))
PY
}

IMPORT_RESULTS=()
run_import() { # run_import <name> <file> <content type>
  local before after res secs code
  before=$(rss_mb)
  res=$(import_file "$2" "$3")
  secs=${res% *}
  code=${res#* }
  after=$(rss_mb)
  if [[ $code != 200 ]]; then
    echo "Import $1 answered $code: $(head -c 400 "$WORK/import-body")" >&2
    exit 1
  fi
  local grew='?'  # RSS is unknown for an app started elsewhere (BASE=…)
  [[ $before == [0-9]* && $after == [0-9]* ]] && grew=$(printf '%+d' $((after - before)))
  IMPORT_RESULTS+=("$(printf '%-22s %8.1f s   RSS %5s → %5s MB (%s MB)   %s' "$1" "$secs" "$before" "$after" \
    "$grew" "$(grep -o '"updated":[0-9]*\|"unchanged":[0-9]*\|"created":[0-9]*' "$WORK/import-body" | tr '\n' ' ')")")
  echo "  ${IMPORT_RESULTS[-1]}"
}

# ---------------------------------------------------------------------------------------------------------------
{
  echo "kyodo benchmark $(date -Iseconds)"
  echo "git:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (uncommitted changes)')"
  echo "host:   $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "wrk:    $THREADS threads, $CONNECTIONS connections, $DURATION per scenario (warm-up $WARMUP); latency at $LAT_CONNECTIONS connections, $LAT_DURATION"
  if [[ $PGBENCH == 1 ]]; then
    echo "pgbench: $CONNECTIONS clients, $THREADS threads, ${PGBENCH_DURATION}s per scenario, database $PGDATABASE"
  fi
  if [[ $ATTACH == 1 ]]; then
    echo "app:    already running at $BASE"
  else
    echo "app:    $JAR, db $BENCH_DB, kyodo.demo-scale=$SCALE, JAVA_OPTS='$JAVA_OPTS'"
  fi
} | tee "$OUT"

if [[ $ATTACH == 0 && $BENCH_DB == postgres ]]; then
  if [[ -n "$REUSE" ]] && [[ $(psql_admin -c "select count(*) from pg_database where datname = '$PGDATABASE'") == 1 ]]; then
    echo "Reusing the database $PGDATABASE as it is (BENCH_REUSE_DB)"
  else
    psql_admin -c "drop database if exists $PGDATABASE" -c "create database $PGDATABASE"
  fi
fi

if [[ $ATTACH == 0 ]]; then
  echo "Starting the app (the first start on an empty database loads the demo city) ..."
  start_app "$WORK/app-1.log"
  LOADED=$(grep -o 'Loaded the demo city.*\|Loaded the nation data set.*\|Wrote the nation data set.*' "$WORK/app-1.log" || echo 'demo city NOT loaded (registry not empty?)')
  STARTED=$(grep -o 'started in [0-9.]*s' "$WORK/app-1.log" | head -1 || true)
  log ""
  log "startup: ready after $((READY_MS)) ms (Quarkus: ${STARTED:-?})"
  while read -r l; do log "  $l"; done <<<"$LOADED"
  log "RSS after startup: $(rss_mb) MB"
  if [[ $BENCH_DB == postgres ]]; then
    log "database $PGDATABASE: $(psql_db -c "select pg_size_pretty(pg_database_size(current_database()))")"
  fi
fi

COOKIE=$(sign_in)
prepare_paths
if [[ $PGBENCH == 1 ]]; then
  pgbench_vars
fi
log ""
log "scenarios (the pgbench script of each: bench/pgbench/<name>.sql):"
log "  district            = GET /api/v1/districts/{id} for $(wc -l <"$WORK/ids") districts"
log "  district-list       = GET /api/v1/districts?wardId={w}&page=1&size=20&sort=name for $(wc -l <"$WORK/wards") wards"
log "  district-search     = GET $SEARCH_PATH (q=ﾋｶﾞｼ)"
log "  district-page       = GET /api/v1/districts/{id}, .../organization-tree, /api/v1/join-rates?level=DISTRICT&districtId={id}"
log "  request-list        = GET $REQUEST_LIST_PATH"
log "  join-rates          = GET /api/v1/join-rates?level=CITY and ?level=WARD&wardId={w}, alternately"
log "  reduction-dashboard = GET $DASHBOARD_PATH"
log "  burden-by-district  = GET /api/v1/burden?groupBy=DISTRICT&fiscalYear=$REQUEST_YEAR&wardId={w}"
log "  plan-tree           = GET $PLAN_TREE_PATH"
log "  public-report       = GET $PUBLIC_PATH (public, no sign-in needed)"
echo "Load test ..."
run_scenario district "$WORK/district.paths" district.sql
run_scenario district-list "$WORK/district-list.paths" district-list.sql
run_scenario district-search "$WORK/search.paths"
run_scenario district-page "$WORK/page.paths"
run_scenario request-list "$WORK/requests.paths" request-list.sql
run_scenario join-rates "$WORK/join-rates.paths" join-rates.sql
run_scenario reduction-dashboard "$WORK/dashboard.paths" reduction-dashboard.sql
run_scenario burden-by-district "$WORK/burden.paths" burden-by-district.sql
run_scenario plan-tree "$WORK/plan-tree.paths" plan-tree.sql
run_scenario public-report "$WORK/public-report.paths" public-report.sql
log ""
log "wrk results at $CONNECTIONS connections (latency in ms):"
for s in "${SUMMARY[@]}"; do
  log "  $s"
done
if [[ $ATTACH == 0 ]]; then
  log "RSS after the load test: $(rss_mb) MB"
fi

if [[ -z "${SKIP_IMPORT:-}" ]]; then
  echo "Import ($IMPORT_ROWS membership figures, CSV and xlsx) ..."
  make_import_files
  run_import "import CSV $IMPORT_ROWS rows" "$WORK/import.csv" "text/csv"
  run_import "import xlsx $IMPORT_ROWS rows" "$WORK/import.xlsx" \
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
fi
if [[ $ATTACH == 0 ]]; then
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
  FIRST_ID=$(head -1 "$WORK/ids")
  FIRST_WARD=$(head -1 "$WORK/wards")
  # the scenario's first path stands for it (join-rates: the mean of its two)
  declare -A COUNT_PATHS=(
    [district]="/api/v1/districts/$FIRST_ID"
    [district-list]="/api/v1/districts?wardId=$FIRST_WARD&page=1&size=20&sort=name"
    [district-search]="$SEARCH_PATH"
    [district-page]="/api/v1/districts/$FIRST_ID /api/v1/districts/$FIRST_ID/organization-tree /api/v1/join-rates?level=DISTRICT&districtId=$FIRST_ID"
    [request-list]="$REQUEST_LIST_PATH"
    [join-rates]="/api/v1/join-rates?level=CITY /api/v1/join-rates?level=WARD&wardId=$FIRST_WARD"
    [reduction-dashboard]="$DASHBOARD_PATH"
    [burden-by-district]="/api/v1/burden?groupBy=DISTRICT&fiscalYear=$REQUEST_YEAR&wardId=$FIRST_WARD"
    [plan-tree]="$PLAN_TREE_PATH"
    [public-report]="$PUBLIC_PATH")
  log "SQL statements per request (including the session check):"
  for s in "${SCENARIOS[@]}"; do
    total=0
    n=0
    for p in ${COUNT_PATHS[$s]}; do
      c=$(count_sql "$p")
      log "  $(printf '%3s' "$c")  GET $p"
      total=$((total + c))
      n=$((n + 1))
    done
    SQLS[$s]=$(awk -v t="$total" -v n="$n" 'BEGIN { printf (t % n ? "%.1f" : "%d"), t / n }')
  done
  stop_app
fi

log ""
log "summary (app rps and pgbench tps at $CONNECTIONS connections; latency at $LAT_CONNECTIONS connections; RSS of the app after the scenario):"
log "$(printf '  %-20s %9s %12s %8s %8s %8s %8s %7s' scenario 'app rps' 'pgbench tps' 'app/pg' 'p50 ms' 'p99 ms' 'SQL/req' 'RSS MB')"
for s in "${SCENARIOS[@]}"; do
  ratio="-"
  if [[ ${TPS[$s]} != "-" && ${TPS[$s]} != "?" ]]; then
    ratio=$(awk -v a="${RPS[$s]}" -v b="${TPS[$s]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  fi
  log "$(printf '  %-20s %9s %12s %8s %8s %8s %8s %7s' "$s" "${RPS[$s]}" "${TPS[$s]}" "$ratio" "${P50[$s]}" "${P99[$s]}" \
    "${SQLS[$s]:--}" "${RSS_AFTER[$s]}")"
done
for r in "${IMPORT_RESULTS[@]}"; do
  log "  $r"
done

if [[ -f "$WORK/sql-detail.txt" ]]; then
  { echo ""; echo "SQL statements (first 220 characters):"; cat "$WORK/sql-detail.txt"; } >>"$OUT"
fi
log ""
log "raw wrk and pgbench output:"
for s in "${SCENARIOS[@]}"; do
  { echo "--- $s"; grep -v '^RESULT' "$WORK/wrk-$s.txt"; echo "--- $s (c=$LAT_CONNECTIONS)";
    grep -v '^RESULT' "$WORK/wrk-$s-lat.txt"; } >>"$OUT"
  if [[ -f "$WORK/pgbench-$s.txt" ]]; then
    { echo "--- $s (pgbench)"; cat "$WORK/pgbench-$s.txt"; } >>"$OUT"
  fi
done
FAILED=0
echo "Results written to $OUT"
