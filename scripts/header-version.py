#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Print the version that include/chatlink.h declares, e.g. "1.0.0".

The header's CHATLINK_VERSION_MAJOR/MINOR/MICRO are the one place the version
is written; meson.build reads it from there through this script.
"""

import re
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    parts = []
    for name in ("MAJOR", "MINOR", "MICRO"):
        m = re.search(rf"^#define CHATLINK_VERSION_{name} (\d+)$", text, re.MULTILINE)
        if not m:
            sys.stderr.write(f"{path}: no CHATLINK_VERSION_{name}\n")
            return 1
        parts.append(m.group(1))
    print(".".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "include/chatlink.h"))
