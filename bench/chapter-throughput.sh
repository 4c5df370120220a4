#!/usr/bin/env bash
# Chapter page throughput: the published site (Production) against nginx serving the very same HTML bytes,
# both measured with wrk in one run. Prints requests/s, p50 and p99 latency for each and the ratio site/nginx.
# Then the compressed case: both asked with Accept-Encoding: br, the site answering from its page cache's Brotli
# variant and nginx sending the same Brotli bytes from disk with brotli_static (Debian's
# libnginx-mod-http-brotli-static); if that module cannot be loaded, both are asked for gzip instead, nginx with
# gzip_static and the site's own gzip bytes, and the script says so.
#
# Usage: bench/chapter-throughput.sh [PATH]      PATH defaults to /chapitres/architecture-noeuds
# Environment: WRK_THREADS (2), WRK_CONNECTIONS (64), WRK_DURATION (15s), WARMUP_DURATION (5s), ROUNDS (3), CEILING (1).
# CEILING=1 (default) ends with the framework's ceiling: Kestrel alone (bench/BareKestrel, no middleware) sending the
# site's compressed bytes, against nginx in the same way, so the report splits the gap into the site's and Kestrel's.
# Each case runs ROUNDS rounds, the site and nginx in turn (which goes first alternates), and prints every round, then
# the medians and the median of the per-round ratios: on a 2-core machine with wrk beside the servers, one pair of
# runs swings by a third from round to round.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
page_path="${1:-/chapitres/architecture-noeuds}"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-64}"
duration="${WRK_DURATION:-15s}"
warmup="${WARMUP_DURATION:-5s}"
rounds="${ROUNDS:-3}"

bash "$root/scripts/install-system-packages.sh" nginx wrk curl
bash "$root/scripts/install-system-packages.sh" libnginx-mod-http-brotli-static || true
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

. "$root/bench/lib.sh"

work="$(mktemp -d /tmp/course-bench.XXXXXX)"
# nginx workers run as nobody when started by root: they must be able to read the page.
chmod 755 "$work"
site_pid="" nginx_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

load_before="$(cut -d" " -f1-3 /proc/loadavg)"
echo "== Publishing Course.Web (Release)"
publish="$root/bench/out/publish"
rm -rf "$publish"
dotnet publish "$root/Course.Web" -c Release -o "$publish" --nologo -v quiet

site_port="$(free_port)"
echo "== Starting the site on 127.0.0.1:$site_port (Production)"
(cd "$publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
  exec dotnet Course.Web.dll >"$work/site.log" 2>&1) &
site_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$site_port/" && break
  sleep 0.2
done

status="$(curl -s -o "$work/page.html" -w '%{http_code}' "http://127.0.0.1:$site_port$page_path")"
if [ "$status" = 404 ] && [ $# -eq 0 ]; then
  echo "   $page_path answers 404 in this version of the site: measuring / instead"
  page_path=/
  status="$(curl -s -o "$work/page.html" -w '%{http_code}' "http://127.0.0.1:$site_port$page_path")"
fi
if [ "$status" != 200 ]; then
  echo "GET $page_path answered $status"; cat "$work/site.log"; exit 1
fi
chmod 644 "$work/page.html"
page_bytes="$(stat -c %s "$work/page.html")"

# The compressed bytes the site sends, saved next to the page for nginx's *_static modules.
encoding=br
[ -f "$brotli_module" ] || encoding=gzip
curl -s -H "Accept-Encoding: $encoding" -D "$work/compressed.headers" -o "$work/page.compressed" "http://127.0.0.1:$site_port$page_path"
grep -qi "^content-encoding: $encoding" "$work/compressed.headers" \
  || { echo "the site did not answer $page_path with Content-Encoding: $encoding"; cat "$work/compressed.headers"; exit 1; }
if [ "$encoding" = br ]; then cp "$work/page.compressed" "$work/page.html.br"; else cp "$work/page.compressed" "$work/page.html.gz"; fi
chmod 644 "$work"/page.html.*
compressed_bytes="$(stat -c %s "$work/page.compressed")"

nginx_port="$(free_port)"
mkdir -p "$work/nginx"
load_module=""
[ "$encoding" = br ] && load_module="load_module $brotli_module;"
cat >"$work/nginx/nginx.conf" <<CONF
$load_module
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
$(nginx_http_preamble "$work/nginx")
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      root $work;
      default_type "text/html; charset=utf-8";
      try_files /page.html =404;
    }
    location = /compressed {
      root $work;
      default_type "text/html; charset=utf-8";
      $( [ "$encoding" = br ] && echo "brotli_static on;" || echo "gzip_static on;" )
      try_files /page.html =404;
    }
  }
}
CONF
echo "== Starting nginx on 127.0.0.1:$nginx_port with the same $page_bytes bytes"
nginx -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
  sleep 0.1
done

# wrk prints latencies as 812.00us, 1.25ms or 1.02s: convert to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "?" }'
}

measure() { # name url [wrk options]: one wrk run, printed; sets last_rps and last_p99
  local name="$1" url="$2" out="$work/$1.wrk"
  shift 2
  wrk -t"$threads" -c"$connections" -d"$warmup" "$@" "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" >"$out"
  local p50 errors
  last_rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  last_p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  errors="$(grep -E 'Non-2xx|Socket errors' "$out" || true)"
  printf '%-6s %6s %12s %10s %10s  %s\n' "$name" "$round" "$last_rps" "$p50" "$last_p99" "$errors"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

compare() { # label name url nginx_url [wrk options]: ROUNDS rounds of NAME and nginx, then medians and the median ratio
  local label="$1" name="$2" site_url="$3" nginx_url="$4"
  shift 4
  local site_rps="" site_p99="" nginx_rps="" nginx_p99="" ratios=""
  printf '%-6s %6s %12s %10s %10s\n' "server" "round" "requests/s" "p50 (ms)" "p99 (ms)"
  for round in $(seq 1 "$rounds"); do
    local s_rps n_rps
    if (( round % 2 )); then
      measure "$name" "$site_url" "$@"; s_rps=$last_rps; site_p99+=" $last_p99"
      measure nginx "$nginx_url" "$@"; n_rps=$last_rps; nginx_p99+=" $last_p99"
    else
      measure nginx "$nginx_url" "$@"; n_rps=$last_rps; nginx_p99+=" $last_p99"
      measure "$name" "$site_url" "$@"; s_rps=$last_rps; site_p99+=" $last_p99"
    fi
    site_rps+=" $s_rps"; nginx_rps+=" $n_rps"
    ratios+=" $(awk -v s="$s_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", s / n }')"
  done
  printf 'medians: %s %s requests/s, p99 %s ms; nginx %s requests/s, p99 %s ms\n' "$name" \
    "$(median <<<"$site_rps")" "$(median <<<"$site_p99")" "$(median <<<"$nginx_rps")" "$(median <<<"$nginx_p99")"
  printf 'ratio %s/nginx%s: %.3f (median of the rounds:%s)\n' "$name" "$label" "$(median <<<"$ratios")" "$ratios"
}

echo "== wrk -t$threads -c$connections -d$duration --latency (after a $warmup warm-up each), page $page_path, $rounds rounds"
compare "" site "http://127.0.0.1:$site_port$page_path" "http://127.0.0.1:$nginx_port/"

# nginx's static modules choose the file by Accept-Encoding alone: check it sends the site's very bytes.
curl -s -H "Accept-Encoding: $encoding" -o "$work/nginx.compressed" "http://127.0.0.1:$nginx_port/compressed"
cmp -s "$work/page.compressed" "$work/nginx.compressed" || { echo "nginx did not send the $encoding file"; exit 1; }
echo "== Compressed: Accept-Encoding: $encoding on both sides, the same $compressed_bytes bytes ($( [ "$encoding" = br ] && echo "nginx brotli_static" || echo "nginx gzip_static: brotli_static could not be loaded"))"
compare " ($encoding)" site "http://127.0.0.1:$site_port$page_path" "http://127.0.0.1:$nginx_port/compressed" -H "Accept-Encoding: $encoding"

# The framework's ceiling: Kestrel alone (bench/BareKestrel: no middleware, no routing) answering with the same
# compressed bytes from memory. The site's gap to it is the site's own per-request work; its gap to nginx is Kestrel's.
if [ "${CEILING:-1}" = 1 ]; then
  kill "$site_pid" 2>/dev/null || true
  wait "$site_pid" 2>/dev/null || true
  site_pid=""
  dotnet publish "$root/bench/BareKestrel" -c Release -o "$root/bench/out/bare-kestrel" --nologo -v quiet
  bare_port="$(free_port)"
  dotnet "$root/bench/out/bare-kestrel/BareKestrel.dll" "http://127.0.0.1:$bare_port" "$work/page.compressed" "$encoding" \
    >"$work/bare.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$bare_port/" && break
    sleep 0.1
  done
  curl -s -H "Accept-Encoding: $encoding" -o "$work/bare.compressed" "http://127.0.0.1:$bare_port$page_path"
  cmp -s "$work/page.compressed" "$work/bare.compressed" || { echo "BareKestrel did not send the $encoding bytes"; exit 1; }
  echo "== Ceiling: Kestrel with no middleware (bench/BareKestrel) sending the same $compressed_bytes bytes"
  compare " ($encoding)" kestrel "http://127.0.0.1:$bare_port$page_path" "http://127.0.0.1:$nginx_port/compressed" -H "Accept-Encoding: $encoding"
fi
echo "load average before the run: $load_before; after: $(cut -d" " -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); commit $(git -C "$root" rev-parse --short HEAD)"
