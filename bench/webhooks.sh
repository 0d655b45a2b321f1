#!/usr/bin/env bash
# Time to deliver 10,000 change-feed events to a local webhook receiver (one instance, one subscription).
# Prints the number; asserts only that every event arrived once. H2 by default; with a PostgreSQL URL:
#   bench/webhooks.sh "$(./scripts/ensure-postgres.sh)"
set -euo pipefail
cd "$(dirname "$0")/../backend"
if [ -n "${1:-}" ]; then
  KYODO_TEST_DB_URL="$1" flock /tmp/kyodo-mvn.lock ./mvnw -B -q test -Dquarkus.test.profile=pgtest \
    -Dtest=WebhookDeliveryBench -Dwebhook.bench=true 2>&1 | grep -A1 "WEBHOOK BENCH\|FEED BENCH" || true
else
  flock /tmp/kyodo-mvn.lock ./mvnw -B -q test -Dtest=WebhookDeliveryBench -Dwebhook.bench=true 2>&1 | grep -A1 "WEBHOOK BENCH\|FEED BENCH" || true
fi
