#!/usr/bin/env bash
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
#
# Run every libFuzzer target for a bounded time.
#
#   CC=clang meson setup build-fuzz -Dfuzz=true && meson compile -C build-fuzz
#   scripts/fuzz.sh build-fuzz [SECONDS_EACH]      (default 60)
#
# Each target starts from its committed seeds (fuzz/corpus/<target>, read
# only) and the shared dictionary; what it finds new goes to a scratch
# corpus. A broken property or a sanitizer report stops the run: the input
# is saved as fuzz/crash-<target>-* and the script fails. The last line per
# target is libFuzzer's count of executions.
set -euo pipefail

build=${1:?usage: scripts/fuzz.sh BUILD_DIR [SECONDS_EACH]}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failed=0
for fuzzer in "$build"/fuzz/fuzz-*; do
    [ -x "$fuzzer" ] && [ -f "$fuzzer" ] || continue
    target=${fuzzer##*/fuzz-}
    case "$target" in replay-*) continue ;; esac
    mkdir -p "$scratch/$target"
    log=$scratch/$target.log
    if "$fuzzer" "$scratch/$target" "$root/fuzz/corpus/$target" \
            -dict="$root/fuzz/chatlink.dict" -max_total_time="$seconds" -max_len=4096 \
            -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$root/fuzz/crash-$target-" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
        printf '%-16s %12s executions in %ss, %s, corpus %s inputs\n' "$target" "$execs" \
            "$seconds" "$cov" "$(ls "$scratch/$target" | wc -l)"
    else
        echo "FAIL: $target"
        grep -E 'fuzz property broken|ERROR: (Address|Undefined|libFuzzer)|runtime error|SUMMARY|Test unit written' "$log" | head -20
        failed=1
    fi
done
exit "$failed"
