#!/usr/bin/env bash
# The integrator's view, run against the packaged app on a fresh H2 database with the demo city:
#  1. docs/scenarios/*.md — every ```sh block of a page runs, in order, as one bash script (set -euo pipefail);
#     a ```python block whose info string names a file (```python title=receiver.py) is written to the page's
#     working directory first. The pages get KYODO (base URL), TOKEN (an OFFICE account's API token) and
#     ADMIN_TOKEN; every curl call is counted and the count printed per scenario.
#  2. clients/python-smoke — a Python client generated from openapi.yaml by openapi-generator drives the server.
# Usage: scripts/integration.sh [PORT] [scenario-name ...]
set -euo pipefail
PORT=${1:-18090}
shift || true
MGMT_PORT=${MGMT_PORT:-$((PORT + 1000))}
if ! command -v jq >/dev/null 2>&1; then   # the scenarios read JSON with jq, as the docs do
  echo "integration: installing Debian jq" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends jq) >&2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
LOG="$WORK/app.log"
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
(cd "$WORK" && exec java -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MGMT_PORT" \
   -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/kyodo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
   -Dkyodo.webhooks.every=1s \
   -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$LOG" 2>&1) &
APP_PID=$!
for _ in $(seq 1 360); do
  curl -fs "http://localhost:$MGMT_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$LOG"; echo "integration: the app did not start" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://localhost:$MGMT_PORT/q/health/ready" >/dev/null || { tail -50 "$LOG"; echo "integration: not ready" >&2; exit 1; }
export KYODO="http://localhost:$PORT"

# An admin signs in and issues the API tokens the scenarios use (as an admin would on the 管理 screens).
jar="$WORK/admin.cookies"
curl -fs -c "$jar" -H 'Content-Type: application/json' -d '{"username":"admin","password":"admin-demo-pass"}' \
  "$KYODO/api/v1/sessions" >/dev/null
token_for() { # username → a new API token's secret
  local id
  id=$(curl -fs -b "$jar" "$KYODO/api/v1/users?q=$1&size=200" | python3 -c "import json,sys; print(next(u['id'] for u in json.load(sys.stdin)['items'] if u['username']=='$1'))")
  curl -fs -b "$jar" -H 'Content-Type: application/json' -d "{\"name\":\"scenario $1\",\"userId\":$id,\"validDays\":1}" \
    "$KYODO/api/v1/api-tokens" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])"
}
export TOKEN ADMIN_TOKEN
TOKEN=$(token_for office)
ADMIN_TOKEN=$(token_for admin)

# Every curl of a scenario is counted: the number of calls an integrator makes.
curl() { echo . >>"$CALLS"; command curl "$@"; }
export -f curl

failed=0
summary=""
for page in "$ROOT"/docs/scenarios/*.md; do
  name=$(basename "$page" .md)
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  dir="$WORK/$name"; mkdir -p "$dir"
  python3 - "$page" "$dir" <<'PY'
import re, sys, pathlib
text = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
out = pathlib.Path(sys.argv[2])
script = ["set -euo pipefail"]
for info, body in re.findall(r"^```([^\n]*)\n(.*?)^```", text, flags=re.S | re.M):
    lang, _, rest = info.partition(" ")
    m = re.search(r"title=(\S+)", rest)
    if lang == "python" and m:
        (out / m.group(1)).write_text(body, encoding="utf-8")
    elif lang == "sh":
        script.append(body)
(out / "scenario.sh").write_text("\n".join(script), encoding="utf-8")
PY
  export CALLS="$dir/calls"; : >"$CALLS"
  echo "== scenario $name"
  if (cd "$dir" && bash -x "$dir/scenario.sh") >"$dir/out.txt" 2>&1; then
    n=$(wc -l <"$CALLS" | tr -d ' ')
    echo "   passed: $n calls"
    summary+="$name: $n calls"$'\n'
  else
    failed=1
    echo "   FAILED; its output:"; sed 's/^/   | /' "$dir/out.txt" | tail -60
  fi
done
unset -f curl

if [ $# -eq 0 ] || [[ " $* " == *" python-client "* ]]; then
  echo "== python client generated from openapi.yaml"
  LOCK=$(command -v flock >/dev/null 2>&1 && echo "flock /tmp/kyodo-mvn.lock" || true)
  (cd "$ROOT/backend" && $LOCK ./mvnw -B -q -f ../clients/python-smoke/pom.xml generate-sources) >"$WORK/gen.log" 2>&1 \
    || { cat "$WORK/gen.log"; echo "integration: the client could not be generated" >&2; exit 1; }
  client="$ROOT/clients/python-smoke/target"
  # the generated client's requirements (pydantic 2, urllib3 2, python-dateutil), from PyPI when Python lacks them
  if ! python3 -c 'import pydantic, urllib3, dateutil, typing_extensions' 2>/dev/null \
     || [ "$(python3 -c 'import pydantic; print(pydantic.VERSION.split(".")[0])')" != 2 ]; then
    python3 -m pip install -q --target "$client/pylib" -r "$client/python-client/requirements.txt"
  fi
  PYTHONPATH="$client/python-client:$client/pylib" python3 "$ROOT/clients/python-smoke/smoke.py" \
    "$KYODO" admin admin-demo-pass || failed=1
fi

printf '%s' "$summary"
if [ "$failed" -ne 0 ]; then echo "---- app log (tail) ----"; tail -60 "$LOG"; exit 1; fi
echo "integration: all scenarios and the generated client passed"
