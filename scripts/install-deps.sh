#!/bin/sh
# Install the Debian packages that libchatlink needs, when they are missing.
#
#   scripts/install-deps.sh        build, CLI, docs and the whole test suite: gcc, meson,
#                                  Check, Doxygen, and what the ABI, example and man-page
#                                  tests run (abigail-tools, cmake, php-cli with FFI, groff)
#   scripts/install-deps.sh --ci   also what CI adds: clang and its sanitizer and libFuzzer
#                                  runtimes, valgrind, gcovr, the locales, Node.js and npm
#                                  (differential and round-trip tests), and the benchmark's peers
#   scripts/install-deps.sh --bench  also what the benchmarks compare with: libphonenumber,
#                                  curl, GLib, uriparser
#
# A need counts as met when its command already works (a meson from pip, a
# compiler built by hand), so apt-get runs only for what is really missing,
# through sudo when not root.
set -eu

# PACKAGE:KIND:WHAT, where KIND:WHAT tells that it is there: a command, a
# pkg-config module, a file (or a glob of files) or a PHP class. dpkg-dev is there for dpkg-architecture:
# without it meson cannot find Debian's multiarch libdir and `meson install`
# puts the library and chatlink.pc in lib64/, where neither the loader nor
# pkg-config looks.
needs="meson:cmd:meson ninja-build:cmd:ninja pkg-config:cmd:pkg-config gcc:cmd:gcc
g++:cmd:g++ libc6-dev:file:/usr/include/stdio.h check:pc:check python3:cmd:python3 make:cmd:make
dpkg-dev:cmd:dpkg-architecture abigail-tools:cmd:abidiff doxygen:cmd:doxygen cmake:cmd:cmake
php-cli:cmd:php php-xml:php:DOMDocument groff-base:cmd:groff man-db:cmd:man"
bench_needs="libphonenumber-dev:file:/usr/include/phonenumbers/phonenumberutil.h
libcurl4-openssl-dev:pc:libcurl libglib2.0-dev:pc:glib-2.0 liburiparser-dev:pc:liburiparser"
case "${1:-}" in
    --ci) needs="$needs clang:cmd:clang libclang-rt-14-dev:glob:/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a
            valgrind:cmd:valgrind gcovr:cmd:gcovr locales:file:/usr/share/i18n/locales/tr_TR
            nodejs:cmd:node npm:cmd:npm $bench_needs" ;;
    --bench) needs="$needs $bench_needs" ;;
    "") ;;
    *) echo "usage: $0 [--ci | --bench]" >&2; exit 2 ;;
esac

present() {
    case "$1" in
        cmd) command -v "$2" >/dev/null 2>&1 ;;
        pc) command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$2" ;;
        file) [ -e "$2" ] ;;
        # shellcheck disable=SC2086
        glob) [ -n "$(ls $2 2>/dev/null)" ] ;;
        php) command -v php >/dev/null 2>&1 && php -r "exit(class_exists('$2') ? 0 : 1);" ;;
    esac
}

missing=""
for need in $needs; do
    package=${need%%:*}
    how=${need#*:}
    if ! present "${how%%:*}" "${how#*:}"; then
        missing="$missing $package"
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
# $missing is a list of package names: split on purpose.
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
