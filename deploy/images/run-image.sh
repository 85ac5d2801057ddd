#!/usr/bin/env bash
# Starts an image tarball in runc, a real OCI runtime from Debian, with no Docker daemon: the image's own
# entrypoint, user, working directory and environment, a read-only root file system with a tmpfs on /tmp (as
# the pods of deploy/k8s have it), and the host's network, so that its port answers on 127.0.0.1. Waits for
# /q/health/live, shows who the process runs as and what the health checks answer, then stops and removes it.
#
#   deploy/images/run-image.sh IMAGE.tar PORT [NAME=VALUE ...]
#   deploy/images/run-image.sh target/images/gateway-0.1.0-SNAPSHOT.tar 18080 QUARKUS_HTTP_PORT=18080
#
# NAME=VALUE pairs are added to the image's environment (QUARKUS_HTTP_PORT, PGHOST, ...). Needs root and
# Debian's runc, umoci, skopeo and jq (installed when missing). Exit status 0 when liveness answered UP.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
tarball=$(realpath "$1")
port=$2
shift 2

# shellcheck source=debian-tools.sh
. "$(dirname "$0")/debian-tools.sh"
needs_root "runc"
require_debian_packages runc:runc umoci:umoci skopeo:skopeo jq:jq

id=run-image-$$
work=$(mktemp -d "${TMPDIR:-/tmp}/run-image.XXXXXX")
cleanup() {
  runc kill "$id" KILL 2> /dev/null || true
  runc delete --force "$id" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# umoci turns the image into an OCI runtime bundle: rootfs/ plus config.json from the image's configuration
skopeo --insecure-policy copy --quiet "docker-archive:$tarball" "oci:$work/oci:image"
umoci unpack --image "$work/oci:image" "$work/bundle" > /dev/null
extra_env=$(printf '%s\n' "$@" | jq -R . | jq -s 'map(select(length > 0))')
jq --argjson extra "$extra_env" '
    .process.terminal = false
  | .process.env += $extra
  | .root.readonly = true
  | .mounts += [{"destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "nodev", "mode=1777"]}]
  | .linux.namespaces |= map(select(.type != "network"))' \
  "$work/bundle/config.json" > "$work/config.json"
mv "$work/config.json" "$work/bundle/config.json"
echo "run-image: $(jq -c '{args: .process.args, user: .process.user, cwd: .process.cwd}' "$work/bundle/config.json")"

runc run --bundle "$work/bundle" "$id" < /dev/null > "$work/output.log" 2>&1 &
started=$(date +%s)
live=
while [ $(( $(date +%s) - started )) -lt "${RUN_IMAGE_TIMEOUT:-180}" ]; do
  if live=$(curl -fsS "http://127.0.0.1:$port/q/health/live" 2> /dev/null); then
    break
  fi
  if ! kill -0 $! 2> /dev/null; then
    live=
    break
  fi
  sleep 2
done

if [ -n "$live" ]; then
  pid=$(runc state "$id" | jq -r .pid)
  echo "run-image: live after $(( $(date +%s) - started )) s; process $(tr '\0' ' ' < "/proc/$pid/cmdline")"
  echo "run-image: $(grep -E '^(Uid|Gid):' "/proc/$pid/status" | tr -s '\t\n' '  ')"
  for check in live ready; do
    echo "run-image: /q/health/$check -> $(curl -sS "http://127.0.0.1:$port/q/health/$check" | jq -c '{status, checks: [.checks // [] | .[] | {name, status}]}')"
  done
  exit 0
fi
echo "run-image: no live answer on port $port; the container's output:" >&2
tail -40 "$work/output.log" >&2
exit 1
