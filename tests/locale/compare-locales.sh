#!/usr/bin/env bash
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
#
# libchatlink gives the same answers whatever the locale: the transcript
# (transcript.c) under C.UTF-8, tr_TR.UTF-8 and fr_FR.UTF-8 must be
# byte-identical. A missing locale skips (77), unless CHATLINK_REQUIRE_ALL=1;
# `localedef -i tr_TR -f UTF-8 tr_TR.UTF-8` (Debian package locales) makes one.
#
# Usage: compare-locales.sh TRANSCRIPT_PROGRAM
set -uo pipefail

program=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

LC_ALL=C "$program" >"$scratch/C" || { echo "FAIL: transcript under C"; exit 1; }
lines=$(wc -l <"$scratch/C")
for locale in C.UTF-8 tr_TR.UTF-8 fr_FR.UTF-8; do
    LC_ALL=$locale "$program" >"$scratch/$locale"
    status=$?
    if [ "$status" -eq 77 ]; then
        if [ "${CHATLINK_REQUIRE_ALL:-}" = 1 ]; then
            echo "FAIL: locale $locale is not available (CHATLINK_REQUIRE_ALL=1)"; exit 1
        fi
        echo "SKIP: locale $locale is not available (localedef -i ${locale%.*} -f UTF-8 $locale)"
        exit 77
    fi
    [ "$status" -eq 0 ] || { echo "FAIL: transcript under $locale exited $status"; exit 1; }
    if ! diff -u "$scratch/C" "$scratch/$locale" >"$scratch/diff"; then
        echo "FAIL: answers under $locale differ from those under C:"
        head -40 "$scratch/diff"
        exit 1
    fi
    echo "ok: $lines answers under $locale identical to those under C"
done
