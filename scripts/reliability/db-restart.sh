#!/usr/bin/env bash
# Database restart under write load: one instance of the PostgreSQL build on a PostgreSQL cluster of its own
# (temp dir, free port). While two clients create plans (Idempotency-Key, every acknowledged id recorded) and read
# /api/v1/me with the same session, the database is (a) restarted with `pg_ctl restart -m fast`, then (b) killed
# hard (SIGKILL to the postmaster), kept down for a few seconds and started again (crash recovery).
# Asserts: while the database is down readiness is 503, API requests answer 503 problem+json with Retry-After (not
# 401, not 500), liveness and the SPA are still served; the app recovers by itself; every acknowledged write is in
# the database, none half-applied (plan, CREATE audit entry and idempotency record all present or all absent).
# Prints the figures and exits non-zero on any failed check. See lib.sh for the environment it reads.
source "$(dirname "$0")/lib.sh"

DOWN_SECONDS=${RELIABILITY_DOWN_SECONDS:-7}
say "db-restart: PostgreSQL cluster of its own ($PG_BIN)"
pg_setup
say "cluster up on 127.0.0.1:$PG_PORT ($PG_DIR)"
APP_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"
start_app a "$APP_PORT"
wait_ready a "$APP_PORT"
say "app ready on $BASE (health on $HEALTH_a$HEALTH_PATH)"
TOKEN=$(sign_in "$BASE" admin "$ADMIN_PASSWORD")
[[ -n "$TOKEN" ]] || { fail "sign-in as admin"; exit 1; }
PREFIX="rel-$(date +%s)"

python3 "$REL_HERE/load.py" run --base "$BASE" --token="$TOKEN" --prefix "$PREFIX" --out "$WORK/load.json" \
  --stop "$WORK/stop" --workers 2 &
LOAD_PID=$!
OTHER_PIDS+=("$LOAD_PID")
sleep 4

# wait_write_ok <seconds>: polls until a write is acknowledged again; prints how long it took (ms)
wait_write_ok() {
  local t=$(now_ms) i
  for ((i = 0; i < $1 * 10; i++)); do
    local c
    c=$(http "$WORK/probe-w" -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' \
      -d "{\"code\":\"$PREFIX-probe-$RANDOM$i\",\"name\":\"probe\",\"owner\":\"reliability\",\"fromFiscalYear\":2025,\"toFiscalYear\":2025}" \
      -H "Idempotency-Key: probe-$PREFIX-$RANDOM-$i" "$BASE/api/v1/plans")
    if [[ $c == 201 ]]; then
      echo $(($(now_ms) - t))
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# ---- (a) pg_ctl restart -m fast ----------------------------------------------------------------------------------
say "(a) pg_ctl restart -m fast under load"
T_A=$(now_ms)
pg_ctl_ -m fast -w -t 60 -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" restart >/dev/null
say "database back after $(($(now_ms) - T_A)) ms"
if RECOVER_A=$(wait_write_ok 30); then
  say "writes acknowledged again ${RECOVER_A} ms after the database came back"
  CHECKS=$((CHECKS + 1))
else
  fail "(a) the app did not recover by itself within 30 s of the restart"
  RECOVER_A="never"
fi
sleep 3

# ---- (b) kill -9 the postmaster, keep it down, start again -------------------------------------------------------
say "(b) kill -9 the postmaster, database down for ${DOWN_SECONDS}s"
T_B=$(now_ms)
pg_kill9
pg_is_up && fail "the database still answers after kill -9"
sleep 1.5 # let requests in flight meet the outage (and the pool notice it)
c=$(http "$WORK/ready" "$HEALTH_a$HEALTH_PATH/ready")
check "readiness is 503 while the database is down (got $c)" test "$c" = 503
c=$(http "$WORK/live" "$HEALTH_a$HEALTH_PATH/live")
check "liveness is 200 while the database is down (got $c)" test "$c" = 200
c=$(http "$WORK/me" -H "Cookie: kyodo_session=$TOKEN" "$BASE/api/v1/me")
check "GET /api/v1/me with a good session answers 503 problem+json with Retry-After, not 401 (got $c)" is_outage_503 "$WORK/me"
c=$(http "$WORK/bearer" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plans")
check "GET /api/v1/plans with a bearer token answers 503 problem+json (got $c)" is_outage_503 "$WORK/bearer"
c=$(http "$WORK/anon" "$BASE/api/v1/wards")
check "an anonymous GET /api/v1/wards answers 503 problem+json, not 500 (got $c)" is_outage_503 "$WORK/anon"
c=$(http "$WORK/write" -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' \
  -d '{"code":"'"$PREFIX"'-down","name":"down","owner":"reliability","fromFiscalYear":2025,"toFiscalYear":2025}' "$BASE/api/v1/plans")
check "a write answers 503 problem+json with Retry-After (got $c)" is_outage_503 "$WORK/write"
c=$(http "$WORK/signin" -H 'Content-Type: application/json' -d '{"username":"admin","password":"x"}' "$BASE/api/v1/sessions")
check "sign-in answers 503 problem+json, not 401 (got $c)" is_outage_503 "$WORK/signin"
c=$(http "$WORK/spa" -H "Cookie: kyodo_session=$TOKEN" "$BASE/")
check "the SPA (/) is still served to a signed-in browser (got $c)" test "$c" = 200
c=$(http "$WORK/deep" -H "Cookie: kyodo_session=$TOKEN" "$BASE/districts/1")
check "an SPA deep link is still served (got $c)" test "$c" = 200
c=$(http "$WORK/openapi" "$BASE/q/openapi")
check "/q/openapi is still served (got $c)" test "$c" = 200
REST=$((DOWN_SECONDS * 1000 - ($(now_ms) - T_B)))
((REST > 0)) && sleep "$(awk "BEGIN {print $REST / 1000}")"
say "starting the database again (crash recovery)"
T_UP=$(now_ms)
pg_start
say "database up after $(($(now_ms) - T_UP)) ms"
if RECOVER_B=$(wait_write_ok 30); then
  say "writes acknowledged again ${RECOVER_B} ms after the database came back"
  CHECKS=$((CHECKS + 1))
else
  fail "(b) the app did not recover by itself within 30 s of the database's start"
  RECOVER_B="never"
fi
for _ in $(seq 1 50); do
  [[ $(http "$WORK/ready2" "$HEALTH_a$HEALTH_PATH/ready") == 200 ]] && break
  sleep 0.2
done
c=$(http "$WORK/ready2" "$HEALTH_a$HEALTH_PATH/ready")
check "readiness is 200 again (got $c)" test "$c" = 200
c=$(http "$WORK/me2" -H "Cookie: kyodo_session=$TOKEN" "$BASE/api/v1/me")
check "the session from before both outages still works (got $c)" test "$c" = 200
sleep 3

# ---- stop the load, verify against the database ------------------------------------------------------------------
touch "$WORK/stop"
wait "$LOAD_PID" || fail "the load client failed"
OTHER_PIDS=()
say "load stopped; comparing acknowledged writes with the database"
plan_rows "$PREFIX" | grep -v -- "-probe-\|-down|" >"$WORK/rows" || true
ORPHANS=$(orphans)
check "no CREATE audit entry or idempotency record without its plan (found $ORPHANS)" test "$ORPHANS" = 0
if python3 "$REL_HERE/load.py" verify --results "$WORK/load.json" --rows "$WORK/rows" --summary "$WORK/figures"; then
  CHECKS=$((CHECKS + 1))
else
  fail "acknowledged writes / status classes (see above)"
fi
read -r SENT ACKED LOST N503 OTHER HALF <"$WORK/figures" || true
LOGS_500=$(grep -c 'Unexpected failure' "$WORK/app-a.log" || true)
check "no unexpected failure (500) in the app log (found $LOGS_500)" test "$LOGS_500" = 0

summary_table "db-restart" \
  "restarts survived (fast restart, kill -9)|$([[ $RECOVER_A != never ]] && echo 1 || echo 0) + $([[ $RECOVER_B != never ]] && echo 1 || echo 0) of 2" \
  "recovery after (a) / (b), ms after DB back|$RECOVER_A / $RECOVER_B" \
  "writes sent (POST attempts)|${SENT:-?}" \
  "writes acknowledged|${ACKED:-?}" \
  "acknowledged writes lost|${LOST:-?}" \
  "half-applied writes|${HALF:-?}" \
  "503 answers while the database was away|${N503:-?}" \
  "other non-2xx answers to writes|${OTHER:-?}"
