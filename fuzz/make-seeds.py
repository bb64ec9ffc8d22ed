#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Write the seed corpora in fuzz/corpus/<target>/ (committed; run again after editing).

Each seed is byte 0 (flags: low 4 bits are chatlink.h's flag bits, the high
bit adds one bit no function takes), then the inputs separated by NUL bytes
(fuzz-common.h). Names are the sha1 of the content, as libFuzzer names its
own findings.
"""

import hashlib
import os

API, TWITTER, POSSIBLE, REPLACE, SAME_TAB, UNTAKEN = 1, 2, 4, 8, 16, 0x80

TEXTS = ["Hallo!", "Fish & chips? 1+1=2 #5 100%", "line 1\nline 2\r\n\ttab",
         "🇳🇱👩‍👩‍👧 é ß 中文 مرحبا שלום", "e\u0301\u0308 combining", "@inline",
         "a" * 300, "\x7f\x01 controls", "= ? / % & +"]
INVALID = [b"\xff", b"caf\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"ok \xe2\x82"]
PHONES = ["+31 6 1355 8270", "0031613558270", "31613558270", "+31 (0)6-1234 5678", "06 12345678",
          "+1 (202) 555-0123", "+44 20 7946 0958", "+54 9 11 2345-6789", "+7 912 345-67-89",
          "+٣١٦١٣٥٥٨٢٧٠", "+३१ ६१३५५८२७०", "+31 6 CALL ME", "+999 1234", "+1 202 555", "", "+",
          "00", "+31 6 1355 8270 ext. 12", "+31\u00a06\u202f13558270", "+" + "9" * 80]
REGIONS = ["NL", "nl", "US", "AR", "GB", "AU", "XX", "", "N", "NLD", "İT"]


def field(value):
    return value if isinstance(value, bytes) else value.encode("utf-8")


def seed(flags, *inputs):
    return bytes([flags]) + b"\0".join(field(v) for v in inputs)


def seeds():
    out = {"whatsapp": [], "twitter-dm": [], "messenger": [], "phone-e164": [],
           "percent-encode": [], "strerror": []}
    for flags in (0, API, POSSIBLE, REPLACE, API | REPLACE, UNTAKEN):
        for phone in PHONES[:12]:
            out["whatsapp"].append(seed(flags, phone, TEXTS[len(out["whatsapp"]) % len(TEXTS)]))
    out["whatsapp"] += [seed(0, "", "text only"), seed(0), seed(0, "+31613558270"),
                        seed(REPLACE, "+31613558270", INVALID[0]), seed(0, "+31613558270", INVALID[1])]
    for text in TEXTS + INVALID:
        out["twitter-dm"].append(seed(REPLACE if isinstance(text, bytes) else 0, "3805104374", text))
    for ident in ["18446744073709551615", "18446744073709551616", "0", "01", "@jack", "12 3", ""]:
        out["twitter-dm"].append(seed(TWITTER, ident, "Hi"))
    for page in ["saysimple.haarlem", "abcd", "abcde", "1234567890", "page-name", "ÄÖÜ.page", ""]:
        out["messenger"].append(seed(0, page, "Hoi & dag", "footer=1"))
    for ref in ["a" * 2083, "a" * 2084, "tab\there", "é" * 1042, "\u0085 NEL"]:
        out["messenger"].append(seed(0, "saysimple.haarlem", "", ref))
    out["messenger"].append(seed(REPLACE, "saysimple.haarlem", INVALID[2], INVALID[3]))
    for phone in PHONES:
        for region in REGIONS[:4] if phone.startswith("+") else REGIONS:
            out["phone-e164"].append(seed(0 if len(out["phone-e164"]) % 3 else POSSIBLE, phone, region))
    for text in TEXTS:
        out["percent-encode"].append(seed(0, text))
    for raw in INVALID:
        out["percent-encode"] += [seed(0, raw), seed(REPLACE, raw)]
    out["percent-encode"] += [seed(0, b"a\0b\0"), seed(0, ""), seed(UNTAKEN, "x")]
    out.update({"telegram": [], "instagram": [], "sms": [], "line": [], "html-anchor": [],
                "link-parse": []})
    for recipient in ["durov", "@durov", "Chat_Bot_1", "abcd", "1abcde", "_abcde", "+31 6 1355 8270",
                      "0031613558270", "06 12345678", "a" * 33, "@", ""]:
        for text in ["", "@gif cats", "  @x", TEXTS[1]]:
            out["telegram"].append(seed(POSSIBLE if "+" in recipient else 0, recipient, text))
    out["telegram"].append(seed(REPLACE, "durov", INVALID[2]))
    for name in ["saysimple", "@say.simple_nl", "say-simple", "a" * 30, "a" * 31, "", "@"]:
        for ref in ["", "spring=1", "a b", "a" * 2083, "a" * 2084]:
            out["instagram"].append(seed(0, name, ref))
    out["instagram"].append(seed(REPLACE, "saysimple"))
    # sms picks sms, signal or viber by the number's length modulo 3.
    for phone in PHONES:
        for text in ["", TEXTS[0], TEXTS[3]]:
            out["sms"].append(seed(POSSIBLE if len(out["sms"]) % 4 == 0 else 0, phone, text))
    out["sms"].append(seed(REPLACE, "+31613558270", INVALID[4]))
    for line_id in ["@linedevelopers", "linedevelopers", "@762eqvlg", "@abc", "@LINE", "@a.b_c-1",
                    "@" + "a" * 21, ""]:
        for text in ["", "Hi there!", "a=b&c+d\n", TEXTS[3]]:
            out["line"].append(seed(0, line_id, text))
    out["line"].append(seed(REPLACE, "@linedevelopers", INVALID[5]))
    for url in ["https://wa.me/31613558270?text=a&b=c", "sms:+31613558270", "javascript:alert(1)",
                "HTTPS://x", "wa.me/1", "https://wa.me/ space", "viber://chat?number=%2B1", ""]:
        for label in ["Chat", "Fish & <chips> \"'", "a\r\nb", "", "é 😀"]:
            out["html-anchor"].append(seed(SAME_TAB if len(out["html-anchor"]) % 2 else 0, url, label))
    out["html-anchor"].append(seed(REPLACE, "https://wa.me/", INVALID[0]))
    for url in ["https://wa.me/31613558270?text=Hi%20there", "http://www.wa.me/31613558270/?text=a+b",
                "https://api.whatsapp.com/send/?phone=%2B31613558270&text=x&type=phone_number",
                "whatsapp://send?text=hi", "https://wa.me/?text=a&text=b", "https://wa.me/316",
                "https://x.com/messages/compose?recipient_id=3805104374&text=hi",
                "https://mobile.twitter.com/messages/compose/?recipient_id=1",
                "https://www.m.me/saysimple.haarlem/?text=Hoi&ref=footer",
                "https://t.me/durov?text=%20%40gif", "https://t.me/+31613558270",
                "https://t.me/+AbCdEf", "https://ig.me/m/say.simple?ref=a%3Db",
                "sms:+31613558270?body=Hi", "https://signal.me/#p/+31613558270",
                "viber://chat?number=%2B31613558270",
                "https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21",
                "https://wa.me@evil.com/1", "https://wa.me:8443/1", "javascript:alert(1)",
                "https://wa.me/?text=%FF", "https://wa.me/?text=%00", "  https://wa.me/31613558270\n",
                "https://chat.whatsapp.com/x", ""]:
        for flags in (0, POSSIBLE, REPLACE):
            out["link-parse"].append(seed(flags, url))
    out["link-parse"].append(seed(UNTAKEN, "https://wa.me/31613558270"))
    out["link-parse"].append(seed(SAME_TAB, "https://wa.me/31613558270"))
    for status in [0, 1, 3, 6, 7, 8, 10, 16, 17, 22, 23, 30, 33, 34, 99, -1, 2**31 - 1, -2**31]:
        out["strerror"].append((status & 0xFFFFFFFF).to_bytes(4, "big"))
    return out


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    for target, items in seeds().items():
        directory = os.path.join(root, target)
        # Inputs the fuzzers found (kept as regression seeds) stay; ours are rewritten.
        os.makedirs(directory, exist_ok=True)
        for item in items:
            with open(os.path.join(directory, hashlib.sha1(item).hexdigest()), "wb") as f:
                f.write(item)
        print(f"{target}: {len(set(items))} seeds")


if __name__ == "__main__":
    main()
