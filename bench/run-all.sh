#!/usr/bin/env bash
# Every benchmark of the suite in one run, one after the other on a quiet machine, each printing its figure
# beside the baseline it measures in the same run. Writes the table to
# bench/results/latest.md (the README's Performance section copies it) and the full output of each benchmark
# to bench/results/logs/ (not committed).
#
#   bench/run-all.sh               national size: 85,000 polling areas, 1,000,000 voters
#   TALLY_AREAS=4000 VOTER_ROWS=200000 bench/run-all.sh      a quicker, smaller run
#   SKIP=minutes-ingest bench/run-all.sh      reuse that benchmark's output from the last run (its log)
#
# The order keeps each measurement alone on the machine: the two benchmarks that start their own service
# (minutes ingest, voter import) run before the suite is up; then `./suite up`, idle memory after a rest,
# the gateway read benchmark against the running suite, and `./suite down` (only if this script started it).
# Needs what the three benchmarks need (see their READMEs): JDK 17, PostgreSQL, psql, curl, openssl, and
# apt-get for wrk and nginx-light on the first run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS="$ROOT/bench/results"
LOGS="$RESULTS/logs"
TALLY_AREAS=${TALLY_AREAS:-85000}
VOTER_ROWS=${VOTER_ROWS:-1000000}
# An idle service is one that has started and been left alone this long (JIT and startup garbage settle).
IDLE_REST=${IDLE_REST:-30}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$LOGS"

say() { printf '%s\n' "$*" >&2; }
die() { printf 'bench/run-all: %s\n' "$*" >&2; exit 1; }
# the lines of a benchmark's output that carry its figures, joined for a table cell
pick() { grep -E "$2" "$LOGS/$1.log" | tr -s ' ' | sed 's/|/\\|/g' | paste -sd '\t' - | sed 's/\t/<br>/g'; }
# a row of bench/gateway/run.sh's wrk table (target, req/s, p50, p99, two ratios, errors), said in words
wrk_row() { grep -E "^$2 +[0-9]" "$LOGS/$1.log" | awk '{ n = NF; name = $1; for (i = 2; i <= n - 6; i++) name = name " " $i
  printf "%s: %s req/s, p50 %s ms, p99 %s ms", name, $(n - 5), $(n - 4), $(n - 3) }'; }
rss_mib() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

run() { # name, command...: runs one benchmark, its output both shown and kept
  local name=$1; shift
  if [[ " ${SKIP:-} " == *" $name "* ]]; then
    [ -s "$LOGS/$name.log" ] || die "SKIP=$name, but there is no earlier output of it in $LOGS"
    say "== $name: skipped, the table takes its figures from the last run ($LOGS/$name.log)"
    return
  fi
  say "== $name: $*"
  local started=$SECONDS
  "$@" 2>&1 | tee "$LOGS/$name.log" >&2 || die "$name failed; its output is in $LOGS/$name.log"
  say "== $name took $((SECONDS - started)) s"
}

[ -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" ] || "$ROOT/suite" build
if curl -fs -o /dev/null "http://127.0.0.1:${SUITE_PORT_BASE:-8080}/q/health/ready"; then
  die "the suite is running; stop it first (./suite down) so that the ingest and import run on a quiet machine"
fi

run minutes-ingest "$ROOT/bench/tally/run.sh" "$TALLY_AREAS"
run voter-import "$ROOT/bench/registry/voter-import.sh" "$VOTER_ROWS"

"$ROOT/suite" up >&2
trap '"$ROOT/suite" down >&2' EXIT
say "== idle memory: resting $IDLE_REST s after start"
sleep "$IDLE_REST"
# Baseline: what a JVM with the services' own flags costs doing nothing, so the table shows what the code adds.
classes=$(mktemp -d)
"${JAVA%java}javac" -d "$classes" "$ROOT/bench/IdleJvm.java"
"$JAVA" -Xms64m -Xmx384m -XX:+UseSerialGC -cp "$classes" IdleJvm &
idle_jvm=$!
sleep 5
jvm_rss=$(rss_mib "$idle_jvm")
kill "$idle_jvm"
rm -rf "$classes"
"$ROOT/suite" status | tee "$LOGS/idle-rss.log" >&2
suite_rss=$(grep -o '[0-9]* MB' "$LOGS/idle-rss.log" | awk '{ s += $1 } END { print s }')
services_rss=$(grep -E '^(registry|tally|awards|gateway)' "$LOGS/idle-rss.log" | grep -o '[0-9]* MB' \
  | paste -sd/ - | sed 's/ MB//g')

run gateway-reads "$ROOT/bench/gateway/run.sh"

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ { print $2 }') GiB"
{
  printf '# Benchmarks, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'Machine: %s; written by `bench/run-all.sh` (TALLY_AREAS=%s, VOTER_ROWS=%s).\n\n' "$machine" "$TALLY_AREAS" "$VOTER_ROWS"
  printf '| benchmark | figure | baseline in the same run | ratio and target |\n|---|---|---|---|\n'
  printf '| minutes ingest, %s polling areas × 4 bodies (`bench/tally/run.sh`) | %s | %s | %s |\n' \
    "$TALLY_AREAS" "$(pick minutes-ingest '^(tally API|accepted)')" "$(pick minutes-ingest '^JDBC batch')" \
    "$(pick minutes-ingest '^(ratio|target)')"
  printf '| voter import, %s rows (`bench/registry/voter-import.sh`) | %s | %s | %s |\n' \
    "$VOTER_ROWS" "$(pick voter-import '^API import')" "$(pick voter-import '^psql')" "$(pick voter-import '^ratio')"
  printf '| published unit result reads, wrk 64 connections (`bench/gateway/run.sh`) | %s<br>%s<br>%s | %s | %s |\n' \
    "$(wrk_row gateway-reads 'gateway cached')" "$(wrk_row gateway-reads 'gateway uncached')" \
    "$(wrk_row gateway-reads 'tally direct')" "$(wrk_row gateway-reads nginx)" "$(pick gateway-reads '^target:')"
  printf '| idle RSS after %s s (`./suite status`) | registry/tally/awards/gateway %s MiB; the whole suite with Kafka %s MiB | an empty JVM with the same flags: %s MiB | |\n' \
    "$IDLE_REST" "$services_rss" "$suite_rss" "$jvm_rss"
} > "$RESULTS/latest.md"
say "== written $RESULTS/latest.md"
cat "$RESULTS/latest.md"
