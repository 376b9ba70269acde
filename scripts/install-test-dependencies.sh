#!/usr/bin/env bash
# Installs what the tests use, only what is missing, so a warm machine skips the work: Debian packages (needs root,
# as CI runs, or sudo), then the npm tools the tests start. Debian 12 package names.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

# redis-server: the storage contract tests start their own private server (tests/Waste.Storage.Tests).
# chromium: the web tests drive Debian's Chromium with Playwright (tests/Waste.Web.Tests), never a downloaded browser;
# fonts-dejavu-core gives its screenshots Vietnamese letters.
# mosquitto: the external-broker tests start their own private broker, with its dynamic-security plugin
# (tests/Waste.Broker.Tests); the package's own service, where the machine starts one, is not used.
# sqlite3: the storage damage tests run docs/deployment.md's backup and recovery commands (tests/Waste.Storage.Tests).
packages=(redis-server chromium fonts-dejavu-core mosquitto sqlite3)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
# Node.js and npm run the Cosmos DB test server and Azurite. Checked as commands, not packages: a machine may have
# them from another source (NodeSource's nodejs carries its own npm, and Debian's npm package would conflict with it).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The npm test servers, exactly as their lock files pin them; each reinstalled only when its lock file changed:
# the Cosmos DB-compatible server (tests/Waste.Storage.Tests, tests/Waste.Reports.Tests) and Azurite, whose Table
# service holds the Azure Storage clustering tests' membership table (tests/Waste.Cluster.Tests).
for tool in cosmosdb-server azurite; do
  folder="$root/tools/$tool"
  if ! cmp -s "$folder/package-lock.json" "$folder/node_modules/.installed-package-lock.json"; then
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$folder/package-lock.json" "$folder/node_modules/.installed-package-lock.json"
  fi
done
