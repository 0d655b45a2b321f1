#!/usr/bin/env bash
# The reliability tests put two app instances behind HAProxy; installs Debian's haproxy when it is missing.
set -euo pipefail
if ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  echo "ensure-haproxy: installing Debian haproxy" >&2
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends haproxy) >&2
  # The package's own service is not needed: the tests start haproxy with a config of their own.
  if command -v service >/dev/null 2>&1; then service haproxy stop >/dev/null 2>&1 || true; fi
fi
PATH="$PATH:/usr/sbin" haproxy -v | sed -n 1p >&2
