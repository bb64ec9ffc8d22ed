#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Write lib/phone-metadata.c from libphonenumber's metadata.

The input is `metadata.max.json` from the npm package libphonenumber-js
(Google's libphonenumber metadata in compact form). The output is plain
`static const` C tables: every pattern is compiled here into a digit
automaton (see phone_regex.py), so nothing is parsed or compiled at run
time. Python 3 standard library only; the output depends on nothing but the
input.

Usage: gen-phone-metadata.py METADATA_JSON VERSION_FILE OUTPUT_C
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_regex  # noqa: E402

# Positions in a libphonenumber-js "version 4" numbering-plan array
# (see its source/metadata.js, class NumberingPlan).
CALLING_CODE = 0
IDD_PREFIX = 1
NUMBER_PATTERN = 2
POSSIBLE_LENGTHS = 3
NATIONAL_PREFIX = 5
NATIONAL_PREFIX_FOR_PARSING = 7
NATIONAL_PREFIX_TRANSFORM_RULE = 8
LEADING_DIGITS = 10
TYPES = 11

MAX_NSN_LENGTH = 17          # PHONE_NSN_MAX; bit 17 must fit in 32 bits
MAX_TRANSFORM = 7            # char transform[8] in phone-metadata.h
MAX_PREFIX_MATCH = 24        # PHONE_PREFIX_MATCH_MAX in phone-metadata.h
MAX_GROUPS = 2               # $1 and $2 are all that transform rules use


class MetadataError(Exception):
    pass


def field(plan, index):
    """A field of a numbering plan; libphonenumber-js writes 0 for absent ones."""
    value = plan[index] if index < len(plan) else 0
    return value if value != 0 else None


def both(a, b):
    return a and b


def either(a, b):
    return a or b


def valid_number_dfa(name, plan, general):
    """Numbers libphonenumber's isValidNumber accepts for this plan: the
    general pattern and one of its possible lengths, and some number type's
    pattern and possible lengths (a type without lengths of its own has the
    plan's)."""
    lengths = set(plan[POSSIBLE_LENGTHS])
    valid_types = None
    types_js = None
    for entry in plan[TYPES] or []:
        if not entry or not entry[0]:
            continue  # no numbers of this type ("" means: same as fixed line)
        own_lengths = entry[1] if len(entry) > 1 and entry[1] else None
        pattern = phone_regex.compile_pattern(entry[0])
        java = phone_regex.product(pattern, phone_regex.lengths_dfa(own_lengths or lengths), both)
        js = (phone_regex.product(pattern, phone_regex.lengths_dfa(own_lengths), both)
              if own_lengths else pattern)
        valid_types = java if valid_types is None else phone_regex.product(valid_types, java, either)
        types_js = js if types_js is None else phone_regex.product(types_js, js, either)
    if valid_types is None:
        raise MetadataError(f"{name}: no number types")
    general_and_lengths = phone_regex.product(general, phone_regex.lengths_dfa(lengths), both)
    valid = phone_regex.product(general_and_lengths, valid_types, both)

    # libphonenumber-js skips the length checks that a type without lengths
    # of its own would inherit; make sure that never changes a verdict, so
    # that both libraries' answers are ours.
    valid_js = phone_regex.product(general, types_js, both)
    if any(phone_regex.product(valid, valid_js, lambda a, b: a != b).accept):
        raise MetadataError(f"{name}: Java and JavaScript validity differ")
    return valid


def transform_template(name, rule):
    """The national prefix transform rule ("340$1") as digits with bytes
    1 and 2 standing for groups $1 and $2."""
    out = ""
    i = 0
    # phone.c sizes its buffers on each group being used at most once.
    if rule.count("$1") > 1 or rule.count("$2") > 1:
        raise MetadataError(f"{name}: transform rule {rule!r} repeats a group")
    while i < len(rule):
        c = rule[i]
        if c == "$" and i + 1 < len(rule) and rule[i + 1] in "12":
            out += "\\00" + rule[i + 1]
            i += 2
        elif c.isdigit():
            out += c
            i += 1
        else:
            raise MetadataError(f"{name}: transform rule {rule!r}")
    if len(rule) > MAX_TRANSFORM:
        raise MetadataError(f"{name}: transform rule {rule!r} too long")
    return out


class PrefixMatchers:
    """The international and national prefixes of every plan, as prefix
    automata sharing one state table, and the matches they can report."""

    def __init__(self):
        self.dfas = []
        self.by_pattern = {}
        self.matches = []  # (length, last group took part, {group: (start, end)})
        self.match_index = {}

    def match_number(self, match):
        """The number (1-based) of a distinct match outcome."""
        length, last_group, spans = match
        key = (length, last_group, tuple(sorted(spans.items())))
        if key not in self.match_index:
            self.matches.append(match)
            self.match_index[key] = len(self.matches)
        return self.match_index[key]

    def add(self, name, pattern):
        if pattern in self.by_pattern:
            return self.by_pattern[pattern]
        tree, groups = phone_regex.parse(pattern)
        if groups > MAX_GROUPS:
            raise MetadataError(f"{name}: {groups} groups in {pattern!r}")
        paths = phone_regex.paths(tree)
        numbers = []
        for masks, _, spans in paths:
            if len(masks) > MAX_PREFIX_MATCH:
                raise MetadataError(f"{name}: prefix {pattern!r} longer than {MAX_PREFIX_MATCH}")
            numbers.append(self.match_number((len(masks), groups > 0 and groups in spans, spans)))
        dfa = phone_regex.prefix_dfa(paths)
        # Label states with what they answer, not with which path: states
        # that answer the same from here on then merge.
        dfa.accept = [tuple(numbers[p] if p >= 0 else 0 for p in label) for label in dfa.accept]
        self.dfas.append(dfa)
        self.by_pattern[pattern] = len(self.dfas) - 1
        return len(self.dfas) - 1


def region_entry(code, plan, prefixes):
    name = code or f"+{plan[CALLING_CODE]}"
    calling_code = int(plan[CALLING_CODE])
    if not 1 <= calling_code <= 999:
        raise MetadataError(f"{name}: calling code {calling_code} out of range")

    lengths = plan[POSSIBLE_LENGTHS]
    if not lengths or any(not 1 <= n <= MAX_NSN_LENGTH for n in lengths):
        raise MetadataError(f"{name}: possible lengths {lengths} out of range")
    mask = 0
    for n in lengths:
        mask |= 1 << n

    try:
        general = phone_regex.compile_pattern(plan[NUMBER_PATTERN])
        valid = valid_number_dfa(name, plan, general)
        leading = field(plan, LEADING_DIGITS)
        leading_dfa = phone_regex.compile_pattern(leading) if leading else None

        idd = field(plan, IDD_PREFIX)
        idd_matcher = prefixes.add(f"{name} IDD", idd) if idd else None
        # libphonenumber reads the national prefix itself when no
        # separate pattern for parsing is given.
        national = field(plan, NATIONAL_PREFIX_FOR_PARSING) or field(plan, NATIONAL_PREFIX)
        national_matcher = prefixes.add(f"{name} national prefix", national) if national else None
        rule = field(plan, NATIONAL_PREFIX_TRANSFORM_RULE)
        transform = transform_template(name, rule) if rule else ""
    except phone_regex.RegexError as e:
        raise MetadataError(f"{name}: {e}")

    return {"code": code, "name": name, "calling_code": calling_code, "mask": mask,
            "lengths": sorted(lengths), "general": general, "valid": valid,
            "leading": leading_dfa, "leading_text": leading, "idd": idd_matcher,
            "idd_text": idd, "national": national_matcher, "national_text": national,
            "transform": transform}


def check_prefix_free(codes):
    """A calling code is read digit by digit: no code may be a prefix of another."""
    texts = sorted(str(c) for c in codes)
    for a, b in zip(texts, texts[1:]):
        if b.startswith(a):
            raise MetadataError(f"calling code {a} is a prefix of {b}")


def build(metadata):
    if metadata.get("version") != 4:
        raise MetadataError(f"metadata version {metadata.get('version')}, expected 4")

    prefixes = PrefixMatchers()
    regions = []
    for code in sorted(metadata["countries"]):
        if len(code) != 2 or not code.isalpha() or not code.isupper():
            raise MetadataError(f"unexpected region code {code!r}")
        regions.append(region_entry(code, metadata["countries"][code], prefixes))
    for calling_code in sorted(metadata["nonGeographic"], key=int):
        entry = region_entry("", metadata["nonGeographic"][calling_code], prefixes)
        if entry["calling_code"] != int(calling_code):
            raise MetadataError(f"non-geographic {calling_code} names another code")
        regions.append(entry)

    index_of_region = {r["code"]: i for i, r in enumerate(regions) if r["code"]}

    # Regions sharing a calling code, in libphonenumber's order: the first
    # is the main region, whose metadata reads numbers in international
    # form (US for +1, GB for +44, RU for +7); the order is the one in
    # which a number is tried against each region's leading digits or
    # patterns to find where it belongs.
    main_region = {}
    for calling_code, codes in metadata["country_calling_codes"].items():
        chain = []
        for code in codes:
            if code not in index_of_region:
                raise MetadataError(f"+{calling_code}: region {code} has no metadata")
            if regions[index_of_region[code]]["calling_code"] != int(calling_code):
                raise MetadataError(f"+{calling_code}: {code} has another calling code")
            chain.append(index_of_region[code])
        main_region[int(calling_code)] = chain[0]
        for here, after in zip(chain, chain[1:]):
            regions[here]["next"] = after
    for i, r in enumerate(regions):
        if not r["code"]:
            if r["calling_code"] in main_region:
                raise MetadataError(f"+{r['calling_code']} is both geographic and not")
            main_region[r["calling_code"]] = i
    check_prefix_free(main_region)

    # One table of digit automata for every whole-number and leading-digits
    # pattern, minimized together.
    dfas = []
    for r in regions:
        for key in ("general", "valid", "leading"):
            if r[key] is not None:
                r[key + "_slot"] = len(dfas)
                dfas.append(r[key])
    table, accept, starts = phone_regex.minimize_together(dfas)
    for r in regions:
        for key in ("general", "valid", "leading"):
            r[key + "_start"] = starts[r[key + "_slot"]] if r[key] is not None else None

    prefix_table, prefix_labels, prefix_starts = phone_regex.minimize_together(
        prefixes.dfas, dead_label=(0, 0))
    for r in regions:
        for key in ("idd", "national"):
            r[key + "_start"] = prefix_starts[r[key]] if r[key] is not None else 0

    if len(table) * 2 > 0xFFFF or len(prefix_table) > 0xFFFF or len(prefixes.matches) > 0xFFFF:
        raise MetadataError("automata too large for 16-bit state numbers")
    return {"regions": regions, "main_region": main_region, "table": table,
            "accept": accept, "prefix_table": prefix_table, "prefix_labels": prefix_labels,
            "matches": prefixes.matches}


def emit(data, version, out):
    w = out.write
    regions, table, accept = data["regions"], data["table"], data["accept"]

    def step(state):
        """A state as stored: shifted once, bit 0 telling whether it accepts."""
        return state << 1 | (1 if accept[state] else 0)

    w("/*\n"
      " * Generated by tools/gen-phone-metadata.py; do not edit.\n"
      f" * Source: libphonenumber-js {version}, metadata.max.json (Google's libphonenumber\n"
      " * metadata). Data licence: Apache-2.0; see lib/phone-metadata.md.\n"
      " */\n\n"
      "#include \"phone-metadata.h\"\n\n")

    w(f"/* {len(table)} states; state 0 is the dead state. */\n"
      "const uint16_t clk_phone_dfa[][10] = {\n")
    for s, row in enumerate(table):
        w("    { " + ", ".join(str(step(t)) for t in row) + f" }}, /* {s} */\n")
    w("};\n\n")

    w(f"/* {len(data['prefix_table'])} states; state 0 is the dead state. */\n"
      "const struct phone_prefix_state clk_phone_prefix_states[] = {\n")
    for s, row in enumerate(data["prefix_table"]):
        first, first_at_end = data["prefix_labels"][s]
        w("    { { " + ", ".join(str(t) for t in row) + f" }}, {first}, {first_at_end} }},\n")
    w("};\n\n")

    w("const struct phone_prefix_match clk_phone_prefix_matches[] = {\n")
    for length, captured, spans in data["matches"]:
        g1 = spans.get(1, (0, 0))
        g2 = spans.get(2, (0, 0))
        w(f"    {{ {length}, {1 if captured else 0}, {{ {g1[0]}, {g2[0]} }}, "
          f"{{ {g1[1]}, {g2[1]} }} }},\n")
    w("};\n\n")

    w("const struct phone_region clk_phone_regions[] = {\n")
    for i, r in enumerate(regions):
        lengths = ",".join(str(n) for n in r["lengths"])
        leading = step(r["leading_start"]) if r["leading"] is not None else 0
        w(f"    /* {i:3} {r['name']}: lengths {lengths}; international prefix "
          f"{r['idd_text'] or '-'}; national prefix {r['national_text'] or '-'}"
          f"{'; leading digits ' + r['leading_text'] if r['leading_text'] else ''} */\n"
          f"    {{ \"{r['code']}\", \"{r['transform']}\", {r['calling_code']}, "
          f"{r.get('next', -1) + 1}, 0x{r['mask']:05x}, {step(r['general_start'])}, "
          f"{step(r['valid_start'])}, {leading}, {r['idd_start']}, {r['national_start']} }},\n")
    w("};\n\n")
    w(f"const size_t clk_phone_region_count = {len(regions)};\n\n")

    w("const uint16_t clk_phone_region_by_iso[26 * 26] = {\n")
    for i, r in enumerate(regions):
        if r["code"]:
            slot = (ord(r["code"][0]) - 65) * 26 + (ord(r["code"][1]) - 65)
            w(f"    [{slot}] = {i + 1}, /* {r['code']} */\n")
    w("};\n\n")

    w("const uint16_t clk_phone_region_by_calling_code[1000] = {\n")
    for calling_code in sorted(data["main_region"]):
        i = data["main_region"][calling_code]
        w(f"    [{calling_code}] = {i + 1}, /* {regions[i]['name']} */\n")
    w("};\n")


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__.split("\n\n")[-1] + "\n")
        return 2
    metadata_path, version_path, output_path = argv[1:]
    with open(metadata_path, encoding="utf-8") as f:
        metadata = json.load(f)
    with open(version_path, encoding="utf-8") as f:
        version = f.read().strip()
    try:
        data = build(metadata)
    except MetadataError as e:
        sys.stderr.write(f"gen-phone-metadata: {e}\n")
        return 1
    with open(output_path, "w", encoding="utf-8", newline="\n") as out:
        emit(data, version, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
