# Shared by the reliability scripts (sourced): a PostgreSQL cluster of their own in a temp dir, app instances of the
# PostgreSQL jar, HTTP helpers, assertions, and a cleanup that always runs. The machine's PostgreSQL server (port
# 5432) is never touched: the scripts start their own cluster on a free port and kill only processes they started.
#
# Environment:
#   KYODO_PG_JAR        the PostgreSQL build of the app [backend/target/pg-app/quarkus-run.jar] (make builds it)
#   KYODO_HEALTH_PATH   where health lives [/q/health]. Each instance also gets a free quarkus.management.port, and
#                       the scripts find health on the HTTP port or, when it answers there only, on that management
#                       port — so they keep working when health moves to the management interface.
#   RELIABILITY_JAVA_OPTS  JVM options of each instance [-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1]
#   RELIABILITY_KEEP=1  keep the temp dir with the logs (removed otherwise; a failure prints the logs' tails)
set -euo pipefail

REL_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$REL_HERE/../.." && pwd)
PG_JAR=${KYODO_PG_JAR:-$ROOT/backend/target/pg-app/quarkus-run.jar}
HEALTH_PATH=${KYODO_HEALTH_PATH:-/q/health}
JAVA_OPTS=${RELIABILITY_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
ADMIN_PASSWORD=reliability-admin-pass
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kyodo-reliability.XXXXXX")
T0=$(date +%s%3N)
FAILURES=()
CHECKS=0
APP_PIDS=()
OTHER_PIDS=()
PG_DIR=""
PG_PORT=""

now_ms() { date +%s%3N; }
elapsed() { echo "$(( ($(now_ms) - T0) / 1000 ))s"; }
say() { printf '[%5s] %s\n' "$(elapsed)" "$*"; }
fail() { FAILURES+=("$*"); say "FAIL: $*"; }
check() { # check <description> <command...>: counts a passed check or records a failure
  local what=$1
  shift
  CHECKS=$((CHECKS + 1))
  if "$@"; then say "ok: $what"; else fail "$what"; fi
}
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# ---- cleanup -----------------------------------------------------------------------------------------------------
cleanup() {
  local rc=$?
  set +e
  local p
  for p in "${OTHER_PIDS[@]}" "${APP_PIDS[@]}"; do
    [[ -n "$p" ]] && kill "$p" 2>/dev/null
  done
  for p in "${OTHER_PIDS[@]}" "${APP_PIDS[@]}"; do
    [[ -n "$p" ]] || continue
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null
    wait "$p" 2>/dev/null
  done
  pg_teardown
  if [[ $rc != 0 || ${#FAILURES[@]} != 0 ]]; then
    local f
    for f in "$WORK"/app-*.log "$WORK"/postgres.log "$WORK"/haproxy.log; do
      [[ -s "$f" ]] && { echo "---- unexpected failures in $(basename "$f")" >&2;
        grep -A12 "Unexpected failure" "$f" | grep -v "^\s*at " | head -40 >&2;
        echo "---- tail of $(basename "$f")" >&2; tail -25 "$f" >&2; }
    done
  fi
  if [[ -n "${RELIABILITY_KEEP:-}" ]]; then
    echo "logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- PostgreSQL: a cluster of our own --------------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
  echo "reliability: installing PostgreSQL binaries from Debian packages" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq postgresql) >&2
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

as_pg() { # PostgreSQL refuses to run as root: run its tools as the postgres account then
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_ctl_() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" "$@"; }
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

pg_setup() { # initdb + start on a free port (trust auth, loopback only), create database kyodo
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/kyodo-reliability-pg.XXXXXX")
  [[ $(id -u) == 0 ]] && chown postgres: "$PG_DIR"
  PG_PORT=$(free_port)
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; return 1; }
  pg_start
  psql_ -d postgres -c "create database kyodo"
}
pg_start() {
  pg_ctl_ -w -t 60 -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>>"$WORK/pg_ctl.log"
}
pg_postmaster() { head -1 "$PG_DIR/data/postmaster.pid" 2>/dev/null; }
pg_is_up() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; }
pg_kill9() { # hard stop: SIGKILL the postmaster and, if they linger, its server processes (a crash)
  local pm children
  pm=$(pg_postmaster)
  children=$(pgrep -P "$pm" || true)
  kill -9 "$pm"
  for _ in $(seq 1 30); do
    local alive=0 c
    for c in $children; do kill -0 "$c" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.1
  done
  for c in $children; do kill -9 "$c" 2>/dev/null || true; done
  sleep 0.2
}
pg_teardown() {
  [[ -n "$PG_DIR" && -d "$PG_DIR" ]] || return 0
  if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
    pg_ctl_ -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  fi
  cp "$PG_DIR/server.log" "$WORK/postgres.log" 2>/dev/null
  rm -rf "$PG_DIR"
}

# ---- app instances -------------------------------------------------------------------------------------------------
# The load clients send many requests from one address and account: budgets far above them, so nothing is refused
# (every request is still counted). A script may set RELIABILITY_RATE_LIMITS before sourcing this file.
RELIABILITY_RATE_LIMITS=${RELIABILITY_RATE_LIMITS:--Dkyodo.rate-limit.signed-in=100000000 -Dkyodo.rate-limit.anonymous=100000000 -Dkyodo.rate-limit.transfer=100000000}
# start_app <name> <port>: starts the PostgreSQL jar against our cluster; sets APP_PID_<name>, MGMT_<name>
start_app() {
  local name=$1 port=$2 mport
  [[ -f "$PG_JAR" ]] || { echo "No PostgreSQL build at $PG_JAR (make test-reliability builds it)" >&2; exit 2; }
  mport=$(free_port)
  # shellcheck disable=SC2086
  KYODO_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/kyodo" KYODO_DB_USER=postgres KYODO_DB_PASSWORD= \
    KYODO_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $JAVA_OPTS -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
    -Dkyodo.session.cookie-secure=false $RELIABILITY_RATE_LIMITS -jar "$PG_JAR" >"$WORK/app-$name.log" 2>&1 &
  local pid=$!
  APP_PIDS+=("$pid")
  printf -v "APP_PID_$name" '%s' "$pid"
  printf -v "MGMT_$name" '%s' "$mport"
}
# health_base <port> <management port>: the base URL health answers on (HTTP port, else management port)
health_base() {
  if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1$HEALTH_PATH/live") == 200 ]]; then
    echo "http://127.0.0.1:$1"
  elif [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2$HEALTH_PATH/live") == 200 ]]; then
    echo "http://127.0.0.1:$2"
  fi
}
# wait_ready <name> <port> [seconds]: waits until readiness is 200; sets HEALTH_<name> (base URL of health)
wait_ready() {
  local name=$1 port=$2 limit=${3:-120} pid mport hb="" i
  pid=APP_PID_$name
  pid=${!pid}
  mport=MGMT_$name
  mport=${!mport}
  for ((i = 0; i < limit * 5; i++)); do
    [[ -z "$hb" ]] && hb=$(health_base "$port" "$mport")
    if [[ -n "$hb" && $(curl -s -o /dev/null -w '%{http_code}' "$hb$HEALTH_PATH/ready") == 200 ]]; then
      printf -v "HEALTH_$name" '%s' "$hb"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -30 "$WORK/app-$name.log" >&2
      echo "instance $name exited during startup" >&2
      return 1
    fi
    sleep 0.2
  done
  tail -30 "$WORK/app-$name.log" >&2
  echo "instance $name not ready after ${limit}s" >&2
  return 1
}

# ---- HTTP --------------------------------------------------------------------------------------------------------
# http <outfile-prefix> <curl args...>: prints the status; headers in <prefix>.h, body in <prefix>.b
http() {
  local out=$1
  shift
  curl -s -m 20 -D "$out.h" -o "$out.b" -w '%{http_code}' "$@" || true
}
header_of() { tr -d '\r' <"$1.h" | sed -n "s/^$2: *//Ip" | tail -1; }
sign_in() { # sign_in <base> <username> <password>: prints the session token
  curl -s -m 20 -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$3\"}" "$1/api/v1/sessions" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: kyodo_session=\([^;]*\).*/\1/p' | head -1
}
# is_outage_503 <prefix>: a proper outage answer (503, problem+json, Retry-After, type/title/status/detail)
is_outage_503() {
  local p=$1
  [[ $(tr -d '\r' <"$p.h" | head -1 | awk '{print $2}') == 503 ]] &&
    header_of "$p" Content-Type | grep -q '^application/problem+json' &&
    [[ -n $(header_of "$p" Retry-After) ]] &&
    python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); sys.exit(0 if p["status"]==503 and p["type"] and p["title"] and p["detail"] else 1)' "$p.b"
}
# plan_rows <prefix>: code|id|CREATE audit entries|idempotency records of this run's plans, from the database
plan_rows() {
  psql_ -d kyodo -c "select p.code, p.id,
      (select count(*) from audit_event a where a.entity_type = 'Plan' and a.entity_id = p.id and a.action = 'CREATE'),
      (select count(*) from idempotency_record r where r.actor = 'admin' and r.location like '%/api/v1/plans/' || p.id)
    from plan p where p.code like '$1-%' order by p.id"
}
# orphans <prefix>: audit entries or idempotency records of plans that do not exist (the other half of a write)
orphans() {
  psql_ -d kyodo -c "select
      (select count(*) from audit_event a where a.entity_type = 'Plan' and a.action = 'CREATE'
         and not exists (select 1 from plan p where p.id = a.entity_id))
    + (select count(*) from idempotency_record r where r.location like '%/api/v1/plans/%'
         and not exists (select 1 from plan p where r.location like '%/api/v1/plans/' || p.id))"
}

summary_table() { # summary_table <title> <rows...> ("name|value")
  local title=$1 row
  shift
  echo
  echo "== $title =="
  for row in "$@"; do
    printf '  %-44s %s\n' "${row%%|*}" "${row#*|}"
  done
  printf '  %-44s %s\n' "checks" "$CHECKS run, ${#FAILURES[@]} failed"
  printf '  %-44s %s\n' "run time" "$(elapsed)"
  if [[ ${#FAILURES[@]} != 0 ]]; then
    local f
    for f in "${FAILURES[@]}"; do echo "  FAILED: $f"; done
    return 1
  fi
}
