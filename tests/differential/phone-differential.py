#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Differential test: libchatlink's phone verdicts against libphonenumber-js.

Generates tens of thousands of numbers as people type them, from
libphonenumber's own metadata: every region's example number and numbers
drawn at random from each number type's pattern, in national form, with the
trunk prefix, with "+", with the region's international prefix, with the
calling code but no "+", and with a digit dropped, added or changed, plus
random digit strings. Both libraries read each one (libphonenumber-js
through Node) and the test compares:

- validity (isValidNumber) and E.164 form of valid numbers,
- possibility (isPossibleNumber) and E.164 form of possible numbers.

Numbers without a region are read by libchatlink as international even
without "+" or "00" (api.md); libphonenumber-js is given them with a "+".

It prints the agreement rates and every difference that is not one of the
known, explained ones (see KNOWN_DIFFERENCES), and fails on those.

Usage: phone-differential.py VERDICTS_EXE METADATA_JSON EXAMPLES_JSON PACKAGE_DIR [NODE]

PACKAGE_DIR is an unpacked libphonenumber-js of the version the metadata
comes from; if it is missing, scripts/fetch-libphonenumber-js.sh makes it
with npm. Without Node, or without the package and a way to fetch it, the
test is skipped (exit 77), unless CHATLINK_REQUIRE_NODE=1, which CI sets,
makes that a failure.
"""

import itertools
import json
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import phone_regex  # noqa: E402

import libphonenumber_model  # noqa: E402

SEED = 20261122
RANDOM_PER_TYPE = 3
RANDOM_STRINGS = 12000

# Digits as people may type them, in the scripts both libraries read.
DIGIT_SETS = ["0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]


def skip(message):
    if os.environ.get("CHATLINK_REQUIRE_NODE") == "1":
        print(f"FAIL: {message} (CHATLINK_REQUIRE_NODE=1)")
        sys.exit(1)
    print(f"SKIP: {message}")
    sys.exit(77)


def fetch(package):
    """Bring in the pinned libphonenumber-js with npm, or skip."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts",
                          "fetch-libphonenumber-js.sh")
    where = os.path.dirname(os.path.abspath(package))
    how = f"run scripts/fetch-libphonenumber-js.sh {where}"
    if not shutil.which("npm"):
        skip(f"no libphonenumber-js in {package} and no npm to fetch it; {how}")
    try:
        subprocess.run(["sh", script, where], check=True, timeout=300)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
        skip(f"could not fetch libphonenumber-js ({e}); {how}")


def sample(node, rng):
    """A random digit string matching a parsed pattern."""
    kind = node[0]
    if kind == "set":
        return str(rng.choice([d for d in range(10) if node[1] >> d & 1]))
    if kind == "cat":
        return "".join(sample(item, rng) for item in node[1])
    if kind == "alt":
        return sample(rng.choice(node[1]), rng)
    if kind == "group":
        return sample(node[1], rng)
    if kind == "rep":
        return "".join(sample(node[1], rng) for _ in range(rng.randint(node[2], node[3])))
    if kind == "end":
        return ""
    raise AssertionError(kind)


def typed(digits, rng):
    """`digits` as a person might type them: grouped, separated, in some script."""
    if rng.random() < 0.1:
        script = rng.choice(DIGIT_SETS[1:])
        digits = "".join(script[ord(c) - 48] if c.isdigit() else c for c in digits)
    style = rng.random()
    if style < 0.4:
        return digits
    out = []
    sep = rng.choice([" ", "-", ".", " - "])
    i = 0
    while i < len(digits):
        step = rng.randint(2, 4)
        out.append(digits[i:i + step])
        i += step
    if style < 0.5 and len(out) > 1:
        return "(" + out[0] + ") " + sep.join(out[1:])
    return sep.join(out)


def mutations(nsn, rng):
    """The number with a digit dropped, one added, and one changed."""
    if not nsn:
        return []
    i = rng.randrange(len(nsn))
    j = rng.randrange(len(nsn) + 1)
    k = rng.randrange(len(nsn))
    changed = str((int(nsn[k]) + rng.randint(1, 9)) % 10)
    return [nsn[:i] + nsn[i + 1:], nsn[:j] + str(rng.randrange(10)) + nsn[j:],
            nsn[:k] + changed + nsn[k + 1:]]


class Plans:
    def __init__(self, metadata):
        self.countries = metadata["countries"]
        self.trees = {}

    def tree(self, pattern):
        if pattern not in self.trees:
            self.trees[pattern] = phone_regex.parse(pattern)[0]
        return self.trees[pattern]

    def idd(self, region, rng):
        """A sample of the region's international prefix, or None."""
        plan = self.countries[region]
        if len(plan) > 12 and plan[12]:
            # The preferred prefix, without "~" (wait for a second dial tone),
            # which nobody types into a form.
            preferred = plan[12].replace("~", "")
            return preferred if rng.random() < 0.5 else sample(self.tree(plan[1]), rng)
        return sample(self.tree(plan[1]), rng) if plan[1] else None

    def national_prefix(self, region):
        plan = self.countries[region]
        return plan[5] if len(plan) > 5 and plan[5] else None

    def type_patterns(self, region):
        return [t[0] for t in self.countries[region][11] if t and t[0]]


def cases(metadata, examples, rng):
    """(region, typed number, what libphonenumber-js is given) triples."""
    plans = Plans(metadata)
    regions = sorted(plans.countries)
    out = []

    def forms(region, nsn):
        cc = plans.countries[region][0]
        np = plans.national_prefix(region)
        other = rng.choice(regions)
        idd = plans.idd(region, rng)
        other_idd = plans.idd(other, rng)
        found = [("", "+" + cc + " " + typed(nsn, rng)),
                 (region, typed(nsn, rng)),
                 (region, typed(cc + nsn, rng)),
                 (region, "+" + cc + " " + typed(nsn, rng)),
                 ("", "00" + cc + typed(nsn, rng)),
                 ("", cc + " " + typed(nsn, rng))]
        if np:
            found.append((region, typed(np + nsn, rng)))
            found.append(("", "+" + cc + " (" + np + ") " + typed(nsn, rng)))
        if idd:
            found.append((region, typed(idd + cc + nsn, rng)))
        if other_idd:
            found.append((other, typed(other_idd + cc + nsn, rng)))
            found.append((other, typed(cc + nsn, rng)))
        return found

    numbers = []
    for region in regions:
        if region in examples:
            numbers.append((region, examples[region]))
        for pattern in plans.type_patterns(region):
            for _ in range(RANDOM_PER_TYPE):
                numbers.append((region, sample(plans.tree(pattern), rng)))
    for region, nsn in numbers:
        for variant in [nsn] + mutations(nsn, rng):
            out.extend(forms(region, variant))
    for _ in range(RANDOM_STRINGS):
        region = rng.choice(regions)
        digits = "".join(str(rng.randrange(10)) for _ in range(rng.randint(1, 18)))
        out.extend(rng.sample(forms(region, digits), 2))

    triples = []
    for region, number in out:
        theirs = number
        if not region and not number.startswith("+"):
            # libchatlink reads these as international (api.md); libphonenumber-js
            # reads only "+" numbers without a region.
            theirs = "+" + (number[2:] if number.startswith("00") else number)
        triples.append((region, number, theirs))
    return triples


def run(cmd, lines, cwd=None):
    result = subprocess.run(cmd, input="".join(lines), capture_output=True, text=True,
                            encoding="utf-8", cwd=cwd)
    if result.returncode != 0:
        print(result.stderr)
        sys.exit(f"FAIL: {cmd[0]} exited with {result.returncode}")
    return result.stdout.splitlines()


def main(argv):
    if len(argv) not in (5, 6):
        sys.exit(__doc__.split("\n\n")[-2])
    verdicts_exe, metadata_path, examples_path, package = argv[1:5]
    node = argv[5] if len(argv) == 6 and argv[5] else shutil.which("node")
    if not node:
        skip("Node.js is not installed; the differential test against libphonenumber-js needs it")
    if not os.path.isfile(os.path.join(package, "max", "index.cjs")):
        fetch(package)
    with open(metadata_path, encoding="utf-8") as f:
        metadata = json.load(f)
    with open(examples_path, encoding="utf-8") as f:
        examples = json.load(f)

    rng = random.Random(SEED)
    triples = cases(metadata, examples, rng)
    ours = run([verdicts_exe], [f"{r}\t{n}\n" for r, n, _ in triples])
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "phone-verdicts.cjs")
    theirs = run([node, script, package], [f"{r}\t{t}\n" for r, _, t in triples])
    if len(ours) != len(triples) or len(theirs) != len(triples):
        sys.exit(f"FAIL: {len(triples)} numbers, {len(ours)} and {len(theirs)} verdicts")

    # Every verdict is also worked out by a model of Google's libphonenumber
    # (libphonenumber_model.py, Python's re on the same metadata). libchatlink
    # must agree with the model everywhere; where libphonenumber-js does not,
    # the difference is explained when one of its known departures from
    # Google's library, switched on in the model, gives its answer.
    model = libphonenumber_model.Model(metadata)
    # Fewest departures first, so that each difference gets its simplest explanation.
    departures = [frozenset(c) for k in range(1, len(libphonenumber_model.DEPARTURES) + 1)
                  for c in itertools.combinations(sorted(libphonenumber_model.DEPARTURES), k)]
    stats = {"valid": [0, 0, 0], "possible": [0, 0, 0]}  # agree, explained, unexplained
    model_disagrees = []
    reasons = {}
    unexplained = []
    for (region, number, given), mine, js in zip(triples, ours, theirs):
        mine = [v if not v.startswith("-") else "-" for v in mine.split("\t")]
        js = js.split("\t")
        google = list(model.verdicts(given, region))
        if mine != google:
            model_disagrees.append((region, number, mine, google))
        if mine == js:
            stats["valid"][0] += 1
            stats["possible"][0] += 1
            continue
        explained_by = None
        if mine == google:
            for switches in departures:
                if list(model.verdicts(given, region, switches)) == js:
                    explained_by = switches
                    break
        for k, kind in enumerate(("valid", "possible")):
            if mine[k] == js[k]:
                stats[kind][0] += 1
            elif explained_by is not None:
                stats[kind][1] += 1
            else:
                stats[kind][2] += 1
        item = (region, number, mine, js)
        if explained_by is not None:
            reasons.setdefault(explained_by, []).append(item)
        else:
            unexplained.append(item)

    valid_count = sum(1 for line in theirs if not line.startswith("-"))
    print(f"{len(triples)} numbers ({valid_count} valid to libphonenumber-js), "
          f"{len(examples)} regions' example numbers among them")
    for kind, (agree, explained, other) in stats.items():
        total = agree + explained + other
        print(f"{kind:8}: {agree}/{total} agree ({100.0 * agree / total:.3f}%), "
              f"{explained} explained differences, {other} unexplained")
    print(f"libchatlink agrees with the model of Google's libphonenumber on "
          f"{len(triples) - len(model_disagrees)}/{len(triples)} numbers")
    for switches, items in sorted(reasons.items(), key=lambda kv: -len(kv[1])):
        why = "; and ".join(libphonenumber_model.DEPARTURES[d] for d in sorted(switches))
        print(f"explained ({len(items)} numbers): {why}")
        for region, number, a, b in items[:3]:
            print(f"    e.g. region {region or '-'} {number!r}: libchatlink {a}, "
                  f"libphonenumber-js {b}")
    for region, number, a, b in model_disagrees[:40]:
        print(f"NOT AS GOOGLE'S: region {region or '-'} {number!r}: libchatlink {a}, model {b}")
    for region, number, a, b in unexplained[:40]:
        print(f"DIFFERENT: region {region or '-'} {number!r}: libchatlink {a}, "
              f"libphonenumber-js {b}")
    if model_disagrees or unexplained:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
