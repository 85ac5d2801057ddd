#!/usr/bin/env bash
# The README's API tour, runnable: one small election from definition to a published result, through
# the gateway of a running suite (`./suite up`). Every request is printed before its answer.
#
#   docs/api-tour.sh [GATEWAY_URL]      default http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
G=${1:-http://127.0.0.1:8080}/api/v1
NEC=$(./suite token nec nation)

step() { printf '\n### %s\n' "$*"; }
call() { # method, path, [token], [json body]
  local method=$1 path=$2 token=${3:-} body=${4:-}
  printf '%s %s\n' "$method" "$path" >&2
  curl -sS -X "$method" "$G$path" ${token:+-H "Authorization: Bearer $token"} \
    ${body:+-H 'Content-Type: application/json' --data "$body"}
}

step "1. The National Election Council defines an election (registry)"
E=$(call POST /registry/elections "$NEC" '{"name": "Bầu cử đại biểu HĐND tỉnh Bắc Kạn (thử)",
  "electionDay": "2031-05-25", "ruleset": "2026", "bodies": ["PROVINCIAL_COUNCIL"]}' | tee /dev/stderr | jq -r .id)

step "1b. Its calendar: each step's latest day and rule (D-26), as JSON and as iCalendar"
call GET "/registry/elections/$E/calendar" | jq -c '[.milestones[] | select(.binding) | {step, rule, date, time}]'
call GET "/registry/elections/$E/calendar.ics" | sed -n 1,20p

step "2. Administrative units (kept if they exist already)"
call POST /registry/administrative-units "$NEC" '{"code": "06", "name": "Tỉnh Bắc Kạn", "level": "PROVINCE"}' >/dev/null || true
call POST /registry/administrative-units "$NEC" \
  '{"code": "01843", "name": "Phường Đức Xuân", "level": "COMMUNE", "parentCode": "06"}' >/dev/null || true
call GET /registry/administrative-units/01843 | jq -c .

step "3. An electoral unit with 1 seat, and a remote polling area that votes in it (EU-2, PA-1, PA-4)"
U=$(call POST "/registry/elections/$E/electoral-units" "$NEC" '{"body": "PROVINCIAL_COUNCIL", "number": 1,
  "name": "Đơn vị bầu cử số 1", "seats": 1, "administrativeUnitCode": "06"}' | jq -r .id)
A=$(call POST "/registry/elections/$E/polling-areas" "$NEC" "{\"number\": 1, \"name\": \"Khu vực bỏ phiếu số 1\",
  \"communeCode\": \"01843\", \"stationAddress\": \"Nhà văn hóa tổ 1\", \"remote\": true, \"special\": false,
  \"electoralUnitIds\": [\"$U\"]}" | tee /dev/stderr | jq -r .id)

step "4. The voter list, streamed as CSV (V-1, V-2, V-4), then finalized: counts per body go out"
printf 'citizen_id,full_name,birth_date,category,exclusion\n%s\n%s\n%s\n' \
  "006090000001,Nguyễn Thị Hương,1990-04-12,PERMANENT," \
  "006090000002,Hoàng Văn Lâm,1975-11-02,PERMANENT," \
  "006090000003,Triệu Thị Mai,2001-01-30,PERMANENT," |
  curl -sS -X POST "$G/registry/elections/$E/polling-areas/$A/voters" -H "Authorization: Bearer $NEC" \
    -H 'Content-Type: text/csv' --data-binary @- | jq -c .
call POST "/registry/elections/$E/polling-areas/$A/voter-list/finalization" "$NEC" | jq -c .

step "5. A citizen asks where to vote: only the polling area comes back (public, no token)"
call POST "/registry/elections/$E/voter-lookup" "" '{"citizenId": "006090000001", "birthDate": "1990-04-12"}' | jq -c .

step "6. Two candidates living in the province (C-1, C-4) and the official list (C-7: 1 seat needs at least 2)"
for person in "006070000001|Lý Văn Thành|1970-03-01|MALE" "006070000002|Đinh Thị Hà|1982-07-15|FEMALE"; do
  IFS='|' read -r citizen name born gender <<< "$person"
  call POST "/registry/elections/$E/candidates" "$NEC" "{\"electoralUnitId\": \"$U\", \"citizenId\": \"$citizen\",
    \"fullName\": \"$name\", \"birthDate\": \"$born\", \"gender\": \"$gender\", \"ethnicity\": \"Tày\",
    \"religion\": \"Không\", \"hometown\": \"Bắc Kạn\", \"residence\": \"Phường Đức Xuân\", \"education\": \"Đại học\",
    \"occupation\": \"Công chức\", \"workplace\": \"UBND tỉnh\", \"partyMember\": true, \"nomination\": \"NOMINATED\",
    \"biography\": \"Sinh tại Bắc Kạn.\", \"residenceCode\": \"01843\"}" | jq -c '{id, fullName}'
done
call POST "/registry/elections/$E/electoral-units/$U/candidate-list" "$NEC" | jq -c '{minimumCandidates, activeCandidates, publishedAt}'

step "7. The tally learned all of it from the registry's events; the polling area's team submits its minutes"
for _ in $(seq 1 50); do
  [ "$(call GET "/tally/elections/$E/units/$U" 2>/dev/null | jq -r '.candidates | length? // 0')" = 2 ] && break
  sleep 0.2
done
CANDIDATES=$(call GET "/tally/elections/$E/units/$U" | jq -c '[.candidates[].id]')
C1=$(jq -r '.[0]' <<< "$CANDIDATES"); C2=$(jq -r '.[1]' <<< "$CANDIDATES")
TEAM=$(./suite token team "polling-area:$A")
call POST "/tally/elections/$E/minutes" "$TEAM" "{\"pollingAreaId\": \"$A\", \"body\": \"PROVINCIAL_COUNCIL\", \"round\": 1,
  \"totalVoters\": 3, \"votersParticipated\": 3, \"ballotsIssued\": 3, \"ballotsReceived\": 3, \"valid\": 3,
  \"invalid\": 0, \"ballotsByCount\": [3], \"votes\": {\"$C1\": 2, \"$C2\": 1}}" | jq -c '{version, warnings, submittedBy}'

step "8. The published result: winner by W-1..W-3 (anonymous); a repeat with its ETag gets 304"
call GET "/tally/elections/$E/published/units/$U" | jq -c '{status, reason, progress, candidates: [.candidates[] | {fullName, votes, elected}]}'
ETAG=$(curl -sS -D - -o /dev/null "$G/tally/elections/$E/published/units/$U" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
curl -sS -o /dev/null -w "If-None-Match: $ETAG -> %{http_code}\n" -H "If-None-Match: $ETAG" "$G/tally/elections/$E/published/units/$U"

step "9. The forms of commendation under the 2026 ruleset (awards, public)"
call GET /awards/catalogue/2026 | jq -c '[.forms[] | {code, name, individualPrizeVnd}]'
echo
