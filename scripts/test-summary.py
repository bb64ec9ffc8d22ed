#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Add up meson's test logs (every testlog*.json: plain, valgrind and locale
runs) into one closing line: "N passed, N failed".

Usage: test-summary.py BUILD_DIR...
"""

import glob
import json
import os
import sys


def results(build_dirs):
    """Every test result in the builds' logs."""
    for d in build_dirs:
        for path in sorted(glob.glob(os.path.join(d, "meson-logs", "testlog*.json"))):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    yield json.loads(line)["result"]


def main(build_dirs):
    passed = failed = skipped = 0
    for result in results(build_dirs):
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
    print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
