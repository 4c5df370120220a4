#!/usr/bin/env bash
# A class's labs on the published site: N simulated reporters (a fake two-node cluster of about 30 pods each, real
# tokens of N students signed up in one cohort) push changes over real HTTP to the site (real Kestrel, Production)
# while the instructor's labs view and P students' "Mon cluster" pages are open in headless Chromium (real Blazor
# circuits). Measures push-to-screen (p95), site CPU and memory, bytes per push and refused pushes, for the design
# (a push per change, else a heartbeat every 15 s) and, in the same run, for the peer that pushes the full snapshot
# every 2 s without the change-only rule; prints the ratios.
#
# Usage (from the repository root): bench/classroom-labs.sh [reporters=200] [seconds-per-phase=60] [pages=50] [mean-change-seconds=6]
# Needs: chromium (Debian package), the .NET SDK. Results: bench/out/classroom-labs.md
set -euo pipefail

cd "$(dirname "$0")/.."
REPORTERS="${1:-200}"
SECONDS_PER_PHASE="${2:-60}"
PAGES="${3:-50}"
MEAN_CHANGE="${4:-6}"
OUT=bench/out
mkdir -p "$OUT"
[[ -x /usr/bin/chromium ]] || { echo "missing /usr/bin/chromium: apt-get install chromium" >&2; exit 1; }

. bench/lib.sh

WORK=$(mktemp -d /tmp/classroom-labs-XXXXXX)
SITE_PID=""
cleanup() {
  [[ -n "$SITE_PID" ]] && kill "$SITE_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== publishing the site (Release) and building the bench driver"
dotnet publish Course.Web -c Release -o "$OUT/site" --nologo -v quiet
dotnet build bench/ClassroomLabs -c Release -o "$OUT/classroom-driver" --nologo -v quiet

SITE_PORT=$(free_port)
SITE_URL="http://127.0.0.1:$SITE_PORT/"
(
  cd "$OUT/site"
  ASPNETCORE_ENVIRONMENT=Production \
  Database__DataDirectory="$WORK/data" \
  Logging__LogLevel__Default=Warning \
  exec dotnet Course.Web.dll --urls "$SITE_URL"
) > "$OUT/classroom-site.log" 2>&1 &
SITE_PID=$!

echo "== waiting for the site on $SITE_URL"
for _ in $(seq 90); do
  curl -fs -o /dev/null "${SITE_URL}cluster" 2>/dev/null && break
  sleep 1
done
curl -fs -o /dev/null "${SITE_URL}cluster" || { echo "the site did not answer; see $OUT/classroom-site.log" >&2; exit 1; }

{
  echo "## Classroom labs: $REPORTERS reporters, $PAGES student pages and the instructor's labs view ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg) at the start (shared with other work)."
  echo "Software: $(/usr/bin/chromium --version 2>/dev/null), .NET $(dotnet --version), site published in Release, run in Production on SQLite, commit $(git rev-parse --short HEAD)."
  echo
} > "$OUT/classroom-labs.md"

dotnet "$OUT/classroom-driver/ClassroomLabsBench.dll" "$SITE_URL" "$WORK/data" "$SITE_PID" "$OUT/classroom-driver-report.md" \
  "$REPORTERS" "$SECONDS_PER_PHASE" "$PAGES" "$MEAN_CHANGE"
cat "$OUT/classroom-driver-report.md" >> "$OUT/classroom-labs.md"
if grep -qiE "fail|exception" "$OUT/classroom-site.log"; then
  echo "site log has errors (first lines):"
  grep -iE "fail|exception" "$OUT/classroom-site.log" | head -5
fi
echo "== results written to $OUT/classroom-labs.md"
