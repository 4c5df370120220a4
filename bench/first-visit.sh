#!/usr/bin/env bash
# First visit of a new student, measured with Lighthouse 12.2.3 (mobile, simulated throttling) and Debian's Chromium:
# a chapter and /dockercoins of the published site (Production), and in the same run the same chapter saved with
# its assets as static files served by nginx with gzip_static (the static-site peer). For each page, a first visit
# (empty cache) and a repeat visit (same browser profile, cache kept). Prints the performance score, LCP and bytes
# transferred, and the ratios to the peer.
#
# Usage: bench/first-visit.sh [CHAPTER_PATH]      CHAPTER_PATH defaults to /chapitres/introduction
# Environment: RUNS (3: each figure is the median of RUNS Lighthouse runs).
# Lighthouse is installed once, pinned, into bench/out/lighthouse-12.2.3 (13.x needs Node 22).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chapter_path="${1:-/chapitres/introduction}"
runs="${RUNS:-3}"
lighthouse_version=12.2.3
export CHROME_PATH=/usr/bin/chromium

bash "$root/scripts/install-system-packages.sh" nginx curl python3 chromium

lighthouse_dir="$root/bench/out/lighthouse-$lighthouse_version"
lighthouse="$lighthouse_dir/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ] || [ "$("$lighthouse" --version)" != "$lighthouse_version" ]; then
  echo "== Installing lighthouse@$lighthouse_version into $lighthouse_dir"
  mkdir -p "$lighthouse_dir"
  echo '{ "private": true }' >"$lighthouse_dir/package.json"
  npm install --prefix "$lighthouse_dir" --save-exact --no-audit --no-fund "lighthouse@$lighthouse_version" >/dev/null
fi

. "$root/bench/lib.sh"

work="$(mktemp -d /tmp/course-first-visit.XXXXXX)"
# nginx workers run as nobody when started by root: they must be able to read the saved site.
chmod 755 "$work"
# Everything started in the background (the site, nginx, each Chromium and the long foreground steps) is listed here
# until it ends, and stopped on any exit: the end of the run, a failure, or a signal (timeout's TERM, Ctrl-C's INT).
pids=()
cleanup() {
  # Once: a second signal (timeout -k, another Ctrl-C) must not cut the cleanup short, which ends within ~10 s.
  trap - EXIT
  trap '' INT TERM HUP
  local pid alive
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # The site shuts down gracefully on TERM; whatever still runs after 10 s is killed.
  for _ in $(seq 1 100); do
    alive=0
    for pid in "${pids[@]}"; do if kill -0 "$pid" 2>/dev/null; then alive=1; fi; done
    if [ "$alive" = 0 ]; then break; fi
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# A signal ends the run through the EXIT trap.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
forget() { # pid: it has ended
  local kept=() pid
  for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  pids=("${kept[@]}")
}
# Runs a long step in the background and waits for it: bash runs a trap only once its foreground command ends, so a
# signal during a Lighthouse run or the publish would otherwise wait for them; this way it stops them at once.
tracked() {
  "$@" &
  local pid=$! status=0
  pids+=("$pid")
  wait "$pid" || status=$?
  forget "$pid"
  return "$status"
}

load_before="$(cut -d" " -f1-3 /proc/loadavg)"
echo "== Publishing Course.Web (Release)"
publish="$root/bench/out/publish-first-visit"
rm -rf "$publish"
tracked dotnet publish "$root/Course.Web" -c Release -o "$publish" --nologo -v quiet

site_port="$(free_port)"
echo "== Starting the site on 127.0.0.1:$site_port (Production)"
(cd "$publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
  exec dotnet Course.Web.dll >"$work/site.log" 2>&1) &
pids+=($!)
site="http://127.0.0.1:$site_port"
for _ in $(seq 1 150); do
  curl -s -o /dev/null "$site/" && break
  sleep 0.2
done

echo "== Saving $chapter_path with its stylesheets, scripts and icon as static files"
static="$work/static"
mkdir -p "$static$chapter_path"
status="$(curl -s -o "$static$chapter_path/index.html" -w '%{http_code}' "$site$chapter_path")"
[ "$status" = 200 ] || { echo "GET $chapter_path answered $status"; cat "$work/site.log"; exit 1; }
# The page has <base href="/">: its asset addresses are relative to the root, some with a ?v= version.
grep -oE '<(link[^>]*href|script[^>]*src)="[^"]+"' "$static$chapter_path/index.html" \
  | sed -E 's/.*(href|src)="([^"]+)"/\2/' | grep -v '^http' | sort -u >"$work/assets.txt"
while read -r asset; do
  file="$static/${asset%%\?*}"
  mkdir -p "$(dirname "$file")"
  curl -s -f -o "$file" "$site/$asset"
done <"$work/assets.txt"
find "$static" -type f ! -name '*.gz' -exec gzip -9 -k -f {} \;
find "$static" -type d -exec chmod 755 {} \; && find "$static" -type f -exec chmod 644 {} \;
echo "   $(wc -l <"$work/assets.txt") assets, $(du -sk "$static" | cut -f1) KiB with their .gz copies"

nginx_port="$(free_port)"
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
$(nginx_http_preamble "$work/nginx")
  server {
    listen 127.0.0.1:$nginx_port;
    root $static;
    gzip_static on;
    gzip_vary on;
    charset utf-8;
    location / { try_files \$uri \$uri/index.html =404; }
    # What a static site generator's host does with fingerprinted assets.
    location ~ \.(css|js|svg)\$ { expires 1y; }
  }
}
CONF
echo "== Starting nginx (gzip_static) on 127.0.0.1:$nginx_port"
nginx -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=($!)
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
  sleep 0.1
done

# One Chromium per measurement, driven by Lighthouse over its debugging port: the first run resets storage (a new
# visitor), the second keeps the same profile and its HTTP cache (the same student coming back).
chromium_flags=(--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
  --disable-sync --no-first-run --disable-quic --disable-dev-shm-usage)

lighthouse_run() { # url port output [extra lighthouse flags]
  local url="$1" port="$2" out="$3"
  shift 3
  # Once more after a failure: on a saturated machine Chromium sometimes misses Lighthouse's protocol timeout.
  local attempt
  for attempt in 1 2; do
    tracked "$lighthouse" "$url" --port="$port" --only-categories=performance --output=json --output-path="$out" \
      --quiet --max-wait-for-load=60000 "$@" >/dev/null 2>"$out.log" && return 0
    echo "   lighthouse failed on $url (attempt $attempt): $(tail -n 1 "$out.log")"
  done
  return 1
}

measure() { # name url
  local name="$1" url="$2" run
  for run in $(seq 1 "$runs"); do
    local port profile
    port="$(free_port)"
    profile="$work/profile-$name-$run"
    "$CHROME_PATH" "${chromium_flags[@]}" --remote-debugging-port="$port" --user-data-dir="$profile" about:blank \
      >"$work/chromium-$name-$run.log" 2>&1 &
    local chromium_pid=$!
    pids+=("$chromium_pid")
    for _ in $(seq 1 100); do
      curl -s -o /dev/null "http://127.0.0.1:$port/json/version" && break
      sleep 0.1
    done
    lighthouse_run "$url" "$port" "$work/$name-first-$run.json"
    lighthouse_run "$url" "$port" "$work/$name-repeat-$run.json" --disable-storage-reset
    kill "$chromium_pid" 2>/dev/null || true
    wait "$chromium_pid" 2>/dev/null || true
    forget "$chromium_pid"
  done
}

# Median of each figure over the runs: score, LCP and FCP (s), first-visit KB, repeat-visit KB, render-blocking savings
# (ms, Lighthouse's estimate), total blocking time (ms), and the first run's
# transfers per resource (to see where the bytes go).
summarize() { # name
  python3 - "$work" "$1" "$runs" <<'PY'
import json, statistics, sys
work, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def load(kind, run):
    with open(f"{work}/{name}-{kind}-{run}.json") as f:
        return json.load(f)
first = [load("first", r) for r in range(1, runs + 1)]
repeat = [load("repeat", r) for r in range(1, runs + 1)]
score = statistics.median(r["categories"]["performance"]["score"] * 100 for r in first)
lcp = statistics.median(r["audits"]["largest-contentful-paint"]["numericValue"] / 1000 for r in first)
fcp = statistics.median(r["audits"]["first-contentful-paint"]["numericValue"] / 1000 for r in first)
total = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] / 1000 for r in first)
again = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] / 1000 for r in repeat)
blocking = statistics.median(r["audits"]["render-blocking-resources"].get("numericValue", 0) for r in first)
tbt = statistics.median(r["audits"]["total-blocking-time"]["numericValue"] for r in first)
print(f"{name} {score:.0f} {lcp:.2f} {fcp:.2f} {total:.1f} {again:.1f} {blocking:.0f} {tbt:.0f}")
# What Lighthouse blames on the first visit of the first run: JavaScript time per script, main-thread time per kind of
# work, the longest tasks and the unused bytes (times are Lighthouse's, i.e. observed CPU time x4).
with open(f"{work}/{name}-blame.txt", "w") as out:
    audits = first[0]["audits"]
    def items(audit):
        return audits.get(audit, {}).get("details", {}).get("items") or []
    out.write("  main thread: " + ", ".join(f"{i['groupLabel']} {i['duration']:.0f} ms" for i in items("mainthread-work-breakdown")) + "\n")
    for i in items("bootup-time")[:5]:
        out.write(f"  script  {i['total']:>8.0f} ms (scripting {i['scripting']:.0f})  {i['url']}\n")
    for i in sorted(items("long-tasks"), key=lambda t: -t["duration"])[:5]:
        out.write(f"  long task {i['duration']:>6.0f} ms at {i['startTime']:>7.0f} ms  {i['url']}\n")
    for audit in ("unused-css-rules", "unused-javascript", "render-blocking-resources"):
        for i in items(audit):
            out.write(f"  {audit} {i.get('wastedBytes', 0) / 1000:.1f} KB / {i.get('wastedMs', 0):.0f} ms  {i['url']}\n")
with open(f"{work}/{name}-resources.txt", "w") as out:
    for kind, report in (("first", first[0]), ("repeat", repeat[0])):
        for item in report["audits"]["network-requests"]["details"]["items"]:
            out.write(f"  {kind:6} {item.get('transferSize', 0):>8} B  {item.get('statusCode', '')} {item['url']}\n")
PY
}

echo "== Lighthouse $lighthouse_version (mobile, simulated throttling), median of $runs runs each, Chromium $("$CHROME_PATH" --version | awk '{print $2}')"
measure chapter "$site$chapter_path"
measure dockercoins "$site/dockercoins"
measure peer "http://127.0.0.1:$nginx_port$chapter_path"

{ summarize chapter; summarize dockercoins; summarize peer; } >"$work/summary.txt"
printf '%-12s %6s %8s %8s %9s %12s %13s %22s\n' page score "LCP (s)" "FCP (s)" "TBT (ms)" "first (KB)" "repeat (KB)" "render-blocking (ms)"
while read -r name score lcp fcp total again blocking tbt; do
  printf '%-12s %6s %8s %8s %9s %12s %13s %22s\n' "$name" "$score" "$lcp" "$fcp" "$tbt" "$total" "$again" "$blocking"
done <"$work/summary.txt"
awk '
  { score[$1] = $2; lcp[$1] = $3; total[$1] = $5; again[$1] = $6 }
  END {
    printf "ratios to the static peer: chapter LCP %.2fx, first visit %.2fx, repeat visit %.2fx; dockercoins LCP %.2fx\n",
      lcp["chapter"] / lcp["peer"], total["chapter"] / total["peer"], again["chapter"] / (again["peer"] > 0 ? again["peer"] : 1),
      lcp["dockercoins"] / lcp["peer"]
    for (page in score) if (page != "peer") {
      printf "goals %-12s score>=95 %s, LCP<=2.0s %s, first<=200KB %s, repeat<=20KB %s, LCP<=1.1x peer %s\n", page,
        (score[page] >= 95 ? "met" : "MISSED"), (lcp[page] <= 2.0 ? "met" : "MISSED"),
        (total[page] <= 200 ? "met" : "MISSED"), (again[page] <= 20 ? "met" : "MISSED"),
        (lcp[page] <= 1.1 * lcp["peer"] ? "met" : "MISSED")
    }
  }' "$work/summary.txt"
echo "== What Lighthouse blames (first visit of the first run)"
for name in chapter dockercoins peer; do
  echo " $name"
  cat "$work/$name-blame.txt"
done
echo "== Transfers of the first run (first visit, then repeat visit)"
for name in chapter dockercoins peer; do
  echo " $name"
  cat "$work/$name-resources.txt"
done
reports="$root/bench/out/first-visit-reports"
rm -rf "$reports" && mkdir -p "$reports" && cp "$work"/*.json "$reports/"
echo "Lighthouse reports (JSON) kept in $reports"
echo "load average before the run: $load_before; after: $(cut -d" " -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); node $(node --version); commit $(git -C "$root" rev-parse --short HEAD)"
