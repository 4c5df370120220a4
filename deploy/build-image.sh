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
smoke=false base_images_only=false
case "${1:-}" in
  --smoke) smoke=true ;;
  # Only the packages and the stand-in base images (network and disk, little CPU): CI prepares them beside the suite.
  --base-images) base_images_only=true ;;
esac

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
if [ "$base_images_only" = true ]; then
  echo "Stand-in base images ready"
  exit 0
fi

# --layers=false: with the vfs driver every cached layer is a full copy of the SDK (GBs, minutes); commit stages only.
# HTTPS to the package registry goes through this machine's own certificate authority: lend the build its certificates.
# The host's NuGet package cache is lent too, as a build cache (what BuildKit's `RUN --mount=type=cache` would be): the
# restore finds what the host already downloaded instead of fetching ~200 packages again. The image's content is the same.
nuget_cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
mkdir -p "$nuget_cache"
buildah bud --isolation chroot --pull-never --layers=false \
  --volume /etc/ssl/certs:/etc/ssl/certs:ro \
  --volume "$nuget_cache:/root/.nuget/packages" \
  --tag "$image" --file "$root/Dockerfile" "$root"
buildah rmi --prune >/dev/null 2>&1 || true
echo "Built $image"

if [ "$smoke" = true ]; then
  free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  port="$(free_port)"
  container="$(buildah from --pull-never "$image")"
  failures=0
  check() { # name, then a command that must succeed
    local name="$1"; shift
    if "$@"; then echo "smoke: ok   $name"; else echo "smoke: FAIL $name"; failures=$((failures + 1)); fi
  }
  # Chroot isolation shares the host network: bind the container's Kestrel to a loopback port. The image's own
  # entry point and user (USER 1654) are used; SQLite goes to the image's /data.
  buildah run --isolation chroot --env "ASPNETCORE_URLS=http://127.0.0.1:$port" "$container" -- dotnet Course.Web.dll \
    >"$work/smoke.log" 2>&1 &
  pid=$!
  status=000
  for _ in $(seq 1 120); do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)"
    [ "$status" = 200 ] && break
    sleep 0.5
  done
  check "/healthz answers 200 (got $status)" test "$status" = 200
  ready="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)"
  check "/readyz answers 200 (got $ready)" test "$ready" = 200
  chapter="$(curl -s "http://127.0.0.1:$port/chapitres/introduction" || true)"
  check "a chapter is served" grep -q '<h1' <<<"$chapter"
  # No PID namespace under chroot isolation: the server is a descendant of buildah on the host; read its uid.
  server_uid() {
    local p="$1" child uid
    uid="$(ps -o uid= -p "$p" 2>/dev/null | tr -d ' ')"
    if [ "$(ps -o comm= -p "$p" 2>/dev/null)" = dotnet ]; then echo "$uid"; return; fi
    for child in $(pgrep -P "$p" || true); do server_uid "$child"; done
  }
  # The dotnet process under a `buildah run`, by the same walk.
  dotnet_pid() {
    local p="$1" child
    if [ "$(ps -o comm= -p "$p" 2>/dev/null)" = dotnet ]; then echo "$p"; return; fi
    for child in $(pgrep -P "$p" || true); do dotnet_pid "$child"; done
  }
  uid="$(server_uid "$pid" | head -n 1)"
  check "the server runs as the non-root uid 1654 (got ${uid:-none})" test "${uid:-}" = 1654
  kill_tree "$pid"
  wait "$pid" 2>/dev/null || true

  # Report mode, as a student's pod runs it: the site's address, a token and a kubeconfig (here an API server that
  # does not answer, so the reporter keeps retrying). It must still run after 8 s, then end with code 0 on SIGTERM.
  report_port="$(free_port)"
  cat > "$work/smoke-kubeconfig" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters: [{name: smoke, cluster: {server: "http://127.0.0.1:$(free_port)"}}]
users: [{name: smoke, user: {token: smoke}}]
contexts: [{name: smoke, context: {cluster: smoke, user: smoke}}]
current-context: smoke
KUBECONFIG
  chmod 644 "$work/smoke-kubeconfig"
  buildah run --isolation chroot --volume "$work/smoke-kubeconfig:/tmp/kubeconfig:ro" \
    --env "LAB_SITE_URL=http://127.0.0.1:$report_port/" --env LAB_TOKEN=smoke --env KUBECONFIG=/tmp/kubeconfig \
    "$container" -- dotnet Course.Web.dll report >"$work/smoke-report.log" 2>&1 &
  report_pid=$!
  sleep 8
  report_dotnet="$(dotnet_pid "$report_pid" | head -n 1)"
  check "report mode runs (still running after 8 s)" test -n "$report_dotnet"
  report_exit=none
  if [ -n "$report_dotnet" ]; then
    kill -TERM "$report_dotnet"
    # buildah run ends with its command's exit code.
    if wait "$report_pid"; then report_exit=0; else report_exit=$?; fi
  else
    kill_tree "$report_pid"
    wait "$report_pid" 2>/dev/null || true
  fi
  check "report mode ends with code 0 on SIGTERM (got $report_exit)" test "$report_exit" = 0
  [ "$report_exit" = 0 ] || cat "$work/smoke-report.log"
  buildah rm "$container" >/dev/null
  if [ "$failures" -ne 0 ]; then cat "$work/smoke.log"; exit 1; fi
  echo "Image smoke test passed"
fi
