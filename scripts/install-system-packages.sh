#!/usr/bin/env bash
# Installs the Debian packages given as arguments, but only those that are missing.
# Services that the packages would start (nginx on :80, redis on :6379, the default
# PostgreSQL cluster on :5432) are kept from starting: the tests and the benchmark
# start their own servers on free loopback ports, so a system-wide one only costs memory.
set -euo pipefail

missing=()
for package in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
else
  sudo=()
fi

echo "Installing missing Debian packages: ${missing[*]}"

# policy-rc.d exit code 101 = "action forbidden": invoke-rc.d then starts no service during install.
policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
  "${sudo[@]}" chmod 755 "$policy"
  own_policy=true
fi
cleanup() {
  if [ "$own_policy" = true ]; then
    "${sudo[@]}" rm -f "$policy"
  fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
# Another apt-get (a colleague's, unattended upgrades) may hold the lock: wait for it. A mirror hiccup gets a retry.
for attempt in 1 2 3; do
  if "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq \
    && "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"; then
    exit 0
  fi
  echo "apt-get failed (attempt $attempt of 3)"
  sleep 5
done
exit 1
