#!/usr/bin/env bash
# Start-up cost of server-side syntax highlighting: the whole course load (fresh process, as at site start-up)
# against the highlighting of its shell and YAML blocks alone (grammar load included), median of N rounds each,
# with the ratio.
#
# Usage (from the repository root): bench/content-load.sh [rounds=7]
# Needs: the .NET SDK. Results: bench/out/content-load.md
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS="${1:-7}"
OUT=bench/out
mkdir -p "$OUT"

echo "== building the bench driver (Release)"
dotnet build bench/ContentLoadBench -c Release -o "$OUT/content-load" --nologo -v quiet

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
run() { for _ in $(seq "$ROUNDS"); do dotnet "$OUT/content-load/ContentLoadBench.dll" "$1"; done | median; }

LOAD=$(run load)
HIGHLIGHT=$(run highlight)
{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M') UTC; commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version)."
  echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| what (fresh process, median of $ROUNDS) | ms |"
  echo "| --- | --- |"
  echo "| whole course load (parse, render, highlight, quizzes) | $LOAD |"
  echo "| highlighting alone (grammars + all shell/YAML blocks) | $HIGHLIGHT |"
  echo
  echo "Highlighting / whole load: $(awk -v h="$HIGHLIGHT" -v l="$LOAD" 'BEGIN { printf "%.2f", h / l }')"
} > "$OUT/content-load.md"
cat "$OUT/content-load.md"
echo "== results written to $OUT/content-load.md"
