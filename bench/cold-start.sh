#!/usr/bin/env bash
# Cold start of the published site (issue 16: ≤ 2 s from process start to the first chapter served).
# Publishes Course.Web once, as the image does (Release, -r linux-x64, framework-dependent, so ReadyToRun), then for
# each provider (SQLite in a throwaway folder, a throwaway PostgreSQL on loopback) starts it once to create the
# database (not counted) and RUNS times more on the existing database, as a pod restart does. Each start is timed from
# launch to the first chapter answering 200: wall time and the CPU time the process used meanwhile. The peer: nginx
# started cold to its first page (the same chapter's HTML as a static file), RUNS times. Prints the medians and the
# ratio site / nginx.
#
# Usage (from anywhere): bench/cold-start.sh
# Environment: RUNS (5), PROVIDERS ("Sqlite Postgres"), RID (linux-x64, as the image; empty: a portable publish
#   without ReadyToRun, as the other benches do), SOURCE (the repository whose Course.Web is published; default this
#   one), TRACE (a folder: also record one dotnet-trace of the start per provider there, in Speedscope format; see
#   bench/cold-start-profile.py), SITE_ENV (extra VAR=value words for the site, e.g. "DOTNET_TieredPGO=0", to try
#   runtime settings without publishing again), SKIP_PUBLISH (1: reuse bench/out/cold-start-site as it is),
#   BASELINE (another repository, e.g. the main worktree: published the same way to bench/out/cold-start-baseline,
#   unless SKIP_PUBLISH=1, and started in turn with this one, run by run on the same database, so that both are
#   measured in the same minutes; prints both medians and the ratio site / baseline; BASELINE_SITE: an already
#   published folder instead).
# Needs: the .NET SDK, nginx, curl, the postgresql Debian package. Results: bench/out/cold-start.md
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_root="$(cd "${SOURCE:-$root}" && pwd)"
runs="${RUNS:-5}"
providers="${PROVIDERS:-Sqlite Postgres}"
rid="${RID-linux-x64}"
read -r -a site_env <<<"${SITE_ENV:-}"
trace_dir="${TRACE:-}"
out="$root/bench/out"
mkdir -p "$out"

for tool in nginx curl; do
  command -v "$tool" >/dev/null || bash "$root/scripts/install-system-packages.sh" nginx curl
done

. "$root/bench/lib.sh"
find_postgres
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

work="$(mktemp -d /tmp/cold-start.XXXXXX)"
chmod 755 "$work"  # nginx workers (nobody) and the postgres user must reach their files inside
site_pid="" nginx_pid="" pg_started=""
stop_site() { if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi; site_pid=""; }
stop_nginx() { if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi; nginx_pid=""; }
cleanup() {
  stop_site || true
  stop_nginx || true
  [ -n "$pg_started" ] && as_pg "$PG_BIN/pg_ctl" stop -w -m immediate -D "$work/pg" >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
site_dir="$out/cold-start-site"
if [ "${SKIP_PUBLISH:-}" != 1 ]; then
  rm -rf "$site_dir"
  echo "== Publishing Course.Web (Release${rid:+, -r $rid}) from $source_root" >&2
  dotnet publish "$source_root/Course.Web" -c Release ${rid:+-r "$rid" --self-contained false} -o "$site_dir" --nologo -v quiet >&2
fi
baseline_dir=""
if [ -n "${BASELINE_SITE:-}" ]; then
  baseline_dir="$(cd "$BASELINE_SITE" && pwd)"
elif [ -n "${BASELINE:-}" ]; then
  baseline_dir="$out/cold-start-baseline"
  if [ "${SKIP_PUBLISH:-}" != 1 ]; then
    rm -rf "$baseline_dir"
    echo "== Publishing the baseline's Course.Web (Release${rid:+, -r $rid}) from $BASELINE" >&2
    dotnet publish "$BASELINE/Course.Web" -c Release ${rid:+-r "$rid" --self-contained false} -o "$baseline_dir" --nologo -v quiet >&2
  fi
fi
r2r="no"
[ -n "$rid" ] && r2r="yes"

first_chapter="$(ls "$source_root/Course.Content/Chapters"/*.md | head -1 | xargs basename | sed -E 's/^[0-9]+-//; s/\.md$//')"

# Starts the published site (extra env as arguments); sets started_ms / started_cpu_ms, from launch to the first
# chapter answered 200. `launcher` may prefix the command (dotnet-trace).
start_site() { local port="$1"; shift; start_published_site "$port" "${site_env[@]}" "$@"; }
# The same, for the baseline's publish.
start_baseline() { local site_dir="$baseline_dir"; start_site "$@"; }

rows=()
ratios=()
site_medians=()
for provider in $providers; do
  if [ "$provider" = Postgres ]; then
    start_throwaway_postgres "$work/pg"
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U bench course
    db_env=(Database__Provider=Postgres "ConnectionStrings__Course=Host=127.0.0.1;Port=$pg_port;Username=bench;Database=course")
  else
    mkdir -p "$work/sqlite"
    db_env=(Database__Provider=Sqlite "Database__DataDirectory=$work/sqlite")
  fi
  port="$(free_port)"
  launcher="" start_site "$port" "${db_env[@]}"
  stop_site
  echo "== $provider: first start (creates the database) $started_ms ms; $runs restarts" >&2
  walls=() cpus=() base_walls=() base_cpus=()
  for i in $(seq 1 "$runs"); do
    if [ -n "$baseline_dir" ]; then
      launcher="" start_baseline "$port" "${db_env[@]}"
      stop_site
      echo "   run $i, baseline: $started_ms ms (CPU $started_cpu_ms ms)" >&2
      base_walls+=("$started_ms") base_cpus+=("$started_cpu_ms")
    fi
    launcher="" start_site "$port" "${db_env[@]}"
    stop_site
    echo "   run $i: $started_ms ms (CPU $started_cpu_ms ms)" >&2
    walls+=("$started_ms") cpus+=("$started_cpu_ms")
  done
  wall="$(median "${walls[@]}")" cpu="$(median "${cpus[@]}")"
  site_medians+=("$wall")
  if [ -n "$baseline_dir" ]; then
    base_wall="$(median "${base_walls[@]}")" base_cpu="$(median "${base_cpus[@]}")"
    rows+=("| $provider, baseline | $base_wall ms | $base_cpu ms | ${base_walls[*]} | ${base_cpus[*]} |")
    ratios+=("Ratio $provider site / baseline: wall $(awk -v s="$wall" -v b="$base_wall" 'BEGIN { printf "%.2f", s / b }')×, CPU $(awk -v s="$cpu" -v b="$base_cpu" 'BEGIN { printf "%.2f", s / b }')×.")
  fi
  rows+=("| $provider | $wall ms | $cpu ms | ${walls[*]} | ${cpus[*]} |")
  if [ -n "$trace_dir" ]; then
    mkdir -p "$trace_dir"
    tracer="$HOME/.dotnet/tools/dotnet-trace"
    # The trace stops when the process exits: the site is stopped as soon as it has served the chapter.
    launcher="$tracer collect --format Speedscope -o $trace_dir/start-$provider.nettrace --" start_site "$port" "${db_env[@]}"
    echo "   traced start: $started_ms ms (slower: the tracer's overhead)" >&2
    # SIGINT to the app (dotnet-trace's child): the site stops gracefully, then dotnet-trace writes the trace and exits.
    pkill -INT -P "$site_pid" -x dotnet 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true; site_pid=""
  fi
  if [ "$provider" = Postgres ]; then
    as_pg "$PG_BIN/pg_ctl" stop -w -D "$work/pg" >/dev/null; pg_started=""
  fi
done

# The peer: nginx serving the same chapter HTML as a static file, started cold.
mkdir -p "$work/static/chapitres" "$work/nginx"
(cd "$site_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  DockerCoins__EmbeddedMiner=false Database__Provider=Sqlite "Database__DataDirectory=$work/sqlite" \
  dotnet Course.Web.dll >>"$work/site.log" 2>&1) &
site_pid=$!
until curl -sf -o "$work/static/chapitres/$first_chapter.html" "http://127.0.0.1:$port/chapitres/$first_chapter"; do sleep 0.05; done
stop_site
chmod -R a+rX "$work/static"
nginx_port="$(free_port)"
write_static_nginx_conf "$work/nginx" "$nginx_port" "$work/static"
peer_walls=()
for i in $(seq 1 "$runs"); do
  started="$(now_ms)"
  nginx -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  nginx_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port/chapitres/$first_chapter")" = 200 ]; do sleep 0.01; done
  peer_walls+=("$(( $(now_ms) - started ))")
  stop_nginx
done
peer="$(median "${peer_walls[@]}")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

report="$work/report.md"
{
  echo "## Cold start to the first chapter served, median of $runs restarts ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs); load average before: $load_before, after: $load_after."
  [ -n "$baseline_dir" ] && echo "Baseline: ${BASELINE:+commit $(git -C "$BASELINE" rev-parse --short HEAD) ($(git -C "$BASELINE" rev-parse --abbrev-ref HEAD)), }published in $baseline_dir, started in turn with the site."
  echo "Site: commit $(git -C "$source_root" rev-parse --short HEAD) ($(git -C "$source_root" rev-parse --abbrev-ref HEAD)), published Release${rid:+ -r $rid} (ReadyToRun: $r2r), Production${SITE_ENV:+, site environment \`$SITE_ENV\`}, restart on an existing database, chapter \`$first_chapter\`."
  echo
  echo "| database | wall (median) | CPU (median) | wall, every run (ms) | CPU, every run (ms) |"
  echo "| --- | ---: | ---: | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo "| peer: nginx cold, same HTML as a static file | $peer ms | | ${peer_walls[*]} | |"
  echo
  [ "${#ratios[@]}" -gt 0 ] && printf '%s\n' "${ratios[@]}"
  for i in "${!site_medians[@]}"; do
    provider="$(echo $providers | cut -d' ' -f$((i + 1)))"
    echo "Ratio $provider / nginx: $(awk -v s="${site_medians[$i]}" -v p="$peer" 'BEGIN { printf "%.1f", (p > 0 ? s / p : 0) }')× (goal: ≤ 2000 ms, $(awk -v s="${site_medians[$i]}" 'BEGIN { printf "%.2f", s / 2000 }')× the goal)."
  done
} >"$report"
cp "$report" "$out/cold-start.md"
cat "$report"
