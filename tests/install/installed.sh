#!/usr/bin/env bash
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
#
# libchatlink as installed: `meson install --destdir` into a scratch
# directory, then
#   1. the layout: exactly the files a Debian -dev package (plus the CLI's
#      package) would ship, where Debian puts them, symlinks and soname right;
#   2. examples/c-pkgconfig: built with pkg-config, shared and --static, run;
#   3. examples/cmake: pkg_check_modules(... IMPORTED_TARGET chatlink), run;
#   4. the installed CLI and its man page.
# Each program's output is compared with what it must print.
#
# Usage: installed.sh SOURCE_ROOT BUILD_ROOT PREFIX
# Exit status 77 (skipped) when make, cmake or a C compiler is missing,
# unless CHATLINK_REQUIRE_ALL=1.
set -euo pipefail

source_root=$1 build_root=$2 prefix=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

for tool in make cmake cc pkg-config readelf; do
    if ! command -v "$tool" >/dev/null; then
        if [ "${CHATLINK_REQUIRE_ALL:-}" = 1 ]; then
            echo "FAIL: $tool not found (CHATLINK_REQUIRE_ALL=1)"; exit 1
        fi
        echo "SKIP: $tool not found (scripts/install-deps.sh installs it)"; exit 77
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
destdir=$scratch/root
meson install -C "$build_root" --no-rebuild --quiet --destdir "$destdir" >/dev/null

# --- 1. layout --------------------------------------------------------------
if command -v dpkg-architecture >/dev/null; then
    multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
else
    multiarch=$(cc -print-multiarch)
fi
root=$destdir$prefix
libdir=$prefix/lib/$multiarch
version=$(sed -n 's/^Version: //p' "$build_root/lib/chatlink.pc")
expected="bin/chatlink
include/chatlink.h
lib/$multiarch/libchatlink.a
lib/$multiarch/libchatlink.so
lib/$multiarch/libchatlink.so.1
lib/$multiarch/libchatlink.so.$version
lib/$multiarch/pkgconfig/chatlink.pc
share/man/man1/chatlink.1"
installed=$(cd "$root" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
if [ "$installed" = "$expected" ]; then
    ok "installed files are exactly the expected $(echo "$expected" | wc -l)"
else
    fail "installed files differ from what a Debian package ships (- expected, + installed):"
    diff <(echo "$expected") <(echo "$installed") | sed -n 's/^[<>]/  &/p' | tr '<>' '-+'
fi
if [ -n "$(cd "$destdir" && find . -type f -o -type l | grep -v "^\.$prefix/")" ]; then
    fail "files installed outside $prefix"
fi

link_target() { readlink "$root/lib/$multiarch/$1" || echo "(not a symlink)"; }
[ "$(link_target libchatlink.so)" = libchatlink.so.1 ] ||
    fail "libchatlink.so -> $(link_target libchatlink.so), not libchatlink.so.1"
[ "$(link_target libchatlink.so.1)" = "libchatlink.so.$version" ] ||
    fail "libchatlink.so.1 -> $(link_target libchatlink.so.1), not libchatlink.so.$version"
soname=$(readelf -d "$root/lib/$multiarch/libchatlink.so.$version" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = libchatlink.so.1 ] || fail "soname is '$soname'"
if readelf -d "$root/bin/chatlink" | grep -qE 'R(UN)?PATH'; then
    fail "the installed CLI keeps an rpath: $(readelf -d "$root/bin/chatlink" | grep -E 'R(UN)?PATH')"
fi
pc=$root/lib/$multiarch/pkgconfig/chatlink.pc
for line in "prefix=$prefix" "libdir=$libdir" "includedir=$prefix/include" "Version: $version"; do
    grep -qxF "$line" "$pc" || fail "chatlink.pc lacks the line '$line'"
done
if grep -qE '@[A-Z_]+@' "$root/share/man/man1/chatlink.1"; then
    fail "the installed man page has an unconfigured @...@ placeholder"
fi
[ "$failures" -eq 0 ] && ok "symlinks, soname, no rpath, chatlink.pc and the man page"

# --- 2. and 3. the examples, against the installed tree -----------------------
# pkg-config reads the .pc in the scratch tree; the sysroot makes its -I and
# -L point into it too, as if the files were in $prefix.
export PKG_CONFIG_PATH=$root/lib/$multiarch/pkgconfig PKG_CONFIG_SYSROOT_DIR=$destdir
if [ -n "${INSTRUMENT_FLAGS:-}" ]; then
    export CFLAGS="-O2 -Wall -Wextra $INSTRUMENT_FLAGS" LDFLAGS="$INSTRUMENT_FLAGS"
fi
export LD_LIBRARY_PATH=$destdir$libdir
expected_link='https://wa.me/31613558270?text=Hallo%21'

cp -r "$source_root/examples/c-pkgconfig" "$scratch/c-pkgconfig"
make -s -C "$scratch/c-pkgconfig" >/dev/null
got=$("$scratch/c-pkgconfig/whatsapp-link")
[ "$got" = "$expected_link" ] && ok "c-pkgconfig (shared) prints $got" ||
    fail "c-pkgconfig (shared) printed '$got'"
if ! readelf -d "$scratch/c-pkgconfig/whatsapp-link" | grep -q 'NEEDED.*libchatlink.so.1'; then
    fail "c-pkgconfig (shared) does not need libchatlink.so.1"
fi
make -s -C "$scratch/c-pkgconfig" clean
make -s -C "$scratch/c-pkgconfig" STATIC=1 >/dev/null
if readelf -d "$scratch/c-pkgconfig/whatsapp-link" | grep -q 'NEEDED.*libchatlink'; then
    fail "c-pkgconfig (static) still needs libchatlink.so"
fi
got=$(env -u LD_LIBRARY_PATH "$scratch/c-pkgconfig/whatsapp-link")
[ "$got" = "$expected_link" ] && ok "c-pkgconfig (static) prints $got" ||
    fail "c-pkgconfig (static) printed '$got'"

cmake -S "$source_root/examples/cmake" -B "$scratch/cmake" >"$scratch/cmake.log" 2>&1 &&
    cmake --build "$scratch/cmake" >>"$scratch/cmake.log" 2>&1 ||
    { cat "$scratch/cmake.log"; fail "the cmake example did not build"; }
if [ -x "$scratch/cmake/contact-links" ]; then
    if diff -u "$source_root/examples/cmake/expected-output.txt" <("$scratch/cmake/contact-links"); then
        ok "cmake example prints its expected output"
    else
        fail "cmake example output differs (above)"
    fi
fi

# --- 4. the installed CLI ------------------------------------------------------
got=$("$root/bin/chatlink" whatsapp '+31 6 1355 8270' 'Hallo!')
[ "$got" = "$expected_link" ] && ok "installed chatlink prints $got" ||
    fail "installed chatlink printed '$got'"
if command -v man >/dev/null; then
    if MANPATH=$root/share/man man -w chatlink | grep -q "^$root/share/man/man1/chatlink.1"; then
        ok "man finds chatlink(1) in the installed tree"
    else
        fail "man does not find chatlink(1) under $root/share/man"
    fi
fi

echo "$failures failures"
[ "$failures" -eq 0 ]
