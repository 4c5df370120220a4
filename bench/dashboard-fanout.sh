#!/usr/bin/env bash
# DockerCoins dashboard fan-out: Redis commands per second caused by 1 and by N open /dockercoins
# dashboards (headless Chromium pages, each its own Blazor circuit), against the original webui pattern
# (each viewer polling GET hashes + HLEN wallet every second), plus sample-to-screen latency.
#
# Usage (from the repository root): bench/dashboard-fanout.sh [viewers=100] [window-seconds=20]
# Needs: redis-server, chromium (Debian packages), the .NET SDK. Results: bench/out/dashboard-fanout.md
set -euo pipefail

cd "$(dirname "$0")/.."
VIEWERS="${1:-100}"
WINDOW="${2:-20}"
OUT=bench/out
mkdir -p "$OUT"

for tool in /usr/bin/redis-server /usr/bin/chromium; do
  [[ -x "$tool" ]] || { echo "missing $tool: apt-get install redis-server chromium" >&2; exit 1; }
done

. bench/lib.sh

REDIS_PID=""
SITE_PID=""
cleanup() {
  [[ -n "$SITE_PID" ]] && kill "$SITE_PID" 2>/dev/null || true
  [[ -n "$REDIS_PID" ]] && kill "$REDIS_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== building the site (Release, published) and the bench driver"
dotnet publish Course.Web -c Release -o "$OUT/site" --nologo -v quiet
dotnet build bench/DashboardFanout -c Release -o "$OUT/driver" --nologo -v quiet

REDIS_PORT=$(free_port)
REDIS_DIR=$(mktemp -d)
/usr/bin/redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$REDIS_DIR" \
  --daemonize no > "$OUT/redis.log" 2>&1 &
REDIS_PID=$!

SITE_PORT=$(free_port)
SITE_URL="http://127.0.0.1:$SITE_PORT/"
(
  cd "$OUT/site"
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__DockerCoinsRedis="127.0.0.1:$REDIS_PORT" \
  DockerCoins__EmbeddedMiner=true \
  Logging__LogLevel__Default=Warning \
  exec dotnet Course.Web.dll --urls "$SITE_URL"
) > "$OUT/site.log" 2>&1 &
SITE_PID=$!

echo "== waiting for the site on $SITE_URL (Redis on port $REDIS_PORT)"
for _ in $(seq 60); do
  if curl -fs "${SITE_URL}dockercoins" 2>/dev/null | grep -q 'data-connection-state="connected"'; then
    break
  fi
  sleep 1
done
curl -fs "${SITE_URL}dockercoins" | grep -q 'data-connection-state="connected"' \
  || { echo "the site never showed a connected dashboard; see $OUT/site.log" >&2; exit 1; }

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME")."
  echo "Software: $(/usr/bin/redis-server --version | cut -d' ' -f1-3), $(/usr/bin/chromium --version 2>/dev/null), .NET $(dotnet --version), site published in Release, run in Production."
  echo "Setup: one redis-server on loopback, the site with the embedded miner (1 worker) writing to it; all on this machine."
  echo
} > "$OUT/dashboard-fanout.md"
cat "$OUT/dashboard-fanout.md"

dotnet "$OUT/driver/DashboardFanout.dll" --site "$SITE_URL" --redis "127.0.0.1:$REDIS_PORT" \
  --viewers "$VIEWERS" --window "$WINDOW" --site-pid "$SITE_PID" --markdown "$OUT/driver-report.md"
cat "$OUT/driver-report.md" >> "$OUT/dashboard-fanout.md"
echo "== results written to $OUT/dashboard-fanout.md"
