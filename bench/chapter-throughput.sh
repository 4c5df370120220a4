#!/usr/bin/env bash
# Chapter page throughput: the published site (Production) against nginx serving the very same HTML bytes,
# both measured with wrk in one run. Prints requests/s, p50 and p99 latency for each and the ratio site/nginx.
#
# Usage: bench/chapter-throughput.sh [PATH]      PATH defaults to /chapitres/architecture-noeuds
# Environment: WRK_THREADS (2), WRK_CONNECTIONS (64), WRK_DURATION (15s), WARMUP_DURATION (5s).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
page_path="${1:-/chapitres/architecture-noeuds}"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-64}"
duration="${WRK_DURATION:-15s}"
warmup="${WARMUP_DURATION:-5s}"

bash "$root/scripts/install-system-packages.sh" nginx wrk curl

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

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

nginx_port="$(free_port)"
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      root $work;
      default_type "text/html; charset=utf-8";
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

measure() {
  local name="$1" url="$2" out="$work/$1.wrk"
  wrk -t"$threads" -c"$connections" -d"$warmup" "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" >"$out"
  local rps p50 p99 errors
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  errors="$(grep -E 'Non-2xx|Socket errors' "$out" || true)"
  printf '%-6s %12s %10s %10s  %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
  eval "${name}_rps=$rps"
}

echo "== wrk -t$threads -c$connections -d$duration --latency (after a $warmup warm-up each), page $page_path"
printf '%-6s %12s %10s %10s\n' "server" "requests/s" "p50 (ms)" "p99 (ms)"
measure site "http://127.0.0.1:$site_port$page_path"
measure nginx "http://127.0.0.1:$nginx_port/"
awk -v s="$site_rps" -v n="$nginx_rps" 'BEGIN { printf "ratio site/nginx: %.3f\n", s / n }'
echo "load average before the run: $load_before"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); commit $(git -C "$root" rev-parse --short HEAD)"
