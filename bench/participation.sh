#!/usr/bin/env bash
# kyodo benchmark of #14: the participation screens of a large city. Against a running app (BASE) with the demo data,
# as the office: the office's worklist (empty seats over every district), the general assembly's roster (a
# representative's place per district), the bodies with their vacancies, the assembly's members, the meetings with
# their kept attendance figures, recording the attendance of every member at one meeting (and the same again,
# unchanged), the attendance sheet of a year, the effect of the join-rate measures over every district and ward, the
# new buildings, the public volunteer posts and their CSV — each with the SQL statements it took (Kyodo-Sql-Statements;
# start the app with -Dkyodo.diagnostics.statement-count-header=true). It adds one meeting to the assembly: use a
# scratch database (bench/README.md, "Participation").
#
#   BASE=http://127.0.0.1:18095 bench/participation.sh
#
# Environment: BASE [http://127.0.0.1:18095], BENCH_USER / BENCH_PASSWORD [office / office-demo-pass], FY [this FY].
set -Eeuo pipefail
BASE=${BASE:-http://127.0.0.1:18095}
BENCH_USER=${BENCH_USER:-office}
BENCH_PASSWORD=${BENCH_PASSWORD:-office-demo-pass}
FY=${FY:-$(($(date +%m) >= 4 ? $(date +%Y) : $(date +%Y) - 1))}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }
COOKIE=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/sessions" |
  tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: kyodo_session=\([^;]*\).*/\1/p' | head -1)
[[ -n $COOKIE ]] || { echo "Sign-in as $BENCH_USER failed" >&2; exit 1; }

# call <method> <path> [json body] [if-match]: prints "<ms> ms, <statements> statements"; the body stays in $WORK/body
call() {
  local method=$1 path=$2 body=${3:-} match=${4:-} t0 code
  local args=(-s -g -X "$method" -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -H "Cookie: kyodo_session=$COOKIE"
    -H 'Accept: application/json, text/csv')
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
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
json() { python3 -c "import json,sys; d=json.load(open('$WORK/body')); print($1)"; }
etag() { tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ee][Tt]ag: //p'; }

curl -s -g -H "Cookie: kyodo_session=$COOKIE" "$BASE/api/v1/districts?size=1" -o "$WORK/body"
echo "kyodo participation benchmark, $(json "d['total']") districts, FY $FY, load $(cut -d' ' -f1-3 /proc/loadavg)"
curl -s -g -H "Cookie: kyodo_session=$COOKIE" "$BASE/api/v1/council-bodies?size=200" -o "$WORK/body"
GA=$(json "[b['id'] for b in d['items'] if b['code']=='GENERAL_ASSEMBLY'][0]")

printf '  office worklist:                    %s\n' "$(call GET /api/v1/office-worklist)"
printf '    items: %s\n' "$(json "len(d['items'])")"
printf '  assembly roster:                    %s\n' "$(call GET "/api/v1/council-bodies/$GA/roster")"
printf '    places %s, vacant %s\n' "$(json "d['seatTotal']")" "$(json "d['vacant']")"
printf '  bodies with vacancies:              %s\n' "$(call GET '/api/v1/council-bodies?size=200')"
printf '  assembly members (page of 100):     %s\n' "$(call GET "/api/v1/council-bodies/$GA/members?current=true&size=100")"
printf '  assembly meetings with attendance:  %s\n' "$(call GET "/api/v1/council-meetings?bodyId=$GA&size=50")"

# a meeting of the assembly today: everyone present but every seventh by proxy
TODAY=$(date +%F)
curl -s -g -H "Cookie: kyodo_session=$COOKIE" -H 'Content-Type: application/json' \
  -d "{\"bodyId\":$GA,\"heldOn\":\"$TODAY\",\"title\":\"ベンチマーク臨時総会 $RANDOM$RANDOM\"}" "$BASE/api/v1/council-meetings" -o "$WORK/body"
MEETING=$(json "d['id']")
printf '  attendance sheet of the meeting:    %s\n' "$(call GET "/api/v1/council-meetings/$MEETING/attendance")"
TAG=$(etag)
json "json.dumps({'rows': [{'memberId': r['memberId'], 'status': 'PROXY' if i % 7 == 3 else 'PRESENT'} for i, r in enumerate(d['rows'])]})" >"$WORK/rows.json"
printf '    members on the day: %s\n' "$(json "len(d['rows'])")"
printf '  record every member:                %s\n' "$(call PUT "/api/v1/council-meetings/$MEETING/attendance" "$WORK/rows.json" "$TAG")"
printf '    quorum met: %s\n' "$(json "d['figures']['quorumMet']")"
TAG=$(etag)
printf '  the same again (unchanged):         %s\n' "$(call PUT "/api/v1/council-meetings/$MEETING/attendance" "$WORK/rows.json" "$TAG")"
printf '  attendance export of the year:      %s\n' "$(call GET "/api/v1/exports/meeting-attendance?bodyId=$GA&fiscalYear=$FY&format=csv")"
printf '  join-promotion effect (city):       %s\n' "$(call GET "/api/v1/join-promotion/effect?fiscalYear=$FY")"
printf '    districts %s, wards %s\n' "$(json "len(d['districts'])")" "$(json "len(d['wards'])")"
printf '  new buildings (page):               %s\n' "$(call GET '/api/v1/new-buildings?size=50')"
printf '  public volunteer posts:             %s\n' "$(call GET '/api/v1/public/volunteer-posts')"
printf '  public volunteer posts CSV:         %s\n' "$(call GET '/api/v1/public/volunteer-posts/csv')"
