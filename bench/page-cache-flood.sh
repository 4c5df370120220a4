#!/usr/bin/env bash
# Page-cache flood: what a hostile client's casings, trailing slashes and query strings cost the process's memory.
# Publishes the site (Production), warms every canonical page in both themes, then sends 511 casings of /chapitres/ × every chapter
# × 2 themes plus trailing-slash and query-string forms (curl --parallel, 8 at a time), and prints the process's RSS
# before, right after and 10 s after the flood, with the status codes seen. With a git ref as argument, the same
# flood is sent to that version too, in the same run (e.g. `bench/page-cache-flood.sh main~8` for the code before
# the hardening), and the ratio of RSS growth is printed.
#
# Usage: bench/page-cache-flood.sh [BASELINE_REF]      Environment: CASINGS (511, the most there are).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
baseline_ref="${1:-}"
casings="${CASINGS:-511}"

bash "$root/scripts/install-system-packages.sh" curl python3

. "$root/bench/lib.sh"
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

work="$(mktemp -d /tmp/course-flood.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$baseline_ref" ] && git -C "$root" worktree remove --force "$work/baseline-src" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

slugs="$(sed -n 's/^slug:[[:space:]]*//p' "$root"/Course.Content/Chapters/*.md | tr -d '"'"'"'\r')"
[ -n "$slugs" ] || { echo "no chapter slugs found"; exit 1; }

# One curl config per theme: every hostile form of every chapter.
python3 - "$work" "$casings" $slugs <<'PY'
import random, sys
work, casings, slugs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rng = random.Random(8)
for theme in ("light", "dark"):
    with open(f"{work}/flood-{theme}.curl", "w") as f:
        for slug in slugs:
            forms = {f"/chapitres/{slug}/", f"/chapitres/{slug}?v={theme}"}
            # The router matches "chapitres" in any case and the slug exactly: 2^9 casings of the segment, all 200.
            for n in rng.sample(range(1, 2 ** len("chapitres")), min(casings, 2 ** len("chapitres") - 1)):
                segment = "".join(c.upper() if n >> i & 1 else c for i, c in enumerate("chapitres"))
                forms.add(f"/{segment}/{slug}")
            for path in sorted(forms):
                f.write(f'url = "BASE{path}"\noutput = "/dev/null"\n')
PY

publish() { # publish SOURCE_DIR OUT_DIR
  dotnet publish "$1/Course.Web" -c Release -o "$2" --nologo -v quiet
}

flood() { # flood NAME PUBLISH_DIR
  local name="$1" dir="$2" port pid
  port="$(free_port)"
  (cd "$dir" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    exec dotnet Course.Web.dll >"$work/$name.log" 2>&1) &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
  for slug in $slugs; do
    curl -s -o /dev/null "http://127.0.0.1:$port/chapitres/$slug"
    curl -s -o /dev/null -H "Cookie: course-theme=dark" "http://127.0.0.1:$port/chapitres/$slug"
  done
  sleep 2
  local before start seconds after later codes
  before="$(rss_mb "$pid")"
  start="$(date +%s.%N)"
  codes="$( { sed "s#BASE#http://127.0.0.1:$port#" "$work/flood-light.curl" \
                | curl -s --no-progress-meter --parallel --parallel-max 8 -K - -w '%{http_code}\n';
              sed "s#BASE#http://127.0.0.1:$port#" "$work/flood-dark.curl" \
                | curl -s --no-progress-meter --parallel --parallel-max 8 -H "Cookie: course-theme=dark" -K - -w '%{http_code}\n'; } \
            | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')"
  seconds="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')"
  after="$(rss_mb "$pid")"
  sleep 10
  later="$(rss_mb "$pid")"
  local requests
  requests="$(grep -c '^url' "$work/flood-light.curl" "$work/flood-dark.curl" | awk -F: '{ n += $2 } END { print n }')"
  printf '%-10s %8s %6ss %12s %12s %14s   %s\n' "$name" "$requests" "$seconds" "$before" "$after" "$later" "$codes"
  eval "${name}_growth=$((later - before))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "== Publishing Course.Web ($(git -C "$root" rev-parse --short HEAD))"
publish "$root" "$work/site"
if [ -n "$baseline_ref" ]; then
  echo "== Publishing the baseline $baseline_ref"
  git -C "$root" worktree add --detach "$work/baseline-src" "$baseline_ref" >/dev/null 2>&1
  publish "$work/baseline-src" "$work/baseline"
fi

echo "== Flood: $casings casings + trailing slash + query string × each chapter × 2 themes, curl --parallel 8"
printf '%-10s %8s %7s %12s %12s %14s   %s\n' "version" "requests" "time" "RSS before" "RSS after" "RSS after 10s" "status codes"
flood site "$work/site"
if [ -n "$baseline_ref" ]; then
  flood baseline "$work/baseline"
  awk -v s="$site_growth" -v b="$baseline_growth" 'BEGIN { printf "RSS growth (MB): site %d, baseline %d\n", s, b }'
fi
echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); commit $(git -C "$root" rev-parse --short HEAD)"
