#!/usr/bin/env bash
# Builds the container images of the four applications as tarballs, here, with no Docker daemon and no
# registry (deploy/README.md, Images):
#
#   deploy/images/build.sh [Maven options]          e.g. deploy/images/build.sh -o
#
# 1. the Debian JVM base image (build-base-image.sh, as root), unless its tarball exists already
#    (BASE_IMAGE_TAR, default target/images/base/debian-openjdk-17-runtime.tar; delete it to take newer packages);
# 2. `./mvnw package -Dquarkus.container-image.build=true` of registry-service, tally-service, awards-service and
#    gateway on that base (quarkus.jib.base-jvm-image=tar://...): target/images/<application>-<version>.tar;
# 3. the checks of the deploy/images module on those tarballs (a missing one fails here, not skips).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base=$(realpath -m "${BASE_IMAGE_TAR:-$root/target/images/base/debian-openjdk-17-runtime.tar}")

if [ ! -f "$base" ]; then
  "$here/build-base-image.sh" "$base"
fi

cd "$root"
./mvnw -B "$@" package -DskipTests -Dquarkus.container-image.build=true "-Dquarkus.jib.base-jvm-image=tar://$base" \
  -pl registry-service,tally-service,awards-service,gateway -am
./mvnw -B "$@" verify -pl deploy/images -Dimages.required=true "-Dimages.base=$base"
ls -l target/images/*.tar
