#!/usr/bin/env bash
# What an open chapter page costs the server, and of what (issue 16, "Load": goal <= 150 KB per circuit). Publishes
# the site (Release, Production, as classroom-load.sh), starts it on a fresh SQLite file, opens one chapter page in
# headless Chromium at the chapter's first quiz card, then PAGES more, each a rendered page (unlike circuit-memory.sh's
# background tabs, the islands near the viewport attach as for a reader). Prints the live heap per page
# (dotnet-gcdump, the figure classroom-load.sh judges) and, from two heap dumps read with ClrMD, the types that grew
# per page and what each circuit alone keeps alive.
#
# Usage: bench/circuit-weight.sh
# Environment: PAGES (20), CHAPTER (architecture-noeuds, the classroom-load memory chapter), TYPES (30), FRAMES (a
#   component type name: list the frames of one instance's render tree),
#   SOURCE (a worktree to publish the site from; default this one: point it at another to compare two commits).
# Opens more than 5 Chromium pages: run it under `flock /work/coord/heavy.lock`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_root="$(cd "${SOURCE:-$root}" && pwd)"
pages="${PAGES:-20}"
chapter="${CHAPTER:-architecture-noeuds}"
types="${TYPES:-30}"
out="$root/bench/out"
. "$root/bench/lib.sh"

work="$(mktemp -d /tmp/course-circuit-weight.XXXXXX)"
site_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

site_dir="$out/circuit-weight-site-$(basename "$source_root")"
echo "== Publishing Course.Web (Release) from $source_root; building the driver" >&2
[ -n "${NO_PUBLISH:-}" ] || rm -rf "$site_dir"
[ -n "${NO_PUBLISH:-}" ] || dotnet publish "$source_root/Course.Web" -c Release -o "$site_dir" --nologo -v quiet >&2
dotnet build "$root/bench/CircuitWeight" -c Release -o "$out/circuit-weight-driver" --nologo -v quiet >&2
gcdump="$out/tools/dotnet-gcdump"
[ -x "$gcdump" ] || dotnet tool install --tool-path "$out/tools" dotnet-gcdump --version 10.0.750501 >&2

first_chapter="$chapter"
port="$(free_port)"
mkdir -p "$work/sqlite"
start_published_site "$port" Database__Provider=Sqlite "Database__DataDirectory=$work/sqlite"

echo "## Circuit weight, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "Site: commit $(git -C "$source_root" rev-parse --short HEAD) ($(git -C "$source_root" rev-parse --abbrev-ref HEAD)), published Release, Production, SQLite. Machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
dotnet "$out/circuit-weight-driver/CircuitWeight.dll" "http://127.0.0.1:$port" "$chapter" "$site_pid" "$pages" "$gcdump" "$work" "$types"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
