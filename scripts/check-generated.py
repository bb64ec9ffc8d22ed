#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Check that a committed generated file is what its generator makes now.

Usage: check-generated.py PYTHON GENERATOR INPUT... COMMITTED_OUTPUT

Runs `PYTHON GENERATOR INPUT... TEMPFILE` and compares TEMPFILE with
COMMITTED_OUTPUT byte for byte.
"""

import difflib
import os
import subprocess
import sys
import tempfile


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    python, generator, *inputs, committed = argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, os.path.basename(committed))
        subprocess.run([python, generator, *inputs, fresh], check=True)
        with open(fresh, encoding="utf-8") as f:
            new = f.read()
    with open(committed, encoding="utf-8") as f:
        old = f.read()
    if new == old:
        print(f"{committed} is up to date")
        return 0
    sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                               committed, "regenerated", n=1))
    print(f"FAIL: {committed} differs from what {generator} makes; run scripts/update-phone-metadata.sh")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
