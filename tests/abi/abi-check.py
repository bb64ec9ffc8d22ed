#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""The ABI promise, checked by libabigail.

  abi-check.py dump LIB HEADERS_DIR OUT.abi
      Write LIB's ABI (the functions it exports and every type
      include/chatlink.h defines) as abidw XML. abi/ holds one such file per
      release, made with this command from the release's commit.

  abi-check.py check BASELINE.abi SUPPRESSIONS LIB HEADERS_DIR
      Compare LIB, as just built, with a released baseline. Additions pass
      (new functions, new status codes); anything else fails: a removed or
      changed function, a changed parameter or return type, a changed
      enumerator value, a changed soname or symbol version.

  abi-check.py selftest BASELINE.abi SUPPRESSIONS LIB HEADERS_DIR
      Check the check: against doctored copies of the baseline (an
      enumerator with another value; one more exported function, which LIB
      then lacks; a parameter of another type) `check` must fail.

Exit status: 0 compatible, 1 not, 77 (skipped) when abidw is missing or LIB
has no debug info to read types from (buildtype=release or plain), unless
CHATLINK_REQUIRE_ABIGAIL=1, when that is a failure too.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

# The same options for the baselines and for the library under test, so that
# the two XML files describe the same things. The enum chatlink_status is
# reached by no function (they all return int), hence --load-all-types;
# --drop-private-types then keeps only what the public headers define.
ABIDW_OPTIONS = ["--load-all-types", "--drop-private-types", "--no-corpus-path",
                 "--no-comp-dir-path", "--short-locs", "--type-id-style", "hash"]


def skip_or_fail(message):
    if os.environ.get("CHATLINK_REQUIRE_ABIGAIL") == "1":
        print(f"FAIL: {message} (CHATLINK_REQUIRE_ABIGAIL=1)")
        return 1
    print(f"SKIP: {message}")
    return SKIP


def has_debug_info(lib):
    sections = subprocess.run(["readelf", "-S", "-W", lib], check=True,
                              capture_output=True, text=True).stdout
    return ".debug_info" in sections


def dump(lib, headers_dir, out):
    subprocess.run(["abidw", "--headers-dir", headers_dir, *ABIDW_OPTIONS,
                    "--out-file", out, lib], check=True)


def unchecked_functions(abi_text):
    """Exported chatlink_ functions whose declaration in the dump is not tied to their symbol.

    libabigail compares a function's parameters only through a function-decl
    that carries its elf-symbol-id; without one the function is a bare
    symbol, and a changed signature goes unseen.
    """
    exported = set(re.findall(r"<elf-symbol name='(chatlink_\w+)'[^>]*type='func-type'[^>]*is-defined='yes'",
                              abi_text))
    linked = set(re.findall(r"<function-decl name='(chatlink_\w+)'[^>]*elf-symbol-id=", abi_text))
    return sorted(exported - linked)


def check(baseline, suppressions, lib, headers_dir):
    for tool in ("abidw", "abidiff"):
        if shutil.which(tool) is None:
            return skip_or_fail(f"{tool} not found (Debian package abigail-tools)")
    if not has_debug_info(lib):
        return skip_or_fail(f"{lib} has no debug info; build with -g (buildtype=debug or debugoptimized)")

    with tempfile.TemporaryDirectory() as tmp:
        current = os.path.join(tmp, "current.abi")
        dump(lib, headers_dir, current)
        with open(current, encoding="utf-8") as f:
            current_text = f.read()
        diff = subprocess.run(["abidiff", "--non-reachable-types", "--suppressions", suppressions,
                               baseline, current], capture_output=True, text=True)
    for name, text in (("the library", current_text),
                       (os.path.basename(baseline), open(baseline, encoding="utf-8").read())):
        unlinked = unchecked_functions(text)
        if unlinked:
            print(f"FAIL: in {name}, abidiff cannot see the parameters of {', '.join(unlinked)}: "
                  "their debug info is a declaration not tied to the symbol (is the public "
                  "function called from another file of lib/? Use CLK_INTERNAL, "
                  "lib/internal-calls.h)")
            return 1
    report = diff.stdout + diff.stderr
    print(report)

    # abidiff's status is a bit field: 1 error, 2 usage error, 4 some ABI
    # change, 8 an incompatible change (e.g. a removed function).
    if diff.returncode & (1 | 2):
        print(f"FAIL: abidiff could not compare (status {diff.returncode})")
        return 1
    if diff.returncode & 8:
        print("FAIL: incompatible ABI change against " + os.path.basename(baseline))
        return 1
    if diff.returncode & 4:
        # A change, but maybe only additions: read the summaries.
        # Each summary line counts removed and (most of them) changed items;
        # only "added" may be non-zero.
        changed = [line.strip() for line in report.splitlines()
                   if re.search(r"summary:", line)
                   and any(int(count) > 0 for count in
                           re.findall(r"(\d+) (?:[Rr]emoved|[Cc]hanged)\b", line))]
        if changed:
            print("FAIL: ABI change against " + os.path.basename(baseline) + ":")
            for line in changed:
                print("  " + line)
            return 1
        if "summary:" not in report:
            print("FAIL: abidiff reported a change and no summary to read it from")
            return 1
    print("OK: compatible with " + os.path.basename(baseline)
          + (" (additions only)" if diff.returncode & 4 else " (no change)"))
    return 0


def doctored_baselines(text):
    """{what: baseline text} each of which LIB must be found incompatible with."""
    enumerator = re.search(r"<enumerator name='(\w+)' value='(\d+)'/>", text)
    other_value = text.replace(enumerator.group(0), enumerator.group(0).replace(
        f"value='{enumerator.group(2)}'", f"value='{int(enumerator.group(2)) + 1000}'"))
    # A copy of chatlink_strerror's symbol and declaration under a name LIB
    # does not export: to abidiff, a function removed since the baseline.
    symbol = re.search(r"\n\s*<elf-symbol name='chatlink_strerror'.*?/>", text).group(0)
    decl = re.search(r"\n\s*<function-decl name='chatlink_strerror'.*?</function-decl>", text,
                     flags=re.S).group(0)
    one_more = text.replace(symbol, symbol + symbol.replace("chatlink_strerror", "chatlink_gone"))
    one_more = one_more.replace(decl, decl + decl.replace("chatlink_strerror", "chatlink_gone"))
    # chatlink_strerror(int) as if it had taken a char.
    char_type = re.search(r"<type-decl name='char' size-in-bits='8' id='(\w+)'/>", text).group(1)
    int_type = re.search(r"<type-decl name='int' size-in-bits='32' id='(\w+)'/>", text).group(1)
    parameter = re.search(r"<parameter type-id='" + int_type + "'[^>]*/>", decl).group(0)
    other_type = text.replace(decl, decl.replace(parameter, parameter.replace(int_type, char_type)))
    # chatlink_strerror's declaration no longer tied to its symbol: its
    # parameters could change unseen, which the check must refuse.
    unlinked = text.replace(decl, re.sub(r" elf-symbol-id='[^']*'", "", decl))
    return {
        f"{enumerator.group(1)} with another value": other_value,
        "a function the library no longer exports": one_more,
        "chatlink_strerror's parameter of another type": other_type,
        "chatlink_strerror's declaration not tied to its symbol": unlinked,
    }


def selftest(baseline, suppressions, lib, headers_dir):
    text = open(baseline, encoding="utf-8").read()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for what, doctored in doctored_baselines(text).items():
            if doctored == text:
                print(f"FAIL: could not doctor the baseline for: {what}")
                failures += 1
                continue
            print(f"--- against a baseline doctored so that the check must fail: {what}")
            path = os.path.join(tmp, "doctored.abi")
            open(path, "w", encoding="utf-8").write(doctored)
            status = check(path, suppressions, lib, headers_dir)
            if status == SKIP:
                return SKIP
            if status != 1:
                print(f"FAIL: not caught: {what}")
                failures += 1
            else:
                print(f"caught, as it must be: {what}")
    return 1 if failures else 0


def main(argv):
    if len(argv) == 5 and argv[1] == "dump":
        dump(argv[2], argv[3], argv[4])
        return 0
    if len(argv) == 6 and argv[1] in ("check", "selftest"):
        return (check if argv[1] == "check" else selftest)(*argv[2:])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
