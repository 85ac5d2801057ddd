#!/usr/bin/env bash
# Voter import benchmark: a province's voter list imported through the registry's API vs `psql \copy` of
# the same file into an equivalent table on the same PostgreSQL server, in the same run.
#
#   bench/registry/voter-import.sh [ROWS]        ROWS defaults to 1,000,000
#
# What it does:
#   1. starts the packaged registry (registry-service/target/quarkus-app, built if missing) on port
#      $BENCH_PORT (18081) with a heap of $BENCH_HEAP (256m), against a throwaway database
#      bench_registry_<pid> that it creates and drops (BENCH_KEEP_DB=1 keeps it). Kafka is not needed:
#      the few structure events wait in the outbox (set KAFKA_BOOTSTRAP_SERVERS to give it a broker);
#      it trusts the suite's local signing key, and the script calls it with `./suite token nec nation`;
#      BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=/tmp/registry.jfr);
#   2. defines through the API an election (2026 ruleset, a Sunday ~200 days ahead), a province with one
#      commune per 10 polling areas (CSV import), the electoral units, and one polling area per 2,500 voters;
#   3. generates a deterministic voter CSV (VoterCsv.java: Vietnamese names, valid citizen ids, V-1 ages)
#      naming those polling areas;
#   4. loads it with `psql \copy` into voter_copy: the voter table's columns, defaults, constraints and
#      indexes (copied from the catalog), with name_folded computed by the server (lower(full_name)) since
#      \copy cannot fold names, and the CSV's exclusion column added;
#   5. imports it through POST /api/v1/elections/{id}/voters?province=.. (streamed upload), sampling the
#      registry's RSS every 0.2 s;
#   6. checks that both tables hold ROWS rows and prints rows/s of each, the ratio (target >= 0.8) and the
#      registry's RSS before and at its peak during the upload.
#
# Needs: java 17, psql, curl, openssl (for ./suite token), a PostgreSQL server (PGHOST, PGPORT, PGUSER, PGPASSWORD; default
# 127.0.0.1:5432, postgres) on which this user may create databases and run CHECKPOINT.
set -euo pipefail

ROWS=${1:-1000000}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR="$ROOT/registry-service/target/quarkus-app/quarkus-run.jar"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${BENCH_PORT:-18081}
HEAP=${BENCH_HEAP:-256m}
VOTERS_PER_AREA=2500
AREAS_PER_COMMUNE=10
PROVINCE=99
DB=bench_registry_$$
URL="http://127.0.0.1:$PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-registry.XXXXXX")
REGISTRY_PID=
SAMPLER_PID=

say() { printf '%s\n' "$*"; }
die() { printf 'voter-import: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [ -n "$REGISTRY_PID" ]; then
    kill "$REGISTRY_PID" 2>/dev/null || true
    wait "$REGISTRY_PID" 2>/dev/null || true
  fi
  if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
    psql -X -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
  else
    say "kept database $DB"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# POST a JSON body, print the created resource's id
post_json() {
  local path=$1 body=$2 answer
  answer=$(curl -sS -X POST -H "$AUTH" -H 'Content-Type: application/json' --data-binary "$body" \
    -w '\n%{http_code}' "$URL$path")
  [ "${answer##*$'\n'}" = 201 ] || die "POST $path answered ${answer##*$'\n'}: ${answer%$'\n'*}"
  printf '%s' "${answer%$'\n'*}" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p'
}

rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system time of a process

[[ "$ROWS" =~ ^[0-9]+$ ]] && [ "$ROWS" -gt 0 ] || die "ROWS must be a positive number"
for tool in psql curl; do command -v "$tool" >/dev/null || die "$tool is needed"; done
if [ ! -f "$JAR" ]; then
  say "building the registry (tests skipped) ..."
  (cd "$ROOT" && ./mvnw -B -q package -pl registry-service -am -DskipTests) || die "the build failed"
fi

# --- 1. the registry, against a throwaway database, trusting the suite's local signing key
AUTH="Authorization: Bearer $("$ROOT/suite" token nec nation)"
psql -X -q -d postgres -c "create database $DB" >/dev/null
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options (e.g. a -XX:StartFlightRecording=... profile)
"$JAVA" -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  -Dkafka.bootstrap.servers="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9}" \
  -Dmp.jwt.verify.publickey.location="$ROOT/.suite/keys/public.pem" -Dmp.jwt.verify.issuer=https://election.local/dev \
  '-Dquarkus.log.category."org.apache.kafka".level=ERROR' \
  -jar "$JAR" >"$WORK/registry.log" 2>&1 &
REGISTRY_PID=$!
for _ in $(seq 1 240); do
  curl -sf "$URL/q/health/live" >/dev/null 2>&1 && break
  kill -0 "$REGISTRY_PID" 2>/dev/null || { tail -n 30 "$WORK/registry.log" >&2; die "the registry did not start"; }
  sleep 0.5
done
curl -sf "$URL/q/health/live" >/dev/null || die "the registry did not answer within 120 s"
say "registry pid $REGISTRY_PID on :$PORT, heap $HEAP, database $DB"

# --- 2. the structure, through the API
AREAS=$(( (ROWS + VOTERS_PER_AREA - 1) / VOTERS_PER_AREA ))
COMMUNES=$(( (AREAS + AREAS_PER_COMMUNE - 1) / AREAS_PER_COMMUNE ))
DAY=$(date -u -d '+200 days' +%F)
while [ "$(date -u -d "$DAY" +%u)" != 7 ]; do DAY=$(date -u -d "$DAY +1 day" +%F); done
ELECTION=$(post_json /api/v1/elections "{\"name\": \"Bầu cử thử hiệu năng\", \"electionDay\": \"$DAY\",
  \"ruleset\": \"2026\", \"bodies\": [\"NATIONAL_ASSEMBLY\", \"PROVINCIAL_COUNCIL\", \"COMMUNE_COUNCIL\"]}")
{
  echo "code,name,level,parent_code"
  echo "$PROVINCE,Tỉnh Thử Hiệu Năng,PROVINCE,"
  for c in $(seq 1 "$COMMUNES"); do printf '%s%03d,Xã Thử số %d,COMMUNE,%s\n' "$PROVINCE" "$c" "$c" "$PROVINCE"; done
} >"$WORK/units.csv"
curl -sS -f -o /dev/null -X POST -H "$AUTH" -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$WORK/units.csv" \
  "$URL/api/v1/administrative-units" || die "the administrative units were refused"
unit() { # body number seats administrative-unit
  post_json "/api/v1/elections/$ELECTION/electoral-units" "{\"body\": \"$1\", \"number\": $2,
    \"name\": \"Đơn vị bầu cử số $2\", \"seats\": $3, \"administrativeUnitCode\": \"$4\"}"
}
NA_UNIT=$(unit NATIONAL_ASSEMBLY 1 3 "$PROVINCE")
PROVINCIAL_UNIT=$(unit PROVINCIAL_COUNCIL 1 5 "$PROVINCE")
: >"$WORK/areas.txt"
for a in $(seq 0 $((AREAS - 1))); do
  c=$((a / AREAS_PER_COMMUNE + 1)); n=$((a % AREAS_PER_COMMUNE + 1)); commune=$(printf '%s%03d' "$PROVINCE" "$c")
  [ "$n" = 1 ] && COMMUNE_UNIT=$(unit COMMUNE_COUNCIL 1 5 "$commune")
  post_json "/api/v1/elections/$ELECTION/polling-areas" "{\"number\": $n, \"name\": \"Khu vực bỏ phiếu số $n\",
    \"communeCode\": \"$commune\", \"stationAddress\": \"Nhà văn hóa thôn $n\", \"remote\": false, \"special\": false,
    \"electoralUnitIds\": [\"$NA_UNIT\", \"$PROVINCIAL_UNIT\", \"$COMMUNE_UNIT\"]}" >>"$WORK/areas.txt"
  echo >>"$WORK/areas.txt"
done
say "election $ELECTION on $DAY: $COMMUNES communes, $AREAS polling areas"

# --- 3. the file
CSV="$WORK/voters.csv"
"$JAVA" "$HERE/VoterCsv.java" "$ROWS" "$DAY" "$WORK/areas.txt" >"$CSV"
say "voters.csv: $ROWS rows, $(( $(stat -c %s "$CSV") / 1024 / 1024 )) MiB"

# --- 4. the baseline: psql \copy into a table equivalent to voter
psql_db <<SQL
create table voter_copy (like voter including defaults including constraints);
alter table voter_copy alter column election_id set default '$ELECTION';
alter table voter_copy drop column name_folded;
alter table voter_copy add column name_folded varchar(200) collate "C" generated always as (lower(full_name)) stored;
alter table voter_copy add column exclusion text;
do \$\$
declare i record;
begin
  for i in select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'voter' loop
    execute replace(replace(i.indexdef, ' ON ' || current_schema() || '.voter ', ' ON ' || current_schema() || '.voter_copy '),
                    'INDEX voter', 'INDEX voter_copy');
  end loop;
end \$\$;
checkpoint;
SQL
t0=$(now)
psql_db -c "\\copy voter_copy (citizen_id, full_name, birth_date, category, exclusion, polling_area_id) from '$CSV' with (format csv, header true)"
t1=$(now)
psql_db -c "checkpoint"

# --- 5. the API, with the registry's RSS sampled
RSS_BEFORE=$(rss_kb "$REGISTRY_PID")
CPU_BEFORE=$(cpu_ticks "$REGISTRY_PID")
( while kill -0 "$REGISTRY_PID" 2>/dev/null; do rss_kb "$REGISTRY_PID"; sleep 0.2; done ) >"$WORK/rss.txt" &
SAMPLER_PID=$!
t2=$(now)
STATUS=$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' -X POST -T "$CSV" -H 'Expect:' -H "$AUTH" \
  -H 'Content-Type: text/csv; charset=UTF-8' "$URL/api/v1/elections/$ELECTION/voters?province=$PROVINCE")
t3=$(now)
CPU_AFTER=$(cpu_ticks "$REGISTRY_PID")
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
[ "$STATUS" = 200 ] || { head -c 2000 "$WORK/answer.json" >&2; echo >&2; tail -n 60 "$WORK/registry.log" >&2
  die "the API answered $STATUS"; }
say "API answer: $(head -c 300 "$WORK/answer.json")"

# --- 6. the figures
COPIED=$(psql_db -Atc "select count(*) from voter_copy")
IMPORTED=$(psql_db -Atc "select count(*) from voter where election_id = '$ELECTION'")
[ "$COPIED" = "$ROWS" ] || die "\\copy loaded $COPIED rows, not $ROWS"
[ "$IMPORTED" = "$ROWS" ] || die "the API listed $IMPORTED voters, not $ROWS"
RSS_PEAK=$(sort -n "$WORK/rss.txt" | tail -n 1)
awk -v rows="$ROWS" -v c0="$t0" -v c1="$t1" -v a0="$t2" -v a1="$t3" -v before="$RSS_BEFORE" -v peak="$RSS_PEAK" \
    -v heap="$HEAP" -v cpu=$((CPU_AFTER - CPU_BEFORE)) -v hz="$(getconf CLK_TCK)" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" \
    -v cores="$(nproc)" 'BEGIN {
  copy = rows / (c1 - c0); api = rows / (a1 - a0)
  printf "psql \\copy : %9d rows in %7.2f s = %8.0f rows/s\n", rows, c1 - c0, copy
  printf "API import : %9d rows in %7.2f s = %8.0f rows/s\n", rows, a1 - a0, api
  printf "ratio API / \\copy = %.2f (target >= 0.80)\n", api / copy
  printf "registry RSS (heap %s): %d MiB before the upload, %d MiB at its peak during it\n", heap, before / 1024, peak / 1024
  printf "registry CPU during the upload: %.1f s; machine: %d cores, load average %s\n", cpu / hz, cores, loadavg
}'
