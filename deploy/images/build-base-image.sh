#!/usr/bin/env bash
# Builds the JVM base image of the suite's images from Debian's packages, with no Docker daemon and no
# registry: Debian 12 (bookworm) minbase + openjdk-17-jre-headless + ca-certificates, the unprivileged user
# 185 ("jboss", as in the UBI OpenJDK images the manifests expect), trimmed, packed into one layer by umoci
# and written by skopeo as a `docker load` tarball, the format Jib reads a `tar://` base image in.
#
#   deploy/images/build-base-image.sh [OUTPUT.tar]      (default: target/images/base/debian-openjdk-17-runtime.tar)
#
# Needs root (debootstrap, chroot) and Debian's debootstrap, umoci and skopeo (installed with apt-get when
# missing). DEBIAN_MIRROR chooses the mirror (default http://deb.debian.org/debian).
# Takes about 3 minutes and downloads about 90 MB of packages.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
output=$(realpath -m "${1:-$root/target/images/base/debian-openjdk-17-runtime.tar}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
image_name=election-suite/debian-openjdk-17-runtime:$suite
jre_package=openjdk-17-jre-headless
java_home=/usr/lib/jvm/java-17-openjdk-amd64

# shellcheck source=debian-tools.sh
. "$(dirname "$0")/debian-tools.sh"
needs_root "debootstrap and chroot"
require_debian_packages debootstrap:debootstrap umoci:umoci skopeo:skopeo

work=$(mktemp -d "${TMPDIR:-/tmp}/base-image.XXXXXX")
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs
layout=$work/oci

echo "build-base-image: debootstrap $suite ($mirror) with $jre_package"
debootstrap --variant=minbase --include="$jre_package,ca-certificates" "$suite" "$rootfs" "$mirror" \
  > "$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; exit 1; }

jre_version=$(chroot "$rootfs" dpkg-query -W -f '${Version}' "$jre_package")

# The unprivileged user the images run as (quarkus.jib.user=185; the pods' runAsUser is 185 too).
chroot "$rootfs" groupadd --system --gid 185 jboss
chroot "$rootfs" useradd --system --uid 185 --gid 185 --home-dir /home/jboss --no-create-home \
  --shell /usr/sbin/nologin --comment "JVM applications" jboss
install -d -o 185 -g 185 -m 755 "$rootfs/home/jboss"

# Trim what a JVM at run time never reads: package caches and lists, documentation, translations, logs;
# and what the container runtime provides (devices, hostname, resolver). The dpkg database stays, so that
# image scanners can still list the packages.
rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/debconf/*-old \
  "$rootfs"/var/lib/dpkg/*-old "$rootfs"/var/log/* "$rootfs"/var/cache/ldconfig/aux-cache \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
  "$rootfs"/usr/share/lintian "$rootfs"/dev/* "$rootfs"/run/* "$rootfs"/tmp/* \
  "$rootfs"/etc/hostname "$rootfs"/etc/resolv.conf "$rootfs"/etc/machine-id

echo "build-base-image: packing the root file system ($(du -sh "$rootfs" | cut -f1)) into an image"
umoci init --layout "$layout"
umoci new --image "$layout:base"
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
umoci insert --image "$layout:base" --history.created "$created" \
  --history.created_by "debootstrap --variant=minbase --include=$jre_package,ca-certificates $suite" "$rootfs" /
umoci config --image "$layout:base" --os linux --architecture amd64 --created "$created" \
  --author "election-suite deploy/images/build-base-image.sh" \
  --config.user 185 --config.workingdir /home/jboss \
  --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --config.env JAVA_HOME=$java_home --config.env LANG=C.UTF-8 \
  --config.cmd java --config.cmd -version \
  --config.label "org.opencontainers.image.title=debian-openjdk-17-runtime" \
  --config.label "org.opencontainers.image.description=Debian $suite minbase with $jre_package $jre_version, user 185" \
  --config.label "org.opencontainers.image.version=$jre_version" \
  --no-history

mkdir -p "$(dirname "$output")"
rm -f "$output"
skopeo --insecure-policy copy --quiet "oci:$layout:base" "docker-archive:$output:$image_name"
echo "build-base-image: wrote $output ($image_name, $jre_package $jre_version, $(du -h "$output" | cut -f1))"
