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

echo "== building the bench driver (Release)"
dotnet build bench/SearchBench -c Release -o "$OUT/search" --nologo -v quiet

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M') UTC; commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version)."
  echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  DOTNET_TieredPGO=1 dotnet "$OUT/search/SearchBench.dll" "$ROUNDS"
} > "$OUT/search.md"
cat "$OUT/search.md"
echo "== results written to $OUT/search.md"
