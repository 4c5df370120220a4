#!/usr/bin/env bash
# Course search: index build time and per-query server time over 200 realistic queries (bench/SearchBench/queries.txt),
# against a naive case-insensitive substring scan of the same sections in the same process, with the ratio.
#
# Usage (from the repository root): bench/search.sh [rounds=5]
# Needs: the .NET SDK. Results: bench/out/search.md
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
OUT=bench/out
mkdir -p "$OUT"

echo "== building the bench driver (Release): ReadyToRun, as the site's image is published, and plain JIT"
dotnet publish bench/SearchBench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$OUT/search" --nologo -v quiet
dotnet build bench/SearchBench -c Release -o "$OUT/search-jit" --nologo -v quiet

# The first build in a fresh process is what start-up pays: median of 5 fresh processes for each variant.
first_build() { for _ in 1 2 3 4 5; do dotnet "$1/SearchBench.dll" --first-build; done | sort -n | sed -n 3p; }

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M') UTC; commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version)."
  echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Index build, first in a fresh process (median of 5 processes): ReadyToRun $(first_build "$OUT/search") ms (as the image ships), JIT $(first_build "$OUT/search-jit") ms (dotnet run). Goal ≤ 300 ms."
  echo
  DOTNET_TieredPGO=1 dotnet "$OUT/search/SearchBench.dll" "$ROUNDS"
} > "$OUT/search.md"
cat "$OUT/search.md"
echo "== results written to $OUT/search.md"
