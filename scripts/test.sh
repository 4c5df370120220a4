#!/usr/bin/env bash
# The one test command: installs the system packages the tests need (only those missing), builds and runs
# the whole suite, and ends with the line `N passed, N failed, N skipped` read from the TRX results.
# Exits non-zero when the build fails, a test fails, or no test ran.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Servers the tests start themselves (on free loopback ports), browser, fonts so screenshots show text.
bash scripts/install-system-packages.sh \
  chromium fonts-dejavu-core \
  postgresql redis-server \
  nginx wrk \
  || { echo "Installing system packages failed."; echo "0 passed, 0 failed, 0 skipped"; exit 1; }

if ! command -v dotnet >/dev/null; then
  echo "dotnet is not on PATH: this machine needs the .NET 10 SDK."
  echo "0 passed, 0 failed, 0 skipped"
  exit 1
fi

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

results="$root/TestResults"
rm -rf "$results"

# A test stuck for 5 minutes is killed (and reported) instead of holding CI until its time runs out.
dotnet test Course.sln -c Release \
  --logger "trx;LogFileName=results.trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results" \
  --blame-hang-timeout 5min --blame-hang-dump-type none
test_exit=$?

# Build servers would outlive the run; nothing needs them afterwards.
dotnet build-server shutdown >/dev/null 2>&1 || true

passed=0 failed=0 skipped=0
shopt -s nullglob globstar
trx_files=("$results"/**/*.trx)
for trx in "${trx_files[@]}"; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(count passed)))
  # Errors, timeouts and aborted tests are failures too.
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count notExecuted)))
done

status=0
if [ "$test_exit" -ne 0 ]; then
  echo "dotnet test exited with code $test_exit (build failure, failed test or crashed test host)."
  status=1
fi
if [ ${#trx_files[@]} -eq 0 ]; then
  echo "No TRX results under $results: the suite did not run."
  status=1
elif [ $((passed + failed + skipped)) -eq 0 ]; then
  echo "No test ran."
  status=1
fi
if [ "$failed" -ne 0 ]; then
  status=1
  # Named again here, at the end, where a log cut to its head and tail still shows them (.ci/run repeats the list).
  python3 scripts/list-failed-tests.py "${trx_files[@]}" | tee "$results/failed-tests.txt"
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
