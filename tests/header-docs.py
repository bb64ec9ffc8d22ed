#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Every public symbol of chatlink.h is documented the way the project promises.

Doxygen (WARN_NO_PARAMDOC) already fails on an undocumented parameter; this
checks what it does not:
- each CHATLINK_EXPORT function: every parameter as @param[in] or @param[out]
  (a direction, and the parameter's own name), a @return (unless it returns void), a @since;
- its @return names only real statuses, and the ones its output rules give:
  a function with `out` can return CHATLINK_ERR_BUFFER_TOO_SMALL and
  CHATLINK_ERR_NULL_ARGUMENT, one with `flags` CHATLINK_ERR_BAD_FLAGS;
- every status code and every public macro has a @since.

Usage: header-docs.py HEADER
"""

import re

import checks


def main(header):
    text = open(header, encoding="utf-8").read()
    # What is inside @cond INTERNAL ... @endcond is not API.
    text = re.sub(r"/\*\* @cond INTERNAL \*/.*?/\*\* @endcond \*/", "", text, flags=re.S)
    problems = []
    statuses = set(re.findall(r"^\s*(CHATLINK_(?:OK|ERR_\w+)) = \d+", text, flags=re.M))
    if not statuses:
        problems.append("no status codes found")

    functions = re.findall(r"/\*\*((?:(?!\*/).)*)\*/\s*\nCHATLINK_EXPORT\b[^;]*?\b(chatlink_\w+)\s*\(([^)]*)\)\s*;",
                           text, flags=re.S)
    for comment, name, params in functions:
        names = [re.search(r"(\w+)\s*$", p).group(1) for p in params.split(",") if p.strip() != "void"]
        documented = [p for _, p in re.findall(r"@param\[(in|out|in,out)\]\s+(\w+)", comment)]
        if documented != names:
            problems.append(f"{name}: parameters {names}, @param[in]/@param[out] for {documented}")
        if re.search(r"@param(?!\[)", comment):
            problems.append(f"{name}: a @param without [in] or [out]")
        returns_void = re.search(r"CHATLINK_EXPORT\s+void\s+" + name + r"\s*\(", text)
        if "@return" not in comment and not returns_void:
            problems.append(f"{name}: no @return")
        if "@return" in comment and returns_void:
            problems.append(f"{name}: @return on a function that returns nothing")
        if not re.search(r"@since \d+\.\d+", comment):
            problems.append(f"{name}: no @since")
        returned = set(re.findall(r"#(CHATLINK_(?:OK|ERR_\w+))", comment.split("@return", 1)[-1]))
        for status in sorted(returned - statuses):
            problems.append(f"{name}: @return names {status}, which is not a status")
        must = set()
        if "out" in names:
            must |= {"CHATLINK_OK", "CHATLINK_ERR_BUFFER_TOO_SMALL", "CHATLINK_ERR_NULL_ARGUMENT"}
        if "flags" in names:
            must.add("CHATLINK_ERR_BAD_FLAGS")
        for status in sorted(must - returned):
            problems.append(f"{name}: @return does not name {status}")

    exported = len(re.findall(r"^CHATLINK_EXPORT\b", text, flags=re.M))
    if len(functions) != exported:
        problems.append(f"{exported} CHATLINK_EXPORT declarations, {len(functions)} with a doc comment")

    for status in sorted(statuses):
        comment = re.search(r"/\*\*((?:(?!\*/).)*)\*/\s*\n\s*" + status + r" = ", text, flags=re.S)
        if not comment or "@since" not in comment.group(1):
            problems.append(f"{status}: no doc comment with @since")
    macros = [m for m in re.findall(r"^#define (CHATLINK_\w+)", text, flags=re.M) if m != "CHATLINK_H"]
    for macro in macros:
        comment = re.search(r"/\*\*((?:(?!\*/).)*)\*/\s*\n#define " + macro + r"\b", text, flags=re.S)
        if not comment or "@since" not in comment.group(1):
            problems.append(f"{macro}: no doc comment with @since")

    return checks.finish(problems, f"{len(functions)} functions, {len(statuses)} status codes, "
                                   f"{len(macros)} macros checked")


if __name__ == "__main__":
    checks.run(main, __doc__)
