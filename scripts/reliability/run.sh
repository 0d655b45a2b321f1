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
