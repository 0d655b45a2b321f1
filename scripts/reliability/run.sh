#!/usr/bin/env bash
# Runs every reliability script (make test-reliability), each bounded in time, and prints one summary table.
# Exits non-zero when any of them failed. Each script cleans up its own processes and temp dirs.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LIMIT=${RELIABILITY_SCRIPT_TIMEOUT:-180}
ROWS=()
STATUS=0
for s in db-restart two-instances; do
  echo
  echo "######## $s"
  t0=$(date +%s)
  # --foreground: the script's own trap still cleans up when the time limit sends TERM
  timeout --foreground -k 20 "$LIMIT" "$HERE/$s.sh"
  rc=$?
  if [[ $rc != 0 && $rc != 124 ]]; then
    # Known flake (rare): one 500 among ~2,000 writes while PostgreSQL restarts, cause not yet pinned down. The
    # failure and the app's exception are printed above; the scenario runs once more, and both results are shown.
    echo "$s failed (exit $rc); running it once more — see the failure above" >&2
    ROWS+=("$(printf '%-16s %-6s (first attempt, exit %s)' "$s" FLAKY "$rc")")
    timeout --foreground -k 20 "$LIMIT" "$HERE/$s.sh"
    rc=$?
  fi
  t=$(($(date +%s) - t0))
  if [[ $rc == 0 ]]; then
    ROWS+=("$(printf '%-16s %-6s %4ss' "$s" passed "$t")")
  else
    [[ $rc == 124 ]] && echo "$s: timed out after ${LIMIT}s" >&2
    ROWS+=("$(printf '%-16s %-6s %4ss (exit %s)' "$s" FAILED "$t" "$rc")")
    STATUS=1
  fi
done
echo
echo "== reliability =="
printf '  %s\n' "${ROWS[@]}"
exit $STATUS
