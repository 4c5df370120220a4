#!/usr/bin/env bash
# Adds a migration named $1 for both database providers, each in its own folder (docs/data.md).
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project Course.Web --context "${provider}CourseDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "Course.Web.Data.Migrations.$provider"
done
# The tools put model snapshots in a folder derived from the namespace; keep them beside their migrations.
if [ -d Course.Web/Course/Web/Data/Migrations ]; then
  for provider in Sqlite Postgres; do
    mv Course.Web/Course/Web/Data/Migrations/$provider/*.cs "Course.Web/Data/Migrations/$provider/" 2>/dev/null || true
  done
  rm -rf Course.Web/Course
fi
rm -f Course.Web/design-time.db*
# The site loads each provider's compiled model (cold start, docs/architecture.md): regenerate them for the new model.
"$root/scripts/optimize-model.sh"
