#!/usr/bin/env bash
# Browser tests use Debian's Chromium (no browser download is possible on these machines).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-chromium: installing Debian chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk) >&2
fi
/usr/bin/chromium --version >&2
