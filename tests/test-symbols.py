#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""The ABI surface, checked on the built libraries.

- The shared library exports exactly the symbols lib/chatlink.map lists,
  each bound to its version node, and nothing else; and those are exactly
  the functions include/chatlink.h declares with CHATLINK_EXPORT.
- Its soname is libchatlink.so.<major>.
- The static library defines no global symbol outside the chatlink_ (API)
  and clk_ (internal) prefixes, so it cannot clash with its users' names.

Usage: test-symbols.py HEADER MAP_FILE SHARED_LIB STATIC_LIB
"""

import re
import subprocess
import sys


def map_versions(path):
    """{symbol: version node} from a version script."""
    text = re.sub(r"/\*.*?\*/", "", open(path, encoding="utf-8").read(), flags=re.S)
    symbols = {}
    for node, body in re.findall(r"([\w.]+)\s*\{(.*?)\}", text, flags=re.S):
        globals_part = body.split("local:")[0].replace("global:", "")
        for name in re.findall(r"(\w+)\s*;", globals_part):
            symbols[name] = node
    return symbols


def header_exports(path):
    """Names declared `CHATLINK_EXPORT <type> name(` in the public header."""
    text = open(path, encoding="utf-8").read()
    return set(re.findall(r"^CHATLINK_EXPORT\b[^;(]*?\b(chatlink_\w+)\s*\(", text, flags=re.M))


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main(header, map_path, shared, static):
    problems = []
    expected = map_versions(map_path)
    if not expected:
        problems.append(f"{map_path}: no symbols found; the check would pass vacuously")
    declared = header_exports(header)
    for name in sorted(declared - set(expected)):
        problems.append(f"declared CHATLINK_EXPORT in the header but not in the map file: {name}")
    for name in sorted(set(expected) - declared):
        problems.append(f"in the map file but not declared CHATLINK_EXPORT in the header: {name}")

    exported = {}
    for line in run("nm", "-D", "--defined-only", shared).splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[1] == "A":  # "A" lines are the version nodes themselves
            continue
        name, _, version = parts[2].partition("@@")
        exported[name] = version or None
    if not exported:
        problems.append(f"{shared}: nm found no exported symbols")

    for name in sorted(set(exported) - set(expected)):
        problems.append(f"exported but not in the map file: {name}")
    for name in sorted(set(expected) - set(exported)):
        problems.append(f"in the map file but not exported: {name}")
    for name in sorted(set(exported) & set(expected)):
        if exported[name] != expected[name]:
            problems.append(f"{name} has version {exported[name]}, map says {expected[name]}")

    soname = re.search(r"\(SONAME\)\s+Library soname: \[(.*)\]", run("readelf", "-d", shared))
    if not soname or soname.group(1) != "libchatlink.so.1":
        problems.append(f"soname is {soname.group(1) if soname else 'missing'}, expected libchatlink.so.1")

    static_globals = []
    for line in run("nm", "--defined-only", "-g", static).splitlines():
        parts = line.split()
        if len(parts) == 3:
            static_globals.append(parts[2])
    if not static_globals:
        problems.append(f"{static}: nm found no global symbols")
    for name in static_globals:
        if not name.startswith(("chatlink_", "clk_")):
            problems.append(f"static library defines a global outside chatlink_/clk_: {name}")

    for p in problems:
        print(f"FAIL: {p}")
    print(f"{len(declared)} declared, {len(expected)} in the map, {len(exported)} exported, "
          f"{len(static_globals)} static globals, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__.split("\n\n")[-1])
    sys.exit(main(*sys.argv[1:]))
