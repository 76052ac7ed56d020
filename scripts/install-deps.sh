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
  libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev
  liboath-dev libqrencode-dev
  libxlsxwriter-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core"
# Tools the tests run, as command:package. They are checked by command, not by
# package name: a machine may already have Node.js from another source, and
# Debian's npm package would then conflict with it.
test_tools="sqlite3:sqlite3 node:nodejs npm:npm chromium:chromium wrk:wrk curl:curl
  pdftoppm:poppler-utils"

missing=""
for package in $build_packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
    || missing="$missing $package"
done
if [ "${1:-build}" = test ]; then
  for pair in $test_tools; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair##*:}"
  done
fi

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
