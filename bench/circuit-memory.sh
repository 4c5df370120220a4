#!/usr/bin/env bash
# Server memory held per open chapter page (issue 16, "Load": goal <= 150 KB per circuit). Opens one chapter page in a
# headless Chromium (warm-up: JIT, page cache, content), takes the site's live GC heap (dotnet-gcdump forces a full
# collection first) and its resident set, then opens PAGES more tabs on the same chapter, each with its own Blazor
# circuit, waits until every tab's WebSocket is connected, and measures again. Prints the deltas per circuit.
#
# Usage: bench/circuit-memory.sh [CHAPTER_PATH]        CHAPTER_PATH defaults to /chapitres/introduction
# Environment: PAGES (40), TYPES (N: also list the N types that grew most per circuit), AT_FIRST_CARD (1: open each tab
# scrolled to the chapter's first quiz card, a reader who reached it: islands attach only near the viewport), SITE_DIR (a Course.Web project folder whose Release build is measured; default this
# repository's, built if missing: point it at another worktree's to compare two commits in one run).
# The site runs in Development from its build output (content root = SITE_DIR), on its own SQLite file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chapter_path="${1:-/chapitres/introduction}"
pages="${PAGES:-40}"
site_dir="$(cd "${SITE_DIR:-$root/Course.Web}" && pwd)"
gcdump_version=10.0.750501

bash "$root/scripts/install-system-packages.sh" curl python3 chromium

gcdump="$root/bench/out/tools/dotnet-gcdump"
if [ ! -x "$gcdump" ]; then
  echo "== Installing dotnet-gcdump $gcdump_version into bench/out/tools"
  dotnet tool install dotnet-gcdump --version "$gcdump_version" --tool-path "$root/bench/out/tools" >/dev/null
fi

dll="$site_dir/bin/Release/net10.0/Course.Web.dll"
if [ ! -f "$dll" ]; then
  echo "== Building $site_dir (Release)"
  dotnet build "$site_dir" -c Release --nologo -v quiet
fi

. "$root/bench/lib.sh"

work="$(mktemp -d /tmp/course-circuit-memory.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

site_port="$(free_port)"
metrics_port="$(free_port)"
echo "== Starting $dll on 127.0.0.1:$site_port"
(cd "$site_dir" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
  Database__DataDirectory="$work/data" Telemetry__PrometheusPort="$metrics_port" exec dotnet "$dll" >"$work/site.log" 2>&1) &
site_pid=$!
pids+=("$site_pid")
site="http://127.0.0.1:$site_port"
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "$site$chapter_path" && break
  sleep 0.5
done

debug_port="$(free_port)"
/usr/bin/chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-background-timer-throttling --disable-renderer-backgrounding --remote-debugging-port="$debug_port" \
  --user-data-dir="$work/profile" about:blank >"$work/chromium.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$debug_port/json/version" && break
  sleep 0.2
done

tab_path="$chapter_path"
if [ "${AT_FIRST_CARD:-}" = 1 ]; then
  # The card's prompt (its legend) has the id quiz-<question id>-prompt: the fragment scrolls the tab to it.
  first_card="$(curl -s "$site$chapter_path" | grep -o 'data-question-id="[^"]*"' | head -1 | cut -d'"' -f2)"
  [ -n "$first_card" ] || { echo "no quiz card on $chapter_path" >&2; exit 1; }
  tab_path="$chapter_path%23quiz-$first_card-prompt"
fi
open_tab() { curl -sf -X PUT "http://127.0.0.1:$debug_port/json/new?$site$tab_path" >/dev/null; }
# Chapter tabs open in Chromium.
chapter_tabs() {
  curl -sf "http://127.0.0.1:$debug_port/json/list" | python3 -c 'import json, sys; print(sum(1 for t in json.load(sys.stdin) if t.get("type") == "page" and "/chapitres/" in t.get("url", "")))'
}
# The site's own count of open circuits (OpenCircuitsHandler, on its Prometheus endpoint).
open_circuits() {
  curl -s "http://127.0.0.1:$metrics_port/metrics" | awk '/^course_circuits_open[{ ]/ { n = $NF } END { print n + 0 }'
}
wait_circuits() {
  local want=$1
  for _ in $(seq 1 360); do
    [ "$(open_circuits)" -ge "$want" ] && return 0
    sleep 0.5
  done
  echo "only $(open_circuits) open circuits after 180 s (wanted $want): measuring those" >&2
}
# The live heap in bytes; the report by type is kept as $work/<name>.txt for the TYPES listing.
heap_bytes() {
  "$gcdump" collect -p "$site_pid" -o "$work/$1.gcdump" >/dev/null 2>&1
  "$gcdump" report "$work/$1.gcdump" >"$work/$1.txt"
  awk '/GC Heap bytes/ { gsub(",", "", $1); print $1; exit }' "$work/$1.txt"
}
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$site_pid/status"; }

echo "== Warm-up: one tab on $chapter_path"
open_tab
wait_circuits 1
sleep 5
heap_before="$(heap_bytes before)"
rss_before="$(rss_kb)"

echo "== Opening $pages more tabs"
for _ in $(seq 1 "$pages"); do
  open_tab
  sleep 0.2
done
wait_circuits $((pages + 1))
sleep 10
heap_after="$(heap_bytes after)"
rss_after="$(rss_kb)"
added=$(($(open_circuits) - 1))

html_bytes="$(curl -s "$site$chapter_path" | wc -c)"
echo
echo "page: $tab_path ($html_bytes bytes of HTML); chapter tabs open: $(chapter_tabs) (1 + $pages); circuits added: $added"
echo "site: $dll"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
python3 - "$heap_before" "$heap_after" "$rss_before" "$rss_after" "$added" <<'EOF'
import sys
heap_before, heap_after, rss_before, rss_after, pages = map(int, sys.argv[1:])
print(f"GC heap (live, after a full collection): {heap_before/1e6:.1f} MB -> {heap_after/1e6:.1f} MB, "
      f"{(heap_after - heap_before) / pages / 1000:.0f} KB per circuit (goal <= 150 KB)")
print(f"resident set: {rss_before/1000:.1f} MB -> {rss_after/1000:.1f} MB, {(rss_after - rss_before) / pages:.0f} KB per circuit")
EOF

# TYPES=N: the N types whose count of live objects grew most, per circuit (what a circuit is made of; the heapstat
# report's byte column is not a per-type total, so counts are what compares).
if [ -n "${TYPES:-}" ]; then
  echo
  echo "live objects added per circuit, by type:"
  python3 - "$work/before.txt" "$work/after.txt" "$added" "$TYPES" <<'EOF'
import re, sys
def read(path):
    counts = {}
    for line in open(path):
        m = re.match(r"\s*[\d,]+\s+([\d,]+)\s+(.+?)\s*$", line)
        if m:
            name = re.sub(r"\s*\(Bytes > \w+\)", "", m[2])
            counts[name] = counts.get(name, 0) + int(m[1].replace(",", ""))
    return counts
before, after = read(sys.argv[1]), read(sys.argv[2])
pages, top = int(sys.argv[3]), int(sys.argv[4])
grown = sorted(((after[n] - before.get(n, 0), n) for n in after), reverse=True)
for count, name in grown[:top]:
    print(f"{count / pages:>8,.1f}  {name}")
EOF
fi
