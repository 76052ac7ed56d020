#!/bin/sh
# Installs the Debian packages (and, for tests, the npm packages) that are
# missing. Usage: install-deps.sh build|test. Safe to run again: it only
# calls apt-get when a package is absent.
set -eu
cd "$(dirname "$0")/.."

build_packages="cmake g++ make pkg-config gettext tzdata
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libsodium-dev libctemplate-dev libcmark-gfm-dev
  libcmark-gfm-extensions-dev libhowardhinnant-date-dev libcli11-dev
  libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev"
test_packages="sqlite3 nodejs npm chromium wrk curl procps"

wanted="$build_packages"
[ "${1:-build}" = test ] && wanted="$build_packages $test_packages"

missing=""
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
    || missing="$missing $package"
done

if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  sudo_prefix=""
  [ "$(id -u)" -ne 0 ] && sudo_prefix="sudo"
  $sudo_prefix apt-get update -qq
  # --no-remove: Boost 1.81 conflicts with the default 1.74 dev packages;
  # fail loudly rather than remove something the machine relies on.
  DEBIAN_FRONTEND=noninteractive $sudo_prefix apt-get install -y -qq --no-remove $missing
fi

if [ "${1:-build}" = test ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "Installing npm packages for the browser tests"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
