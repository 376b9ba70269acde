#!/usr/bin/env bash
# Runs every test on a fresh machine with the .NET 10 SDK: installs and starts what the tests need, builds the whole
# solution (the nanoFramework build of the firmware included), runs each test project, and ends with one line:
# "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-dependencies.sh

results=artifacts/test-results
rm -rf "$results"
dotnet build Waste.sln -c Release -nologo -clp:ErrorsOnly

# One results folder per test project, so their result files can never overwrite each other.
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo --logger trx --results-directory "$results/$name" || status=$?
done

scripts/test-summary.sh "$results"
exit "$status"
