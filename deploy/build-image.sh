#!/usr/bin/env bash
# Builds the Dockerfile into the image `course-web:latest` with buildah, on machines without a Docker engine
# or registry access (see docs/deployment.md), then, with --smoke, runs it and checks that it answers HTTP 200.
#
# Base images cannot be pulled here, so stand-ins tagged mcr.microsoft.com/dotnet/{sdk,aspnet}:10.0 are built
# once from a debootstrap'ed Debian and this machine's .NET, and reused afterwards.
# Everything (images, stand-in root filesystem) lives under $COURSE_IMAGE_WORK (default /var/tmp/course-image).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${COURSE_IMAGE_WORK:-/var/tmp/course-image}"
image="${COURSE_IMAGE:-course-web:latest}"
smoke=false
[ "${1:-}" = "--smoke" ] && smoke=true

bash "$root/scripts/install-system-packages.sh" buildah debootstrap curl

mkdir -p "$work"
# crun/runc cannot set rlimits in this sandbox; a private store keeps these images apart from anything else.
cat > "$work/containers.conf" <<CONF
[containers]
default_ulimits = []
CONF
cat > "$work/storage.conf" <<CONF
[storage]
driver = "vfs"
graphroot = "$work/storage"
runroot = "$work/run"
CONF
export CONTAINERS_CONF="$work/containers.conf" CONTAINERS_STORAGE_CONF="$work/storage.conf"

dotnet_home="$(dirname "$(readlink -f "$(command -v dotnet)")")"

has_image() { buildah images --quiet "$1" >/dev/null 2>&1; }

# Ends a process and its descendants, by their ids.
kill_tree() {
  local child
  for child in $(pgrep -P "$1" || true); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}

base_rootfs() {
  local rootfs="$work/rootfs"
  if [ ! -e "$rootfs/.complete" ]; then
    rm -rf "$rootfs"
    local mirror
    mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)"
    mirror="${mirror:-http://deb.debian.org/debian}"
    debootstrap --variant=minbase \
      --include=ca-certificates,libicu72,libssl3,zlib1g,tzdata,libgcc-s1,libstdc++6 \
      bookworm "$rootfs" "$mirror" >"$work/debootstrap.log"
    # The official .NET images define this user for running apps as non-root.
    chroot "$rootfs" groupadd --gid 1654 app
    chroot "$rootfs" useradd --no-log-init --uid 1654 --gid 1654 --create-home app
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    touch "$rootfs/.complete"
  fi
  echo "$rootfs"
}

# stand_in TAG PART... : Debian rootfs + the listed parts of this machine's .NET installation.
stand_in() {
  local tag="$1"; shift
  has_image "$tag" && return 0
  echo "Building stand-in $tag"
  local rootfs container mount
  rootfs="$(base_rootfs)"
  container="$(buildah from scratch)"
  mount="$(buildah mount "$container")"
  cp -a "$rootfs"/. "$mount"/
  rm -f "$mount/.complete"
  mkdir -p "$mount/usr/share/dotnet"
  for part in "$@"; do
    mkdir -p "$mount/usr/share/dotnet/$(dirname "$part")"
    cp -a "$dotnet_home/$part" "$mount/usr/share/dotnet/$part"
  done
  ln -sf /usr/share/dotnet/dotnet "$mount/usr/bin/dotnet"
  buildah umount "$container" >/dev/null
  buildah config \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env APP_UID=1654 \
    --env ASPNETCORE_HTTP_PORTS=8080 \
    --env DOTNET_RUNNING_IN_CONTAINER=true \
    "${stand_in_config[@]}" \
    "$container"
  buildah commit --rm --quiet "$container" "$tag" >/dev/null
}

stand_in_config=()
stand_in mcr.microsoft.com/dotnet/aspnet:10.0 dotnet host shared/Microsoft.NETCore.App shared/Microsoft.AspNetCore.App LICENSE.txt
# Chroot isolation has no PID namespace: without these, each build leaves a compiler server running on the host.
# Revocation checks are offline as on the host (package signatures are still verified).
stand_in_config=(
  --env UseSharedCompilation=false --env MSBUILDDISABLENODEREUSE=1 --env DOTNET_CLI_USE_MSBUILD_SERVER=0
  --env DOTNET_NOLOGO=1 --env DOTNET_CLI_TELEMETRY_OPTOUT=1 --env NUGET_CERT_REVOCATION_MODE=offline
)
stand_in mcr.microsoft.com/dotnet/sdk:10.0 dotnet host shared packs sdk sdk-manifests templates LICENSE.txt

# --layers=false: with the vfs driver every cached layer is a full copy of the SDK (GBs, minutes); commit stages only.
# HTTPS to the package registry goes through this machine's own certificate authority: lend the build its certificates.
buildah bud --isolation chroot --pull-never --layers=false \
  --volume /etc/ssl/certs:/etc/ssl/certs:ro \
  --tag "$image" --file "$root/Dockerfile" "$root"
buildah rmi --prune >/dev/null 2>&1 || true
echo "Built $image"

if [ "$smoke" = true ]; then
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)"
  container="$(buildah from --pull-never "$image")"
  # Chroot isolation shares the host network: bind the container's Kestrel to a loopback port.
  buildah run --isolation chroot --env "ASPNETCORE_URLS=http://127.0.0.1:$port" "$container" -- dotnet Course.Web.dll \
    >"$work/smoke.log" 2>&1 &
  pid=$!
  status=000
  for _ in $(seq 1 60); do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)"
    [ "$status" = 200 ] && break
    sleep 0.5
  done
  user="$(buildah run --isolation chroot "$container" -- id -u 2>/dev/null || echo '?')"
  kill_tree "$pid"
  wait "$pid" 2>/dev/null || true
  buildah rm "$container" >/dev/null
  echo "Image answered HTTP $status on / (running as uid $user)"
  [ "$status" = 200 ] || { cat "$work/smoke.log"; exit 1; }
fi
