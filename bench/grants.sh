#!/usr/bin/env bash
# kyodo benchmark of #13: computing a program's decisions for a large city. Against a running app (BASE) as the office:
# creates two subsidies of a fiscal year no one uses — the operating subsidy of every district council (均等割 + 加入世帯
# × 単価 from the district's kept sums, 人口 from the statistics) and a per-household subsidy of every neighbourhood
# association (its own membership figure) — then times opening each year (a case per organization with its figures
# and computed amount), recomputing them after a change of the rule, the figures, a page of cases and the payment list,
# and prints the SQL statements of each call (Kyodo-Sql-Statements; start the app with
# -Dkyodo.diagnostics.statement-count-header=true). The programs stay (a program with cases cannot be deleted):
# use a scratch database (bench/README.md, "Grant decisions").
#
#   BASE=http://127.0.0.1:18095 bench/grants.sh
#
# Environment: BASE [http://127.0.0.1:18095], BENCH_USER / BENCH_PASSWORD [office / office-demo-pass],
# FIGURES_YEAR (the registry's year the rules read) [2025], FY (the programs' fiscal year) [2090 + a random 0–9].
set -Eeuo pipefail
BASE=${BASE:-http://127.0.0.1:18095}
BENCH_USER=${BENCH_USER:-office}
BENCH_PASSWORD=${BENCH_PASSWORD:-office-demo-pass}
FIGURES_YEAR=${FIGURES_YEAR:-2025}
FY=${FY:-$((2090 + RANDOM % 10))}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }
COOKIE=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/sessions" |
  tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: kyodo_session=\([^;]*\).*/\1/p' | head -1)
[[ -n $COOKIE ]] || { echo "Sign-in as $BENCH_USER failed" >&2; exit 1; }

# call <method> <path> [json body] [if-match]: prints "<ms> ms, <statements> statements" and leaves the body in $WORK/body
call() {
  local method=$1 path=$2 body=${3:-} match=${4:-} t0 code
  local args=(-s -g -X "$method" -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -H "Cookie: kyodo_session=$COOKIE"
    -H 'Accept: application/json, text/csv')
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' -d "$body")
  [[ -n $match ]] && args+=(-H "If-Match: $match")
  t0=$(now_ms)
  code=$(curl "${args[@]}" "$BASE$path")
  local ms=$(($(now_ms) - t0))
  if [[ $code != 200 && $code != 201 ]]; then
    echo "$method $path answered $code: $(head -c 400 "$WORK/body")" >&2
    exit 1
  fi
  local sql
  sql=$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Kk]yodo-[Ss]ql-[Ss]tatements: //p')
  echo "$ms ms, ${sql:-?} statements"
}
# upload <path> <file>: POSTs a CSV file (an import), prints as call does
upload() {
  local path=$1 file=$2 t0 code
  t0=$(now_ms)
  code=$(curl -s -g -X POST -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -H "Cookie: kyodo_session=$COOKIE" \
    -H 'Accept: application/json, application/problem+json' -H 'Content-Type: text/csv' --data-binary "@$file" "$BASE$path")
  local ms=$(($(now_ms) - t0))
  if [[ $code != 200 ]]; then
    echo "POST $path answered $code: $(head -c 400 "$WORK/body")" >&2
    exit 1
  fi
  local sql
  sql=$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Kk]yodo-[Ss]ql-[Ss]tatements: //p')
  echo "$ms ms, ${sql:-?} statements"
}
field() { python3 -c "import json,sys; d=json.load(open('$WORK/body')); print($1)"; }

call GET "/api/v1/sections?size=1" >/dev/null
SECTION=$(field "d['items'][0]['id']")
program() { # program <name> <kind> <rule>
  cat <<JSON
{"fiscalYear": $FY, "name": "$1", "sectionId": $SECTION, "kind": "SUBSIDY", "audience": "COMMUNITY",
 "categories": ["FINANCIAL"], "eligibleKinds": ["$2"], "figuresYear": $FIGURES_YEAR, "amountRule": $3}
JSON
}
COUNCIL_RULE='{"kind":"COMBINED","rounding":{"unit":1000,"mode":"DOWN"},"cap":1200000,"parts":[{"kind":"FLAT","yen":200000},{"kind":"PER_HOUSEHOLD","yenPerHousehold":300,"households":"MEMBERS"},{"kind":"PER_CAPITA","yenPerPerson":5}]}'
COUNCIL_RULE2=${COUNCIL_RULE/\"yen\":200000/\"yen\":210000}
ASSOC_RULE='{"kind":"PER_HOUSEHOLD","yenPerHousehold":480,"households":"ALL","rounding":{"unit":10,"mode":"DOWN"}}'
ASSOC_RULE2=${ASSOC_RULE/480/500}

echo "kyodo grant decisions — $(date -u +%FT%TZ), $BASE, fiscal year $FY, figures of $FIGURES_YEAR, load $(cut -d' ' -f1-3 /proc/loadavg)"
for spec in "DISTRICT_COUNCIL|運営費補助（ベンチ）|$COUNCIL_RULE|$COUNCIL_RULE2" "NEIGHBORHOOD_ASSOCIATION|世帯割補助（ベンチ）|$ASSOC_RULE|$ASSOC_RULE2"; do
  IFS='|' read -r kind name rule rule2 <<<"$spec"
  call POST /api/v1/support-programs "$(program "$name" "$kind" "$rule")" >/dev/null
  ID=$(field "d['id']")
  ETAG=$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ee][Tt]ag: //p')
  echo "== $name: every $kind"
  printf '  open the year (create + compute):  %s' "$(call POST "/api/v1/support-programs/$ID/opening")"
  echo "  — $(field "f\"{d['created']} cases, {d['computed']} computed, {d['missing']} missing a figure, {d['computedYen']:,} yen\"")"
  printf '  open again (nothing new, recompute): %s\n' "$(call POST "/api/v1/support-programs/$ID/opening")"
  printf '  change the rule (recompute all):     %s\n' "$(call PUT "/api/v1/support-programs/$ID" "$(program "$name" "$kind" "$rule2")" "$ETAG")"
  printf '  figures per ward and district:       %s\n' "$(call GET "/api/v1/support-programs/$ID/grant-figures")"
  printf '  a page of 50 cases:                  %s\n' "$(call GET "/api/v1/grant-cases?programId=$ID&size=50")"
  printf '  payment list (CSV):                  %s\n' "$(call GET "/api/v1/grant-payments/csv?programId=$ID")"
done

# the associations' applications from a file: export the last program's cases, fill in the day of every application,
# check the file (dry run), import it, and import the same rows again without their (now stale) versions: unchanged
echo "== applications of every association from a file (grant-cases import)"
printf '  export the cases (CSV):              %s\n' "$(call GET "/api/v1/exports/grant-cases?programId=$ID&format=csv")"
APPLIED=$(date -d 'yesterday' +%F)
python3 - "$WORK/body" "$WORK/applications.csv" "$APPLIED" <<'PY'
import csv, sys
src, dst, day = sys.argv[1:4]
with open(src, encoding='utf-8-sig', newline='') as f:
    rows = list(csv.reader(f))
head = rows[0]
i = head.index('appliedOn')
for r in rows[1:]:
    r[i] = day
with open(dst, 'w', encoding='utf-8', newline='') as f:
    csv.writer(f, lineterminator='\r\n').writerows(rows)
# the same rows without the version column (the versions move with the import; a stale version is refused)
v = head.index('version')
with open(dst.replace('.csv', '-again.csv'), 'w', encoding='utf-8', newline='') as f:
    csv.writer(f, lineterminator='\r\n').writerows([r[:v] + r[v + 1:] for r in rows])
print(f"  {len(rows) - 1} rows", file=sys.stderr)
PY
printf '  check the file (dryRun=true):        %s\n' "$(upload "/api/v1/imports/grant-cases?dryRun=true" "$WORK/applications.csv")"
printf '  import it:                           %s' "$(upload "/api/v1/imports/grant-cases" "$WORK/applications.csv")"
echo "  — $(field "f\"{d['written']} written, counts {d['counts']}\"")"
printf '  the same rows again (unchanged):     %s\n' "$(upload "/api/v1/imports/grant-cases" "$WORK/applications-again.csv")"
