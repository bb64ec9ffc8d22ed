#!/usr/bin/env bash
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
#
# libchatlink vendored, both ways docs/vendoring.md describes:
#   1. examples/meson-subproject, built as its users would: a copy of the
#      example with this source tree as subprojects/libchatlink, configured
#      so that no installed libchatlink can be found (the fallback must be
#      used), built and run;
#   2. copied sources: include/ and lib/ compiled straight into a program
#      (examples/c-pkgconfig/main.c) with the C compiler, C11, no build system.
#
# Usage: vendored.sh SOURCE_ROOT
set -euo pipefail

source_root=$(cd "$1" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cp -r "$source_root/examples/meson-subproject" "$scratch/project"
ln -s "$source_root" "$scratch/project/subprojects/libchatlink"

# An empty pkg-config path: an installed chatlink.pc must not be picked up.
if ! PKG_CONFIG_LIBDIR=$scratch/none meson setup "$scratch/build" "$scratch/project" \
        >"$scratch/setup.log" 2>&1; then
    cat "$scratch/setup.log"
    echo "FAIL: meson setup of the subproject example"
    exit 1
fi
if [ ! -d "$scratch/build/subprojects/libchatlink" ]; then
    cat "$scratch/setup.log"
    echo "FAIL: the example did not take libchatlink from the subproject"
    exit 1
fi
meson compile -C "$scratch/build" >"$scratch/compile.log" 2>&1 || {
    cat "$scratch/compile.log"; echo "FAIL: meson compile of the subproject example"; exit 1; }

if readelf -d "$scratch/build/greeting-link" | grep -q 'NEEDED.*libchatlink'; then
    echo "FAIL: the example links libchatlink.so; the subproject is meant to be static"
    exit 1
fi
got=$("$scratch/build/greeting-link" | head -1)
expected='https://wa.me/442079460958?text=Hello%2C%20Gr%C3%BC%C3%9F%20Gott%2C%20%E4%BD%A0%E5%A5%BD%20%26%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%F0%9F%91%8B'
if [ "$got" != "$expected" ]; then
    echo "FAIL: greeting-link printed"
    echo "  $got"
    echo "expected"
    echo "  $expected"
    exit 1
fi
echo "ok: the meson subproject example builds libchatlink statically from source and prints"
echo "  $got"

# --- copied sources -----------------------------------------------------------
mkdir "$scratch/copied"
cp -r "$source_root/include" "$source_root/lib" "$scratch/copied/"
${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -I"$scratch/copied/include" \
    "$scratch/copied/lib/"*.c "$source_root/examples/c-pkgconfig/main.c" -o "$scratch/copied/app"
got=$("$scratch/copied/app")
if [ "$got" != 'https://wa.me/31613558270?text=Hallo%21' ]; then
    echo "FAIL: the program built from copied sources printed '$got'"
    exit 1
fi
echo "ok: copied sources (include/, lib/*.c) compile as C11 into a program that prints $got"
