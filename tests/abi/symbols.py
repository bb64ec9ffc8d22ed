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

With --selftest first, it checks itself instead: a header with one more
CHATLINK_EXPORT function, and a map file with one symbol fewer and one
unknown, must each be reported, both ways; otherwise the check could pass
by not looking.

Usage: symbols.py [--selftest] HEADER MAP_FILE SHARED_LIB STATIC_LIB
"""

import re
import os
import subprocess
import sys
import tempfile


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


def problems_with(header, map_path, shared, static):
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
        # AddressSanitizer adds an ODR indicator for each global it sees.
        name = name.removeprefix("__odr_asan.")
        if not name.startswith(("chatlink_", "clk_")):
            problems.append(f"static library defines a global outside chatlink_/clk_: {name}")

    print(f"{len(declared)} declared, {len(expected)} in the map, {len(exported)} exported, "
          f"{len(static_globals)} static globals, "
          f"{len(problems)} problems")
    return problems


def main(header, map_path, shared, static):
    problems = problems_with(header, map_path, shared, static)
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


def selftest(header, map_path, shared, static):
    """Doctor the header and the map file; each change must be caught."""
    header_text = open(header, encoding="utf-8").read()
    map_text = open(map_path, encoding="utf-8").read()
    first = sorted(map_versions(map_path))[0]
    doctored = {
        "header declares a function the library lacks": (
            header_text.replace("#ifdef __cplusplus\n}",
                                "CHATLINK_EXPORT int chatlink_selftest_extra(void);\n#ifdef __cplusplus\n}"),
            map_text, "chatlink_selftest_extra", 1),
        "map file lacks an exported symbol": (
            header_text, map_text.replace(f"    {first};\n", ""), first, 2),
        "map file lists an unknown symbol": (
            header_text, map_text.replace("global:\n", "global:\n    chatlink_selftest_ghost;\n", 1),
            "chatlink_selftest_ghost", 2),
    }
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for what, (h_text, m_text, name, reports) in doctored.items():
            h_path, m_path = os.path.join(tmp, "chatlink.h"), os.path.join(tmp, "chatlink.map")
            open(h_path, "w", encoding="utf-8").write(h_text)
            open(m_path, "w", encoding="utf-8").write(m_text)
            found = [p for p in problems_with(h_path, m_path, shared, static) if name in p]
            if len(found) != reports:
                print(f"FAIL: {what}: expected {reports} report(s) naming {name}, got {found}")
                failures += 1
            else:
                print(f"ok: {what}: " + "; ".join(found))
    return 1 if failures else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    run_selftest = args[:1] == ["--selftest"]
    if run_selftest:
        args = args[1:]
    if len(args) != 4:
        sys.exit(__doc__.split("\n\n")[-1])
    sys.exit(selftest(*args) if run_selftest else main(*args))
