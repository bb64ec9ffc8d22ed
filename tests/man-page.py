#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""chatlink(1) says what the CLI does.

- groff formats it without a warning (-ww);
- every command and every option that `chatlink --help` lists is in it;
- every example in EXAMPLES, run with the CLI just built, prints exactly
  the lines the page shows under it.

Usage: man-page.py MAN_PAGE CHATLINK_CLI
"""

import os
import re
import shutil
import subprocess

import checks


def render(page):
    """The page as plain text, and groff's warnings."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    result = subprocess.run(["groff", "-man", "-ww", "-Tutf8", "-P-cbou", page],
                            capture_output=True, text=True, env=env)
    return result.stdout, result.stderr + ("" if result.returncode == 0 else
                                           f"groff exited with {result.returncode}\n")


def help_words(cli):
    """The commands and options `chatlink --help` lists."""
    text = subprocess.run([cli, "--help"], capture_output=True, text=True, check=True).stdout
    commands = re.findall(r"^  ([a-z]+) [A-Z]", text, flags=re.M)
    options = re.findall(r"(--[a-z0-9-]+|-[a-zA-Z]\b)", text.split("Options:")[1])
    return commands, options


def examples(source):
    """[(command line, [expected output lines])] from the EXAMPLES section's roff source."""
    section = source.split(".SH EXAMPLES", 1)[1].split(".fi", 1)[0]
    roff = {r"\(aq": "'", r"\-": "-", r"\e": "\\", r"\(dq": '"'}
    runs = []
    for line in section.splitlines():
        if line.startswith("."):
            continue
        for escape, char in roff.items():
            line = line.replace(escape, char)
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs:
            runs[-1][1].append(line)
    return runs


def main(page, cli):
    if shutil.which("groff") is None:
        print("groff not found (Debian package groff-base)")
        return 1 if os.environ.get("CHATLINK_REQUIRE_ALL") == "1" else 77
    problems = []
    text, warnings = render(page)
    if warnings:
        problems.append("groff: " + warnings.strip())

    commands, options = help_words(cli)
    if not commands or not options:
        problems.append(f"could not read commands and options from {cli} --help")
    for word in commands + options:
        if not re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
            problems.append(f"'{word}' is in chatlink --help but not in the man page")

    runs = examples(open(page, encoding="utf-8").read())
    if not runs:
        problems.append("no examples found in the EXAMPLES section")
    bin_dir = os.path.dirname(os.path.abspath(cli))
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
    for command, expected in runs:
        result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env)
        got = (result.stdout + result.stderr).splitlines()
        if got != expected:
            problems.append(f"example `{command}` prints {got}, the page says {expected}")

    return checks.finish(problems, f"{len(commands)} commands, {len(options)} options, "
                                   f"{len(runs)} examples checked")


if __name__ == "__main__":
    checks.run(main, __doc__)
