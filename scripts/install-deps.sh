#!/bin/sh
# Install the Debian packages that libchatlink needs, when they are missing.
#
#   scripts/install-deps.sh        build, test suite and CLI (gcc, meson, Check)
#   scripts/install-deps.sh --ci   also what CI uses: clang, valgrind, node and npm
#
# Runs apt-get (through sudo when not root) only if something is missing.
set -eu

packages="meson ninja-build pkg-config gcc g++ libc6-dev check python3 make"
if [ "${1:-}" = "--ci" ]; then
    packages="$packages clang valgrind npm"
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--ci]" >&2
    exit 2
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing$missing"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
