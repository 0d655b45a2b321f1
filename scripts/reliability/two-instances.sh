#!/usr/bin/env bash
# Two instances of the PostgreSQL build on one PostgreSQL cluster of its own, behind HAProxy (round-robin, health
# checks on readiness), all started here with temp configs and stopped at exit.
# Checks: a session token from one instance works on the other, and signing out on one ends it on the other at once; an Idempotency-Key replay sent to the other
# instance replays (same id, Idempotent-Replayed); a stale If-Match through the other instance is refused (412);
# sign-in throttling holds across instances (only once the endpoint throttles: skipped with a note otherwise);
# then, under write load through HAProxy, one instance is killed with SIGKILL: no acknowledged write is lost,
# HAProxy takes it out of rotation and the other instance serves on.
# Prints the figures and exits non-zero on any failed check. See lib.sh for the environment it reads.
source "$(dirname "$0")/lib.sh"

HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
[[ -x "$HAPROXY" ]] || { echo "haproxy is not installed (scripts/ensure-haproxy.sh installs it)" >&2; exit 2; }

say "two-instances: PostgreSQL cluster of its own, two app instances, HAProxy"
pg_setup
say "cluster up on 127.0.0.1:$PG_PORT"
PORT_A=$(free_port)
PORT_B=$(free_port)
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
# One after the other: the first start migrates the schema and creates the admin account.
start_app a "$PORT_A"
wait_ready a "$PORT_A"
start_app b "$PORT_B"
wait_ready b "$PORT_B"
say "instances ready: a=$A b=$B (health on $HEALTH_a$HEALTH_PATH, $HEALTH_b$HEALTH_PATH)"

LB_PORT=$(free_port)
STATS_PORT=$(free_port)
LB="http://127.0.0.1:$LB_PORT"
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 200
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
frontend kyodo
  bind 127.0.0.1:$LB_PORT
  default_backend app
backend app
  balance roundrobin
  option httpchk GET $HEALTH_PATH/ready
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
  http-response set-header X-Served-By %s
  server a 127.0.0.1:$PORT_A check port ${HEALTH_a##*:}
  server b 127.0.0.1:$PORT_B check port ${HEALTH_b##*:}
listen stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /stats
EOF
"$HAPROXY" -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
OTHER_PIDS+=("$!")
server_status() { # server_status <a|b>: UP / DOWN / ... as HAProxy sees it
  curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v s="$1" '$1 == "app" && $2 == s {print $18}'
}
for _ in $(seq 1 50); do
  [[ $(server_status a) == UP && $(server_status b) == UP ]] && break
  sleep 0.2
done
check "HAProxy sees both instances UP (a=$(server_status a), b=$(server_status b))" \
  test "$(server_status a)/$(server_status b)" = UP/UP
SERVED=""
for i in 1 2 3 4; do
  http "$WORK/rr" "$LB/q/health/live" >/dev/null
  SERVED+="$(header_of "$WORK/rr" X-Served-By)"
done
check "round-robin through HAProxy (served by: $SERVED)" test "$SERVED" = abab -o "$SERVED" = baba

# ---- a session from one instance works on the other ---------------------------------------------------------------
TOKEN=$(sign_in "$A" admin "$ADMIN_PASSWORD")
[[ -n "$TOKEN" ]] || { fail "sign-in as admin on a"; exit 1; }
c=$(http "$WORK/me-b" -H "Cookie: kyodo_session=$TOKEN" "$B/api/v1/me")
SESSION_SHARED="instance b answered $c"
check "a session token from instance a works on instance b (got $c)" test "$c" = 200
c=$(http "$WORK/bearer-b" -H "Authorization: Bearer $TOKEN" "$B/api/v1/me")
check "... and as a bearer token (got $c)" test "$c" = 200

# ---- signing out on one instance ends the session on the other at once (both remember callers) ---------------------
T2=$(sign_in "$A" admin "$ADMIN_PASSWORD")
c1=$(http "$WORK/me2-a" -H "Cookie: kyodo_session=$T2" "$A/api/v1/me")
c2=$(http "$WORK/me2-b" -H "Cookie: kyodo_session=$T2" "$B/api/v1/me")
c3=$(http "$WORK/out-a" -X DELETE -H "Cookie: kyodo_session=$T2" "$A/api/v1/sessions/current")
sleep 0.2 # NOTIFY travels after the commit: milliseconds, given a margin on a loaded machine
c4=$(http "$WORK/me3-b" -H "Cookie: kyodo_session=$T2" "$B/api/v1/me")
check "signed out on a ($c3), the session b had just served ($c1, $c2) is refused by b at once (got $c4)" \
  test "$c1" = 200 -a "$c2" = 200 -a "$c3" = 204 -a "$c4" = 401

# ---- Idempotency-Key replay on the other instance -----------------------------------------------------------------
PREFIX="rel2-$(date +%s)"
KEY="key-$PREFIX"
BODY='{"code":"'"$PREFIX"'-idem","name":"冪等","owner":"reliability","fromFiscalYear":2025,"toFiscalYear":2026}'
c1=$(http "$WORK/idem-a" -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $KEY" -d "$BODY" "$A/api/v1/plans")
c2=$(http "$WORK/idem-b" -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $KEY" -d "$BODY" "$B/api/v1/plans")
ID1=$(jq -r .id "$WORK/idem-a.b" 2>/dev/null || echo "?")
ID2=$(jq -r .id "$WORK/idem-b.b" 2>/dev/null || echo "?")
REPLAYED=$(header_of "$WORK/idem-b" Idempotent-Replayed)
check "the same Idempotency-Key on instance b replays a's answer ($c1 id $ID1 → $c2 id $ID2, Idempotent-Replayed: ${REPLAYED:-absent})" \
  test "$c1/$c2/$ID1/$REPLAYED" = "201/201/$ID2/true"
N=$(psql_ -d kyodo -c "select count(*) from plan where code = '$PREFIX-idem'")
check "the plan was created once ($N)" test "$N" = 1

# ---- optimistic versions across instances -------------------------------------------------------------------------
http "$WORK/get-a" -H "Cookie: kyodo_session=$TOKEN" "$A/api/v1/plans/$ID1" >/dev/null
ETAG0=$(header_of "$WORK/get-a" ETag)
UPD='{"code":"'"$PREFIX"'-idem","name":"冪等 (改)","owner":"reliability","fromFiscalYear":2025,"toFiscalYear":2026}'
PUT_A=$(http "$WORK/put-a" -X PUT -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' -H "If-Match: $ETAG0" -d "$UPD" "$A/api/v1/plans/$ID1")
PUT_B=$(http "$WORK/put-b" -X PUT -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' -H "If-Match: $ETAG0" -d "$UPD" "$B/api/v1/plans/$ID1")
check "an update on a with If-Match $ETAG0 succeeds ($PUT_A) and the same stale If-Match on b is refused with 412 ($PUT_B)" \
  test "$PUT_A/$PUT_B" = 200/412

# ---- sign-in throttling across instances (checked once the endpoint throttles) ------------------------------------
# [THROTTLE] Sign-in throttling is being reworked on another branch. This step asserts only when repeated failures
# get a 429: then every further attempt, on either instance, must get 429 too (the count is shared). When no 429
# comes at all it prints a note and skips, so it starts checking by itself once throttling answers 429.
THROTTLE_USER="throttle-$PREFIX"
http "$WORK/user" -H "Cookie: kyodo_session=$TOKEN" -H 'Content-Type: application/json' \
  -d '{"username":"'"$THROTTLE_USER"'","displayName":"スロットル","role":"OFFICE","password":"right-password-123"}' "$A/api/v1/users" >/dev/null
CODES=()
FIRST_429=""
for i in $(seq 1 12); do
  if ((i % 2)); then host=$A; else host=$B; fi
  c=$(http "$WORK/throttle" -H 'Content-Type: application/json' -d '{"username":"'"$THROTTLE_USER"'","password":"wrong"}' "$host/api/v1/sessions")
  CODES+=("$c")
  [[ $c == 429 && -z "$FIRST_429" ]] && FIRST_429=$i
  [[ -n "$FIRST_429" && $i -ge $((FIRST_429 + 3)) ]] && break
done
THROTTLE="skipped"
if [[ -z "$FIRST_429" ]]; then
  say "NOTE [THROTTLE]: no 429 after ${#CODES[@]} failed sign-ins (${CODES[*]}): sign-in throttling not active here; cross-instance check skipped"
else
  AFTER=("${CODES[@]:$((FIRST_429 - 1))}")
  check "[THROTTLE] after the first 429 (attempt $FIRST_429), both instances answer 429 (${CODES[*]})" \
    test -z "$(printf '%s\n' "${AFTER[@]}" | grep -v '^429$' || true)"
  c=$(http "$WORK/throttle-right" -H 'Content-Type: application/json' -d '{"username":"'"$THROTTLE_USER"'","password":"right-password-123"}' "$B/api/v1/sessions")
  check "[THROTTLE] even the right password is throttled on the other instance (got $c)" test "$c" = 429
  THROTTLE="429 after $((FIRST_429 - 1)) failures, shared by both instances"
fi

# ---- kill -9 one instance under load ------------------------------------------------------------------------------
say "write load through HAProxy; instance b will be killed with SIGKILL"
python3 "$REL_HERE/load.py" run --base "$LB" --token="$TOKEN" --prefix "$PREFIX" --out "$WORK/load.json" \
  --stop "$WORK/stop" --workers 2 &
LOAD_PID=$!
OTHER_PIDS+=("$LOAD_PID")
sleep 5
ROWS_BEFORE=$(psql_ -d kyodo -c "select count(*) from plan where code like '$PREFIX-%'")
T_KILL=$(now_ms)
kill -9 "$APP_PID_b"
wait "$APP_PID_b" 2>/dev/null || true
say "instance b killed ($ROWS_BEFORE plans of this run so far)"
DOWN_MS="never"
for _ in $(seq 1 100); do
  if [[ $(server_status b) == DOWN ]]; then DOWN_MS=$(($(now_ms) - T_KILL)); break; fi
  sleep 0.1
done
check "HAProxy takes b out of rotation (DOWN after $DOWN_MS ms)" test "$DOWN_MS" != never
sleep 5
touch "$WORK/stop"
wait "$LOAD_PID" || fail "the load client failed"
OTHER_PIDS=("${OTHER_PIDS[@]:0:1}")
ROWS_AFTER=$(psql_ -d kyodo -c "select count(*) from plan where code like '$PREFIX-%'")
check "instance a serves on: writes after the kill ($ROWS_BEFORE → $ROWS_AFTER plans)" test "$ROWS_AFTER" -gt $((ROWS_BEFORE + 10))
SERVED=""
for i in 1 2 3 4; do
  http "$WORK/rr" "$LB/q/health/live" >/dev/null
  SERVED+="$(header_of "$WORK/rr" X-Served-By)"
done
check "HAProxy sends everything to a now (served by: $SERVED)" test "$SERVED" = aaaa

say "load stopped; comparing acknowledged writes with the database"
plan_rows "$PREFIX" | grep -v -- "-idem|" >"$WORK/rows" || true
ORPHANS=$(orphans)
check "no CREATE audit entry or idempotency record without its plan (found $ORPHANS)" test "$ORPHANS" = 0
if python3 "$REL_HERE/load.py" verify --results "$WORK/load.json" --rows "$WORK/rows" --summary "$WORK/figures" --allow conn; then
  CHECKS=$((CHECKS + 1))
else
  fail "acknowledged writes / status classes (see above)"
fi
read -r SENT ACKED LOST N503 OTHER HALF <"$WORK/figures" || true
LOGS_500=$(cat "$WORK/app-a.log" "$WORK/app-b.log" | grep -c 'Unexpected failure' || true)
check "no unexpected failure (500) in the app logs (found $LOGS_500)" test "$LOGS_500" = 0

summary_table "two-instances" \
  "session token from a used on b|$SESSION_SHARED" \
  "Idempotency-Key replay on the other instance|id $ID1 → $ID2, Idempotent-Replayed: ${REPLAYED:-absent}" \
  "update on a, then stale If-Match on b|$PUT_A, then $PUT_B" \
  "sign-in throttling across instances|$THROTTLE" \
  "HAProxy marked the killed instance DOWN after|$DOWN_MS ms" \
  "writes sent (POST attempts)|${SENT:-?}" \
  "writes acknowledged|${ACKED:-?}" \
  "acknowledged writes lost|${LOST:-?}" \
  "half-applied writes|${HALF:-?}" \
  "non-2xx answers to writes (502/503/conn)|$((${N503:-0} + ${OTHER:-0}))"
