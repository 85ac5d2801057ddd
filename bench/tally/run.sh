#!/usr/bin/env bash
# Count-minutes ingest benchmark of the tally service. See README.md beside it.
#
#   bench/tally/run.sh [AREAS] [CLIENTS] [BATCH]     defaults: 85000 4 1000
#
# Builds what it needs within the Maven reactor (nothing is installed), starts, in a scratch directory, its own
# Kafka broker and the packaged tally service on a throwaway database, runs vn.election.bench.tally.TallyBenchmark
# (this directory's Maven module) against them, prints the figures, and stops exactly what it started.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
AREAS=${1:-85000}
CLIENTS=${2:-4}
BATCH=${3:-1000}
PORT=${BENCH_PORT:-18082}
KAFKA_PORT=${BENCH_KAFKA_PORT:-19092}
DB=${BENCH_DB:-tally_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tally-bench.XXXXXX")
PIDS=()

stop() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT

wait_for() { # what, seconds, command...
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "$what not ready after ${seconds}s; see $WORK" >&2; exit 1; }
    sleep 0.5
  done
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
live() { curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/live" 2>/dev/null; }

cd "$ROOT"
[ -f tally-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -pl tally-service -am -DskipTests
ls deploy/local-kafka/target/local-kafka-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -pl deploy/local-kafka -am -DskipTests
# the benchmark client, with the classpath its build writes (bench/tally/target/classpath.txt); -am builds the
# suite's modules it uses in the same reactor, so a fresh clone needs no `mvn install`
./mvnw -B -q package -pl bench/tally -am -DskipTests

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null

"$JAVA" -Xmx512m -XX:+UseSerialGC \
  -cp "$(ls deploy/local-kafka/target/local-kafka-*.jar | head -n 1):$(cat deploy/local-kafka/target/classes/vn/election/localkafka/broker.classpath)" \
  vn.election.localkafka.BrokerLauncher --data-dir "$WORK/kafka" --port "$KAFKA_PORT" \
  --controller-port "$((KAFKA_PORT + 1))" \
  --topics registry.structure,registry.candidates,tally.minutes,tally.results,awards.decisions \
  >"$WORK/kafka.log" 2>&1 &
PIDS+=($!)
wait_for kafka 60 port_open "$KAFKA_PORT"

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
# The benchmark posts as the National Election Council (role nec, jurisdiction nation), with a token signed by
# this run's key: minutes are written only with a token.
ISSUER=https://election.local/bench
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
CLAIMS="{\"iss\":\"$ISSUER\",\"sub\":\"tally-bench\",\"groups\":[\"nec\"],\"jurisdiction\":\"nation\",\"iat\":$NOW,\"exp\":$((NOW + 4 * 3600))}"
UNSIGNED="$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '%s' "$CLAIMS" | b64url)"
TOKEN="$UNSIGNED.$(printf '%s' "$UNSIGNED" | openssl dgst -sha256 -sign "$WORK/private.pem" -binary | b64url)"
"$JAVA" -Xmx1g ${BENCH_SERVICE_OPTS:-} -Dquarkus.http.port="$PORT" -Dtally.published.max-age=0s \
  -DTALLY_DB="$DB" -DKAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  -Dmp.jwt.verify.publickey.location="$WORK/public.pem" -Dmp.jwt.verify.issuer="$ISSUER" \
  -jar tally-service/target/quarkus-app/quarkus-run.jar >"$WORK/tally.log" 2>&1 &
PIDS+=($!)
wait_for tally-service 120 live

"$JAVA" -cp "bench/tally/target/classes:$(cat bench/tally/target/classpath.txt)" \
  vn.election.bench.tally.TallyBenchmark --url "http://127.0.0.1:$PORT" \
  --jdbc "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --user "$PGUSER" ${PGPASSWORD:+--password "$PGPASSWORD"} \
  --areas "$AREAS" --clients "$CLIENTS" --batch "$BATCH" --token "$TOKEN"
