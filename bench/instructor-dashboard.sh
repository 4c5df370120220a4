#!/usr/bin/env bash
# Instructor dashboard: seeds a cohort of N students × every question × 1-3 attempts (plus chapter progress), then
# measures, on SQLite and on a throwaway PostgreSQL in the same run: the server time to build the dashboard
# (CohortDashboardLoader: 3 set-based queries + the pure statistics) against the naive N+1 peer, the two CSV exports,
# the p95 time to persist one answer through AnswerRecorder with 50 concurrent students, and the live push delay.
#
# Usage (from the repository root): bench/instructor-dashboard.sh [students=500] [concurrent=50]
# Needs: the postgresql Debian package, the .NET SDK. Results: bench/out/instructor-dashboard.md
set -euo pipefail

cd "$(dirname "$0")/.."
STUDENTS="${1:-500}"
CONCURRENT="${2:-50}"
OUT=bench/out
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/instructor-bench-XXXXXX)
chmod 755 "$WORK"  # the postgres system user must reach its data folder inside
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$PG_BIN/initdb" ]] || { echo "missing PostgreSQL: apt-get install postgresql" >&2; exit 1; }

# PostgreSQL refuses to run as root: the cluster then belongs to the postgres system user, as in the test fixture.
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$PG_BIN/pg_ctl" stop -w -m immediate -D "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PG_PORT=$(shuf -i 20000-60000 -n 1)
mkdir -p "$WORK/pg" "$WORK/sqlite"
[[ $(id -u) == 0 ]] && chown -R postgres:postgres "$WORK/pg"
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
# Default durability (fsync on), as a real deployment runs it: the answer figure includes the commit's flush.
as_pg "$PG_BIN/pg_ctl" start -w -D "$WORK/pg" -l "$WORK/pg/log" \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U bench course

dotnet build bench/InstructorDashboard -c Release -o "$OUT/instructor-driver" --nologo -v quiet >/dev/null

{
  echo "## Instructor dashboard, $STUDENTS students, $CONCURRENT concurrent answerers ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Software: .NET $(dotnet --version), $("$PG_BIN/postgres" --version), SQLite (Microsoft.Data.Sqlite, WAL), commit $(git rev-parse --short HEAD)."
  echo
  echo "| database | measure | value | goal | value / goal |"
  echo "| --- | --- | --- | --- | --- |"
  dotnet "$OUT/instructor-driver/InstructorDashboardBench.dll" Sqlite "$WORK/sqlite" "$STUDENTS" "$CONCURRENT"
  dotnet "$OUT/instructor-driver/InstructorDashboardBench.dll" Postgres \
    "Host=127.0.0.1;Port=$PG_PORT;Username=bench;Database=course" "$STUDENTS" "$CONCURRENT"
} | tee "$OUT/instructor-dashboard.md"
