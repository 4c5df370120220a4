#!/usr/bin/env bash
# A classroom on the published site, on SQLite and on a throwaway PostgreSQL in the same run:
#  1. cold start of the published app to the first chapter served (first start, which creates the database, then a
#     restart on the existing database; the peer: nginx started cold to its first page);
#  2. server memory per open chapter page: live managed heap (dotnet-gcdump) and RSS with 1, 1+N/2 and 1+N chapter pages
#     open in headless Chromium, one Blazor circuit each;
#  3. the load: STUDENTS students sign up and sign in through the real forms; then the class arrives: the
#     CIRCUIT_STUDENTS Chromium students open the course (a page load of a chapter each, which starts its circuit),
#     spread over RAMP_S seconds (60: a class takes its seats over a minute; over 30 s, 50 first pages outran the
#     Chromium of a 2-core machine, docs/benchmarks.md, classroom load, session 13), while the others, arriving over
#     the same seconds, start reading; then, for DURATION seconds, the Chromium students
#     answer every question as the UI does (tick, "Vérifier", wait for "Enregistré"), reading each for ANSWER_THINK_MS
#     first, and follow the chapter's link to the next one (enhanced navigation: page, scripts and circuit stay), while
#     the others read chapters and "Ma progression" over HTTP with THINK_MS between pages. The window opens once every
#     Chromium student has its first chapter interactive or has given up on it (RAMP_S=0 ANSWER_THINK_MS=0: all at
#     once, answering as fast as Chromium can). A student waits BROWSER_TIMEOUT_S (30) for a page to become
#     interactive or an answer to be acknowledged before counting an error. The Chromium students are pages of one
#     browser (one context, a host name each, s007.localhost, for their own cookies; CHROMIUM_RENDERERS (2) renderer
#     processes for all; CHROMIUM_ARGS adds flags): the clients cost the machine little enough that the figures are the
#     site's. Requests/s, p50/p95/p99 per operation (the arrival's rows apart), errors, answers acknowledged vs rows
#     stored, the open circuits the server counts during the window (its course.circuits.open gauge, read from its
#     Prometheus port);
#  4. the read path against its peer: nginx serving the very same chapter HTML as static files, both read by the same
#     closed-loop HTTP client (PEER_CLIENTS connections, PEER_SECONDS each); ratio site/nginx.
#
# Usage (from anywhere): bench/classroom-load.sh
# Environment: STUDENTS (200), CIRCUIT_STUDENTS (50), DURATION (60), THINK_MS (1000), RAMP_S (60), ANSWER_THINK_MS (3000), BROWSER_TIMEOUT_S (30), CHROMIUM_RENDERERS (2), MEMORY_PAGES (50),
#   MEMORY_CHAPTER (architecture-noeuds), PEER_CLIENTS (64), PEER_SECONDS (15), PROVIDERS ("Sqlite Postgres"),
#   SOURCE (the repository whose Course.Web is published; default this one: point it at another worktree, e.g. the
#   islands branch, to measure that site with this bench), STEPS (the steps to run among "memory load peer", default
#   all three; step 1, the cold start, always runs, as every step needs the site started: STEPS=memory measures the
#   memory per open page alone, a few minutes per provider instead of the whole run), SKIP_PUBLISH (1: reuse
#   bench/out/classroom-site and bench/out/classroom-driver as they are, e.g. built beforehand through
#   /work/coord/busy.sh, so that a quiet hold only measures).
# Needs: the .NET SDK, /usr/bin/chromium, nginx, sqlite3, the postgresql Debian package. Results: bench/out/classroom-load.md
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_root="$(cd "${SOURCE:-$root}" && pwd)"
students="${STUDENTS:-200}"
circuit_students="${CIRCUIT_STUDENTS:-50}"
duration="${DURATION:-60}"
think_ms="${THINK_MS:-1000}"
ramp_s="${RAMP_S:-60}"
answer_think_ms="${ANSWER_THINK_MS:-3000}"
browser_timeout_s="${BROWSER_TIMEOUT_S:-30}"
memory_pages="${MEMORY_PAGES:-50}"
memory_chapter="${MEMORY_CHAPTER:-architecture-noeuds}"
peer_clients="${PEER_CLIENTS:-64}"
peer_seconds="${PEER_SECONDS:-15}"
providers="${PROVIDERS:-Sqlite Postgres}"
steps=" ${STEPS:-memory load peer} "
out="$root/bench/out"
mkdir -p "$out"
# STEPS names the optional steps: has_step memory, has_step load, has_step peer.
has_step() { [[ "$steps" == *" $1 "* ]]; }

for tool in nginx sqlite3 curl; do
  command -v "$tool" >/dev/null || bash "$root/scripts/install-system-packages.sh" nginx sqlite3 curl
done

. "$root/bench/lib.sh"
find_postgres

work="$(mktemp -d /tmp/classroom-load.XXXXXX)"
chmod 755 "$work"  # nginx workers (nobody) and the postgres user must reach their files inside
site_pid="" nginx_pid="" pg_started=""
stop_site() { if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi; site_pid=""; }
cleanup() {
  stop_site || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$pg_started" ] && as_pg "$PG_BIN/pg_ctl" stop -w -m immediate -D "$work/pg" >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  # The site's log outlives the run: the errors in the tables are explained there.
  [ -f "$work/site.log" ] && cp "$work/site.log" "$out/classroom-load-site.log"
  rm -rf "$work"
}
trap cleanup EXIT

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
site_dir="$out/classroom-site"
if [ "${SKIP_PUBLISH:-}" != 1 ]; then
  echo "== Publishing Course.Web (Release) from $source_root; building the driver" >&2
  rm -rf "$site_dir"
  dotnet publish "$source_root/Course.Web" -c Release -o "$site_dir" --nologo -v quiet >&2
  dotnet build "$root/bench/ClassroomLoad" -c Release -o "$out/classroom-driver" --nologo -v quiet >&2
fi
gcdump="$out/tools/dotnet-gcdump"
[ -x "$gcdump" ] || dotnet tool install --tool-path "$out/tools" dotnet-gcdump --version 10.0.750501 >&2
driver() { dotnet "$out/classroom-driver/ClassroomLoad.dll" "$@"; }

chapters="$(ls "$source_root/Course.Content/Chapters"/*.md | xargs -n1 basename | sed -E 's/^[0-9]+-//; s/\.md$//' | paste -sd,)"
first_chapter="${chapters%%,*}"

# Starts the published site with the given database settings; sets started_ms to the milliseconds from launch to the
# first chapter answered 200 (the process's whole cold start: runtime, host, content loading, migrations, first render).
# The site's Prometheus endpoint is on (its own port): the driver reads the server's open-circuits gauge from it.
start_site() { local port="$1"; shift; start_published_site "$port" CircuitLimits__PermitLimit=100000 Telemetry__PrometheusPort="$metrics_port" "$@"; }

report="$work/report.md"
{
  echo "## Classroom load, steps:$steps(the cold start always), $students students ($circuit_students in Chromium), ${duration} s ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ { print $2 }') GiB RAM; load average before: $load_before."
  if [ "${SKIP_PUBLISH:-}" = 1 ]; then
    site_line="Site: published beforehand in $site_dir (SKIP_PUBLISH=1: not necessarily this checkout's commit)"
  else
    site_line="Site: commit $(git -C "$source_root" rev-parse --short HEAD) ($(git -C "$source_root" rev-parse --abbrev-ref HEAD)), published Release"
  fi
  echo "$site_line, Production. Software: .NET $(dotnet --version), $("$PG_BIN/postgres" --version), $(nginx -v 2>&1), $(/usr/bin/chromium --version 2>/dev/null | head -1)."
  echo "Think time of the HTTP readers: $think_ms ms. Chromium students: opening the course over $ramp_s s before the window (the arrival), $answer_think_ms ms on each question before answering, the next chapter by its link, $browser_timeout_s s before a wait counts as an error. Memory chapter: \`$memory_chapter\`, $memory_pages pages."
  echo
} >"$report"

pg_port=""
rows=() acks=() colds=()
for provider in $providers; do
  echo "== $provider" >&2
  if [ "$provider" = Postgres ]; then
    if [ -z "$pg_started" ]; then
      start_throwaway_postgres "$work/pg" -c max_connections=300
    fi
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U bench course
    db_env=(Database__Provider=Postgres "ConnectionStrings__Course=Host=127.0.0.1;Port=$pg_port;Username=bench;Database=course")
    count_rows() { psql -h 127.0.0.1 -p "$pg_port" -U bench -d course -tAc 'SELECT count(*) FROM "QuizAnswers"'; }
  else
    mkdir -p "$work/sqlite"
    db_env=(Database__Provider=Sqlite "Database__DataDirectory=$work/sqlite")
    count_rows() { sqlite3 "$work/sqlite/course.db" 'SELECT count(*) FROM QuizAnswers'; }
  fi

  port="$(free_port)" metrics_port="$(free_port)"
  start_site "$port" "${db_env[@]}"
  first_ms=$started_ms first_cpu_ms=$started_cpu_ms
  stop_site
  start_site "$port" "${db_env[@]}"
  cold_ms=$started_ms cold_cpu_ms=$started_cpu_ms
  colds+=("| $provider | cold start to the first chapter served (restart on an existing database) | $cold_ms ms (CPU $cold_cpu_ms ms) | ≤ 2000 ms | $(awk -v v="$cold_ms" 'BEGIN { printf "%.2f", v / 2000 }') |"
          "| $provider | first start ever (creates the database, applies the migrations) | $first_ms ms (CPU $first_cpu_ms ms) | | |")
  echo "   cold start $cold_ms ms (first start $first_ms ms)" >&2
  if has_step memory; then
    echo "   measuring memory with $memory_pages pages" >&2
    driver memory "http://127.0.0.1:$port" "$memory_chapter" "$site_pid" "$memory_pages" "$gcdump" "$provider" >"$work/memory-$provider.md"
    cat "$work/memory-$provider.md" >>"$work/memory-rows.md"
  fi

  if has_step load; then
    echo "   load: $students students, $circuit_students in Chromium, $duration s" >&2
    cpu_before="$(cpu_ticks "$site_pid")" load_started_ms="$(now_ms)"
    load_start="$(cut -d' ' -f1 /proc/loadavg)"
    driver load "http://127.0.0.1:$port" "$chapters" "$students" "$circuit_students" "$duration" "$think_ms" "$provider" "$ramp_s" "$answer_think_ms" "$browser_timeout_s" "http://127.0.0.1:$metrics_port/metrics" >"$work/load-$provider.out"
    load_end="$(cut -d' ' -f1 /proc/loadavg)"
    cpu_after="$(cpu_ticks "$site_pid")" load_ms=$(( $(now_ms) - load_started_ms ))
    sleep 2  # answers still committing when the clock stopped were not acknowledged: let them land before counting
    stored="$(count_rows)"
    read -r _ acknowledged _ not_saved _ errors _ answering _ circuits < <(grep '^ACKNOWLEDGED' "$work/load-$provider.out")
    grep '^|' "$work/load-$provider.out" >>"$work/load-rows.md"
    acks+=("| $provider | $acknowledged | $stored | $answering of $circuit_students | $circuits | $not_saved | $errors | $(( (cpu_after - cpu_before) * 100000 / $(getconf CLK_TCK) / load_ms )) % | $load_start → $load_end |")
  fi

  if has_step peer && [ "$provider" = "${providers%% *}" ]; then
    echo "   read path against nginx serving the same chapter HTML" >&2
    mkdir -p "$work/static/chapitres" "$work/nginx"
    for slug in ${chapters//,/ }; do
      curl -s -o "$work/static/chapitres/$slug.html" "http://127.0.0.1:$port/chapitres/$slug"
    done
    chmod -R a+rX "$work/static"
    nginx_port="$(free_port)"
    write_static_nginx_conf "$work/nginx" "$nginx_port" "$work/static"
    nginx_started="$(now_ms)"
    nginx -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
    nginx_pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port/chapitres/$first_chapter")" = 200 ]; do sleep 0.02; done
    nginx_cold=$(( $(now_ms) - nginx_started ))
    colds+=("| peer | nginx started cold to the first chapter served (static file) | $nginx_cold ms | | |")
    driver read "http://127.0.0.1:$port" "$chapters" "$peer_clients" "$peer_seconds" "site" >"$work/peer.md"
    driver read "http://127.0.0.1:$nginx_port" "$chapters" "$peer_clients" "$peer_seconds" "nginx (same HTML, static files)" >>"$work/peer.md"
    kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""
  fi
  stop_site
done

if has_step load; then {
  echo "### Load: requests/s, latency (ms) and errors per operation"
  echo
  echo "Sign-up and sign-in come before the ${duration} s window (8 at a time); their rate is over the window's length. The"
  echo "rows \"<database>, arrival\" are the class arriving before the window: the Chromium students' first page (a page"
  echo "load to its first card interactive) while the HTTP students arrive and read; their rates are over the arrival's length."
  echo
  echo "| database | operation | count | per s | p50 | p95 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  cat "$work/load-rows.md"
  echo
  echo "### Answers acknowledged (« Enregistré » shown) vs rows stored"
  echo
  echo "The Chromium students are pages of one headless Chromium (one browser context, a host name per student, at most"
  echo "${CHROMIUM_RENDERERS:-2} renderer processes); open circuits are the server's own gauge (course.circuits.open)."
  echo
  echo "| database | acknowledged | rows in QuizAnswers | Chromium students with an answer acknowledged | open circuits on the server during the window | « Non enregistré » | errors | site CPU from sign-up to the window's end (100 % = 1 core) | load average start → end |"
  echo "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |"
  printf '%s\n' "${acks[@]}"
  echo
} >>"$report"; fi
if has_step memory; then {
  echo "### Server memory per open chapter page"
  echo
  echo "| database | measure | value | goal | value / goal |"
  echo "| --- | --- | --- | --- | --- |"
  cat "$work/memory-rows.md"
  echo
} >>"$report"; fi
{
  echo "### Cold start"
  echo
  echo "| database | measure | value | goal | value / goal |"
  echo "| --- | --- | --- | --- | --- |"
  printf '%s\n' "${colds[@]}"
  echo
} >>"$report"
if has_step peer; then {
  echo "### Read path against its peer (closed loop, $peer_clients connections, $peer_seconds s each, anonymous)"
  echo
  echo "The peer stands for the cheapest possible read path: the same chapter bytes as files, no application at all."
  echo
  echo "| server | operation | count | per s | p50 | p95 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  cat "$work/peer.md"
  echo
  awk -F'|' 'NR == 1 { site = $5; p95s = $7 } NR == 2 { printf "Ratio site / nginx: %.2f× the requests per second, p95 %.1f× nginx'"'"'s.\n", site / $5, ($7 > 0 ? p95s / $7 : 0) }' "$work/peer.md"
} >>"$report"; fi
cp "$report" "$out/classroom-load.md"
cat "$report"
