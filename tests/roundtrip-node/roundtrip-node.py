#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Round-trip truth: links built by libchatlink, read back by a real WHATWG URL parser.

Generates tens of thousands of inputs (texts from every Unicode plane,
controls, '& + # % = ? /', emoji sequences, combining marks, right-to-left
text and marks, very long texts, invalid UTF-8 with the replacement flag;
every region's example number typed several ways; ids, page names, refs),
builds the links with link-builder (libchatlink) for every channel, and has
Node's `new URL()` and `searchParams.get()` read them back (node-reader.cjs):
every field must come back exactly, and the parser must not rewrite the
link.

Node missing: skipped (77) with a message, unless CHATLINK_REQUIRE_NODE=1.
CHATLINK_TEST_SEED=n replays another sequence.

Usage: roundtrip-node.py LINK_BUILDER NODE_READER EXAMPLE_NUMBERS_H [NODE]
"""

import json
import os
import random
import re
import shutil
import subprocess
import sys

API, TWITTER_HOST, REPLACE = 1, 2, 8


def hexed(value):
    if value is None:
        return "-"
    return (value.encode("utf-8") if isinstance(value, str) else value).hex()


def random_plane_char(rng, plane):
    while True:
        cp = plane * 0x10000 + rng.randrange(0x10000)
        if not 0xD800 <= cp <= 0xDFFF and cp != 0:
            return chr(cp)


EMOJI = ["👩‍👩‍👧‍👦", "🇳🇱", "🇯🇵", "👍🏽", "1️⃣", "#️⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "🧑🏿‍🚀", "❤️‍🔥", "😀", "🫠"]
RTL = ["שלום עולם", "مرحبا بالعالم", "\u200fמימין\u200e", "\u202eRLO\u202c", "\u2067isolate\u2069",
       "עברית 123 English", "ܫܠܡܐ", "ދިވެހި"]
SPECIALS = ["&", "+", "#", "%", "=", "?", "/", "a=b&c=d", "%20", "%%", "+%2B", "&amp;", "#frag",
            "?x=1", "100%", "1+1=2", "key=value&text=evil", "\\", "\"'<>`{}|^"]
COMBINING = ["e\u0301", "a\u0308\u0304", "Z" + "\u0336\u0317\u0350" * 20, "\u0915\u094d\u0937",
             "\u1100\u1161\u11a8", "o\u0338"]
SPACES = [" ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\u2029", "\u200b", "\ufeff", "\u3000",
          "\u202f"]
NONCHARACTERS = ["\ufffe", "\uffff", "\U0010ffff", "\ufdd0", "\U0001fffe"]


CONTROLS = [chr(c) for c in list(range(1, 0x20)) + [0x7F] + list(range(0x80, 0xA0))]
WORDS = ["Hallo", "Fish & chips?", "café", "日本語", "Ünïcödé", "@bot"]


def random_text(rng):
    """A mix of pieces, each from one of the kinds of text that links get wrong."""
    kinds = [
        lambda: "".join(random_plane_char(rng, rng.randrange(17)) for _ in range(rng.randrange(1, 8))),
        lambda: rng.choice(CONTROLS),
        lambda: rng.choice(SPECIALS),
        lambda: rng.choice(EMOJI),
        lambda: rng.choice(RTL),
        lambda: rng.choice(COMBINING),
        lambda: rng.choice(SPACES),
        lambda: rng.choice(NONCHARACTERS),
        lambda: rng.choice(WORDS),
        lambda: rng.choice(WORDS),
    ]
    return "".join(rng.choice(kinds)() for _ in range(rng.randrange(1, 12)))


def texts(rng, count):
    out = [random_text(rng) for _ in range(count)]
    # Whole planes, one text each; long texts; leading and trailing blanks.
    out += ["".join(random_plane_char(rng, plane) for _ in range(200)) for plane in range(17)]
    out += ["".join(random_text(rng) for _ in range(400)), "é" * 100000, "a" * 250000,
            " leading", "trailing ", "\t\n\r", "\x01\x1f\x7f", "@mention first"]
    return out


def invalid_bytes(rng, count):
    special = [b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\xaf",
               b"\xf0\x80\x80", b"caf\xc3", b"\xe2\x82", b"\x80\x80", b"\xfe\xff"]
    out = []
    for _ in range(count):
        parts = [rng.choice(special) if rng.randrange(2) else random_text(rng).encode("utf-8")
                 for _ in range(rng.randrange(1, 6))]
        out.append(b"".join(parts))
    return out


def example_numbers(header):
    return re.findall(r'\{ "([A-Z]{2})", "(\d+)", "(\d+)" \}', open(header, encoding="utf-8").read())


def typed_forms(calling_code, national):
    spaced = " ".join(national[i:i + 3] for i in range(0, len(national), 3))
    return [f"+{calling_code} {spaced}", f"00{calling_code}{national}", f"{calling_code}{national}",
            f"+{calling_code}-{national}", f"+{calling_code} ({national[:2]}) {national[2:]}"]


def cases(rng):
    """(kind, flags, a, b, c, expectation)"""
    all_texts = texts(rng, 20000)
    text_iter = iter(all_texts * 3)
    out = []
    for region, cc, national in example_numbers(sys.argv[3]):
        for form in typed_forms(cc, national):
            text = next(text_iter)
            flags = rng.choice([0, API])
            if flags & API:
                expect = ("https:", "api.whatsapp.com", "/send",
                          {"phone": (cc + national).encode().hex(), "text": hexed(text)})
            else:
                expect = ("https:", "wa.me", "/" + cc + national, {"text": hexed(text)})
            out.append(("whatsapp", flags, form, text, None, expect))
    for text in all_texts:
        out.append(("whatsapp", 0, "", text, None, ("https:", "wa.me", "/", {"text": hexed(text)})))
    for raw in invalid_bytes(rng, 3000):
        out.append(("whatsapp", REPLACE, None, raw, None,
                    ("https:", "wa.me", "/", {"text": raw.hex()})))
    for text in all_texts[:8000]:
        ident = str(rng.randrange(1, 2**64))
        flags = rng.choice([0, TWITTER_HOST])
        host = "twitter.com" if flags else "x.com"
        out.append(("twitter", flags, ident, text, None,
                    ("https:", host, "/messages/compose",
                     {"recipient_id": ident.encode().hex(), "text": hexed(text)})))
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789."
    for text in all_texts[8000:14000]:
        page = "".join(rng.choice(alphabet) for _ in range(rng.randrange(5, 40)))
        ref = "".join(ch for ch in random_text(rng)
                      if not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F))[:500]
        params = {"text": hexed(text)}
        if ref:
            params["ref"] = hexed(ref)
        out.append(("messenger", 0, page, text, ref or None, ("https:", "m.me", "/" + page, params)))
    out += new_channel_cases(rng, all_texts[14000:], example_numbers(sys.argv[3]))
    return out


def new_channel_cases(rng, all_texts, numbers):
    """libchatlink 1.1: Telegram, Instagram, SMS, Signal, Viber, LINE."""
    out = []
    text_iter = iter(all_texts * 4)
    name_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    for _ in range(3000):
        text = next(text_iter)
        # Telegram puts a space before a draft that starts with (spaces and) "@".
        sent = " " + text if text.lstrip(" ").startswith("@") else text
        if rng.randrange(2):
            name = rng.choice("abcdefghijklmnopqrstuvwxyz") + "".join(
                rng.choice(name_chars) for _ in range(rng.randrange(4, 32)))
            out.append(("telegram", 0, "@" + name, text, None,
                        ("https:", "t.me", "/" + name, {"text": hexed(sent)})))
        else:
            _, cc, national = rng.choice(numbers)
            out.append(("telegram", 0, rng.choice(typed_forms(cc, national)), text, None,
                        ("https:", "t.me", f"/+{cc}{national}", {"text": hexed(sent)})))
    ref_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_="
    for _ in range(2000):
        # Not periods only: those are refused (a browser reads "." and ".." as path steps).
        name = rng.choice(name_chars) + "".join(rng.choice(name_chars + ".")
                                                for _ in range(rng.randrange(0, 30)))
        ref = "".join(rng.choice(ref_chars) for _ in range(rng.choice([0, 5, 40, 2083])))
        out.append(("instagram", 0, name, ref or None, None,
                    ("https:", "ig.me", "/m/" + name, {"ref": hexed(ref)})))
    for region, cc, national in numbers:
        form = rng.choice(typed_forms(cc, national))
        text = next(text_iter)
        out.append(("sms", 0, form, text, None, ("sms:", "", f"+{cc}{national}", {"body": hexed(text)})))
        out.append(("signal", 0, form, None, None,
                    ("https:", "signal.me", "/", {}, f"#p/+{cc}{national}")))
        out.append(("viber", 0, form, None, None,
                    ("viber:", "chat", "", {"number": f"+{cc}{national}".encode().hex()})))
    for raw in invalid_bytes(rng, 500):
        out.append(("sms", REPLACE, "+31613558270", raw, None,
                    ("sms:", "", "+31613558270", {"body": raw.hex()})))
    id_chars = "abcdefghijklmnopqrstuvwxyz0123456789._-"
    for _ in range(3000):
        line_id = "".join(rng.choice(id_chars) for _ in range(rng.randrange(4, 21)))
        text = next(text_iter)
        out.append(("line", 0, rng.choice(["@", ""]) + line_id, text, None,
                    ("https:", "line.me", f"/R/oaMessage/%40{line_id}/", {}, "", hexed(text))))
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.split("\n\n")[-1])
    node = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else shutil.which("node")
    if not node:
        if os.environ.get("CHATLINK_REQUIRE_NODE") == "1":
            print("FAIL: Node.js not found (CHATLINK_REQUIRE_NODE=1)")
            return 1
        print("SKIP: Node.js not found; install nodejs to read the links back with a WHATWG URL parser")
        return 77
    rng = random.Random(int(os.environ.get("CHATLINK_TEST_SEED", "20261122")))
    all_cases = cases(rng)
    lines = "".join(f"{k}\t{f}\t{hexed(a)}\t{hexed(b)}\t{hexed(c)}\n" for k, f, a, b, c, _ in all_cases)
    built = subprocess.run([sys.argv[1]], input=lines, capture_output=True, text=True, check=True)
    results = built.stdout.splitlines()
    if len(results) != len(all_cases):
        print(f"FAIL: {len(all_cases)} cases, {len(results)} results")
        return 1
    refused = []
    records = []
    for (kind, flags, a, b, c, expect), result in zip(all_cases, results):
        # (protocol, host, path, params[, hash[, whole query as the text]])
        protocol, host, path, params = expect[:4]
        status, link = result.split("\t", 1)
        if status != "0":
            refused.append(f"{kind} {a!r}: status {status}")
            continue
        params = {name: value for name, value in params.items() if value not in ("-", "")}
        record = {"link": link, "protocol": protocol, "host": host, "pathname": path,
                  "params": params}
        if len(expect) > 4:
            record["hash"] = expect[4]
        if len(expect) > 5:
            record["query"] = "" if expect[5] == "-" else expect[5]
        records.append(json.dumps(record))
    for r in refused[:20]:
        print("FAIL: refused: " + r)
    read = subprocess.run([node, sys.argv[2]], input="\n".join(records) + "\n",
                          capture_output=True, text=True)
    print(read.stdout.strip())
    if read.stderr:
        print(read.stderr.strip())
    chars = sum(len(b) if isinstance(b, (str, bytes)) else 0 for _, _, _, b, _, _ in all_cases)
    print(f"{len(all_cases)} links built ({chars} text characters and bytes), {len(refused)} refused")
    return 1 if refused or read.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
