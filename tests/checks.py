# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""What the test scripts in tests/ share: how a check reports and exits."""

import sys


def finish(problems, summary):
    """Print each problem and a summary line; the exit status for meson: 0 or 1."""
    for p in problems:
        print("FAIL: " + p)
    print(f"{summary}; {len(problems)} problems")
    return 1 if problems else 0


def run(main, doc):
    """Call main(*arguments) when their number fits it, else exit with doc's usage line."""
    wanted = main.__code__.co_argcount
    if len(sys.argv) - 1 != wanted:
        sys.exit(doc.split("\n\n")[-1])
    sys.exit(main(*sys.argv[1:]))
