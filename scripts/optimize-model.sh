#!/usr/bin/env bash
# Regenerates EF Core's compiled model of each provider (Course.Web/Data/CompiledModels/<provider>) from the current
# model. The site loads it instead of building the model at every start (docs/architecture.md, "Start-up sequence");
# CompiledModelTests fails while it is out of date. scripts/add-migration.sh runs this after adding a migration.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
built=""
for provider in Sqlite Postgres; do
  rm -rf "Course.Web/Data/CompiledModels/$provider"
  # The project is built once; the second provider reuses that build.
  dotnet ef dbcontext optimize --project Course.Web --configuration Release $built --context "${provider}CourseDbContext" \
    --output-dir "Data/CompiledModels/$provider" --namespace "Course.Web.Data.CompiledModels.$provider"
  built="--no-build"
done
rm -f Course.Web/design-time.db*
