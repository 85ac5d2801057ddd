#!/usr/bin/env bash
# Gateway benchmark: published unit results read with wrk on loopback, in one run, from
#   nginx             a static copy of the same JSON (the baseline)
#   tally direct      the tally service, GET /api/v1/elections/$E/published/units/$U (port 8082)
#   gateway uncached  the gateway with a bearer token (tokens bypass the published cache: proxied)
#   gateway cached    the gateway, anonymous (answered from the published cache)
# and prints req/s, p50, p99 and the ratios to nginx; target: cached gateway >= 0.5 x nginx, p99 <= 10 ms.
#
#   bench/gateway/run.sh [DURATION]        default 15s (wrk's -d), e.g. bench/gateway/run.sh 30s
#
# Needs a running suite (`./suite up`). Environment: CONNECTIONS (64), THREADS (2), WARMUP (10s per JVM target,
# not measured), BENCH_ELECTION and BENCH_UNIT (reuse an existing published unit instead of running
# docs/api-tour.sh). The gateway measured is a second gateway jar started here on a free loopback port with a
# higher public-read rate limit (see README.md); the suite's own gateway on 8080 is left as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DURATION=${1:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
# the running suite's ports, as ./suite sets them (SUITE_PORT_BASE for a second stack)
PORT_BASE=${SUITE_PORT_BASE:-8080}
GATEWAY=http://127.0.0.1:$PORT_BASE
TALLY=http://127.0.0.1:$((PORT_BASE + 2))
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# a limit that one wrk client cannot reach in a run (the default is 600 per minute per caller)
BENCH_READS_PER_PERIOD=${BENCH_READS_PER_PERIOD:-1000000000}

say() { printf '%s\n' "$*" >&2; }
die() { printf 'bench/gateway: %s\n' "$*" >&2; exit 1; }

# 1. tools
install_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ ${#missing[@]} -eq 0 ] && return
  say "installing ${missing[*]}"
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; } ||
    die "could not install ${missing[*]}"
}
install_tools
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v jq >/dev/null 2>&1 || die "jq is needed (apt-get install jq)"

# 2. the suite, the data
curl -fs -o /dev/null "$GATEWAY/q/health/ready" ||
  die "the suite is not running (no ready gateway at $GATEWAY): start it with ./suite up"
[ -f .suite/keys/public.pem ] || die "no .suite/keys/public.pem: was the suite started with ./suite up?"

WORK=$(mktemp -d /tmp/bench-gateway.XXXXXX)
NGINX_PID= GATEWAY_PID=
cleanup() {
  # only what this script started, by pid
  [ -z "$NGINX_PID" ] || { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  [ -z "$GATEWAY_PID" ] || { kill "$GATEWAY_PID" 2>/dev/null || true; wait "$GATEWAY_PID" 2>/dev/null || true; }
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${BENCH_ELECTION:-}" ] && [ -n "${BENCH_UNIT:-}" ]; then
  E=$BENCH_ELECTION U=$BENCH_UNIT
else
  say "creating an election with a published unit result (docs/api-tour.sh, log in $WORK/tour.log)"
  docs/api-tour.sh "$GATEWAY" > "$WORK/tour.log" 2>&1 || { cat "$WORK/tour.log" >&2; die "docs/api-tour.sh failed"; }
  line=$(grep -aEo '^GET /tally/elections/[^/]+/published/units/[^ ]+' "$WORK/tour.log" | tail -n 1)
  [ -n "$line" ] || die "no published unit in the tour's output ($WORK/tour.log)"
  E=$(cut -d/ -f4 <<< "$line") U=$(cut -d/ -f7 <<< "$line")
fi
say "election $E, unit $U"
mkdir -p "$WORK/www"
curl -fsS "$TALLY/api/v1/elections/$E/published/units/$U" -o "$WORK/www/unit.json" ||
  die "the tally service has no published result for unit $U of election $E"
jq -e '.candidates | length > 0' "$WORK/www/unit.json" >/dev/null || die "the published result has no candidates"
chmod 755 "$WORK" "$WORK/www" && chmod 644 "$WORK/www/unit.json" # nginx's workers may run as another user

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 20000))
    ss -Hltn "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
  die "no free port"
}

# nginx: a static copy, its own minimal configuration
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = /unit.json { default_type application/json; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>>"$WORK/nginx/error.log" &
NGINX_PID=$!

# the gateway under test: the suite's jar and JVM flags, another port, a higher public-read limit
GATEWAY_PORT=$(free_port)
"$JAVA" -Delection.bench.part=gateway -Xms64m -Xmx384m -XX:+UseSerialGC \
  -Dquarkus.http.port="$GATEWAY_PORT" \
  -Dmp.jwt.verify.publickey.location="$ROOT/.suite/keys/public.pem" -Dmp.jwt.verify.issuer=https://election.local/dev \
  -Dgateway.rate-limits.reads-per-period="$BENCH_READS_PER_PERIOD" \
  -Dgateway.services.registry.url="http://127.0.0.1:$((PORT_BASE + 1))" -Dgateway.services.tally.url="$TALLY" \
  -Dgateway.services.awards.url="http://127.0.0.1:$((PORT_BASE + 3))" \
  -jar gateway/target/quarkus-app/quarkus-run.jar > "$WORK/gateway.log" 2>&1 < /dev/null &
GATEWAY_PID=$!

for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/unit.json" &&
    curl -fs -o /dev/null "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" >&2; die "nginx did not start"; }
  kill -0 "$GATEWAY_PID" 2>/dev/null || { tail -n 30 "$WORK/gateway.log" >&2; die "the benchmark gateway did not start"; }
  sleep 0.2
done
curl -fs -o /dev/null "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" || die "the benchmark gateway is not ready after 60 s"
say "nginx on 127.0.0.1:$NGINX_PORT (pid $NGINX_PID), gateway on 127.0.0.1:$GATEWAY_PORT (pid $GATEWAY_PID)"

TOKEN=$(./suite token nec nation)
NAMES=(nginx "tally direct" "gateway uncached" "gateway cached")
URLS=("http://127.0.0.1:$NGINX_PORT/unit.json"
  "$TALLY/api/v1/elections/$E/published/units/$U"
  "http://127.0.0.1:$GATEWAY_PORT/api/v1/tally/elections/$E/published/units/$U"
  "http://127.0.0.1:$GATEWAY_PORT/api/v1/tally/elections/$E/published/units/$U")
AUTH=("" "" "Authorization: Bearer $TOKEN" "")

# every target answers 200 with the same candidates
want=$(jq -c '[.candidates[] | {fullName, votes}]' "$WORK/www/unit.json")
for i in "${!NAMES[@]}"; do
  got=$(curl -fsS ${AUTH[$i]:+-H "${AUTH[$i]}"} "${URLS[$i]}" | jq -c '[.candidates[] | {fullName, votes}]') ||
    die "${NAMES[$i]}: ${URLS[$i]} does not answer 200"
  [ "$got" = "$want" ] || die "${NAMES[$i]} answers another result: $got"
done

# wrk's latency in ms: 812.00us, 1.23ms, 1.01s, 2.00m
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}

run_wrk() { # index, duration
  local i=$1 d=$2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$d" --latency ${AUTH[$i]:+-H "${AUTH[$i]}"} "${URLS[$i]}"
}

# A burst of failed exchanges (e.g. wrk's 2 s timeouts under overload) opens the gateway's circuit to the
# tally service for gateway.circuit-breaker.open-for (10s): each run waits for a 200 first, so that one run's
# open circuit is not measured as the next run's answers.
wait_ok() { # index
  local i=$1 code
  for _ in $(seq 1 100); do
    code=$(curl -s -o /dev/null -w '%{http_code}' ${AUTH[$i]:+-H "${AUTH[$i]}"} "${URLS[$i]}" || true)
    [ "$code" = 200 ] && return
    sleep 0.3
  done
  die "${NAMES[$i]} answers $code rather than 200"
}

# Measured in this order: the baseline, then the cached gateway (the target's subject) right after it, and the two
# targets that load the tally service last. An overloaded uncached run leaves requests queued at the gateway's connection pool to the tally (until
# their 30 s timeout, after wrk has given up on them); measured before the cached run, a cache refill every 2 s had to
# wait behind them, and wrk counted those waits as timeouts of the cached gateway.
ORDER=(0 3 1 2)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -a RPS P50 P99 BAD
for i in "${ORDER[@]}"; do
  wait_ok "$i"
  if [ "$i" -gt 0 ] && [ "$WARMUP" != 0 ]; then
    say "warming up ${NAMES[$i]} ($WARMUP)"
    run_wrk "$i" "$WARMUP" > /dev/null
  fi
  wait_ok "$i"
  say "measuring ${NAMES[$i]} ($DURATION, $CONNECTIONS connections, $THREADS threads)"
  out=$(run_wrk "$i" "$DURATION")
  grep -E 'Non-2xx|Socket errors' <<< "$out" | sed "s/^ */  ${NAMES[$i]}: /" >&2 || true
  RPS[$i]=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
  P50[$i]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
  P99[$i]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
  BAD[$i]=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
    END { print n + 0 }' <<< "$out")
  [ -n "${RPS[$i]}" ] || { printf '%s\n' "$out" >&2; die "could not read wrk's output for ${NAMES[$i]}"; }
done

printf '\nPublished unit result (%s bytes), wrk -t%s -c%s -d%s --latency, loopback, %s cores shared by wrk and the servers\n\n' \
  "$(stat -c %s "$WORK/www/unit.json")" "$THREADS" "$CONNECTIONS" "$DURATION" "$(nproc)"
printf 'load average (1, 5, 15 min) before: %s, after: %s\n\n' "$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-18s %11s %9s %9s %14s %14s %8s\n' target req/s "p50 ms" "p99 ms" "req/s÷nginx" "p99÷nginx" errors
for i in "${!NAMES[@]}"; do
  awk -v n="${NAMES[$i]}" -v r="${RPS[$i]}" -v a="${P50[$i]}" -v b="${P99[$i]}" -v r0="${RPS[0]}" -v b0="${P99[0]}" -v e="${BAD[$i]}" \
    'BEGIN { printf "%-18s %11.0f %9.2f %9.2f %13.2fx %13.2fx %8d\n", n, r, a, b, r / r0, (b0 > 0 ? b / b0 : 0), e }'
done
awk -v c="${RPS[3]}" -v u="${RPS[2]}" -v t="${RPS[1]}" \
  'BEGIN { printf "\ngateway cached ÷ uncached: %.2fx; gateway cached ÷ tally direct: %.2fx\n", c / u, c / t }'
verdict=$(awk -v r="${RPS[3]}" -v r0="${RPS[0]}" -v p="${P99[3]}" -v e="${BAD[3]}" \
  'BEGIN { print (r >= 0.5 * r0 && p <= 10 && e == 0) ? "MET" : "NOT MET" }')
awk -v r="${RPS[3]}" -v r0="${RPS[0]}" -v p="${P99[3]}" -v v="$verdict" \
  'BEGIN { printf "target: cached gateway >= 0.5 x nginx (%.2fx), p99 <= 10 ms (%.2f ms): %s\n", r / r0, p, v }'
