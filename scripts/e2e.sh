#!/usr/bin/env bash
# Starts the packaged app on a fresh H2 database with the demo city, runs the browser tests against it
# in Debian's Chromium, and stops the app whatever happens.
# KYODO_APP_DIR: another packaged app (default backend/target/quarkus-app).
set -euo pipefail
PORT=${1:-18080}
shift || true  # further arguments go to playwright (e.g. one spec file)
# health is on the management interface (its own port)
MGMT_PORT=${MGMT_PORT:-$((PORT + 1000))}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
LOG="$WORK/app.log"
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
(cd "$WORK" && exec java -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" \
   -Dkyodo.rate-limit.signed-in=1000000 -Dkyodo.rate-limit.anonymous=1000000 -Dkyodo.rate-limit.transfer=1000000 -Dquarkus.management.port="$MGMT_PORT" \
   -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/kyodo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
   -jar "${KYODO_APP_DIR:-$ROOT/backend/target/quarkus-app}/quarkus-run.jar" >"$LOG" 2>&1) &
APP_PID=$!
for _ in $(seq 1 360); do
  curl -fs "http://localhost:$MGMT_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$LOG"; echo "e2e: the app did not start" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://localhost:$MGMT_PORT/q/health/ready" >/dev/null || { tail -50 "$LOG"; echo "e2e: not ready" >&2; exit 1; }
cd "$ROOT/frontend"
if ! KYODO_BASE_URL="http://localhost:$PORT" npx playwright test "$@"; then
  echo "---- app log (tail) ----"; tail -80 "$LOG"; exit 1
fi
