#!/usr/bin/env bash
# Screenshots of the main pages for the docs: starts the packaged app (H2, demo city) like e2e.sh, signs in as the
# right demo user per page and saves docs/screenshots/<page>-1366.png and <page>-390.png. Not part of `make test`.
#   scripts/screenshots.sh [port]            every page of frontend/screenshots/pages.ts
#   SCREENSHOT_PAGES=districts,requests scripts/screenshots.sh
# Needs the H2 jar (`make package`) and Chromium (scripts/ensure-chromium.sh). KYODO_APP_DIR: another packaged app
# (default backend/target/quarkus-app), as for scripts/e2e.sh.
set -euo pipefail
PORT=${1:-18090}
MGMT_PORT=${MGMT_PORT:-$((PORT + 1000))}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
LOG="$WORK/app.log"
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
APP_DIR=${KYODO_APP_DIR:-$ROOT/backend/target/quarkus-app}
[ -f "$APP_DIR/quarkus-run.jar" ] || { echo "screenshots: build the jar first (make package)" >&2; exit 1; }
(cd "$WORK" && exec java -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" \
   -Dkyodo.rate-limit.signed-in=1000000 -Dkyodo.rate-limit.anonymous=1000000 -Dkyodo.rate-limit.transfer=1000000 -Dquarkus.management.port="$MGMT_PORT" \
   -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/kyodo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
   -jar "$APP_DIR/quarkus-run.jar" >"$LOG" 2>&1) &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$MGMT_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$LOG"; echo "screenshots: the app did not start" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://localhost:$MGMT_PORT/q/health/ready" >/dev/null || { tail -50 "$LOG"; echo "screenshots: not ready" >&2; exit 1; }
cd "$ROOT/frontend"
KYODO_BASE_URL="http://localhost:$PORT" npx playwright test --config playwright.screenshots.config.ts
