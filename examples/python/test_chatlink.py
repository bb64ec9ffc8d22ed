#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Tests of chatlink.py against the real library (CHATLINK_LIBRARY=path/to/libchatlink.so)."""

import html.parser
import os
import random
import re
import sys
import threading
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chatlink  # noqa: E402


def query_value(link, name):
    """The value a URL parser reads back (urllib: no '+' is ever in our links)."""
    query = urllib.parse.urlsplit(link).query
    values = urllib.parse.parse_qs(query, keep_blank_values=True, strict_parsing=True)
    return values[name][0]


class Links(unittest.TestCase):
    def test_whatsapp(self):
        self.assertEqual(chatlink.whatsapp("+31 6 1355 8270", "Hallo!"),
                         "https://wa.me/31613558270?text=Hallo%21")

    def test_whatsapp_text_only_and_api_host(self):
        self.assertEqual(chatlink.whatsapp(None, "Hi"), "https://wa.me/?text=Hi")
        self.assertEqual(chatlink.whatsapp("0031613558270", api_host=True),
                         "https://api.whatsapp.com/send?phone=31613558270")

    def test_text_comes_back_exactly(self):
        text = "Fish & chips? 1+1=2 #5 100%\nNieuwe regel\ttab 🇳🇱👩‍👩‍👧 é ß 中文 مرحبا"
        link = chatlink.whatsapp("+31613558270", text)
        self.assertIsInstance(link, str)
        self.assertEqual(query_value(link, "text"), text)

    def test_twitter_and_messenger(self):
        self.assertEqual(chatlink.twitter_dm(3805104374, "Hi", twitter_host=True),
                         "https://twitter.com/messages/compose?recipient_id=3805104374&text=Hi")
        link = chatlink.messenger("saysimple.haarlem", "Hoi & dag", "footer=1")
        self.assertEqual(query_value(link, "text"), "Hoi & dag")
        self.assertEqual(query_value(link, "ref"), "footer=1")

    def test_phone_and_encode(self):
        self.assertEqual(chatlink.phone_e164("06 1355 8270", "NL"), "+31613558270")
        self.assertEqual(chatlink.phone_e164("٠٦١٣٥٥٨٢٧٠", "nl"), "+31613558270")
        self.assertEqual(chatlink.percent_encode("a&b c"), "a%26b%20c")
        self.assertEqual(chatlink.percent_encode(b"a\0b"), "a%00b")

    def test_long_text_is_sized_by_the_library(self):
        text = "é" * 50000
        link = chatlink.whatsapp("+31613558270", text)
        self.assertEqual(len(link), len("https://wa.me/31613558270?text=") + 50000 * 6)


class NewChannels(unittest.TestCase):
    """libchatlink 1.1."""

    def test_builders(self):
        self.assertEqual(chatlink.telegram("@durov", "@gif cats"),
                         "https://t.me/durov?text=%20%40gif%20cats")
        self.assertEqual(chatlink.telegram("+31 6 1355 8270"), "https://t.me/+31613558270")
        self.assertEqual(chatlink.instagram("say.simple", "spring=1"),
                         "https://ig.me/m/say.simple?ref=spring%3D1")
        self.assertEqual(chatlink.sms("+31 6 1355 8270", "Hi & bye"),
                         "sms:+31613558270?body=Hi%20%26%20bye")
        self.assertEqual(chatlink.signal("+31 6 1355 8270"), "https://signal.me/#p/+31613558270")
        self.assertEqual(chatlink.viber("+31 6 1355 8270"), "viber://chat?number=%2B31613558270")
        self.assertEqual(chatlink.line("@linedevelopers", "Hi there!"),
                         "https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21")

    def test_parse_round_trip(self):
        text = "Fish & chips? 1+1=2 #5 100%\n🇳🇱 é 中文"
        cases = [
            (chatlink.whatsapp("+31 6 1355 8270", text), chatlink.Channel.WHATSAPP, "+31613558270", text, ""),
            (chatlink.messenger("saysimple", text, "footer"), chatlink.Channel.MESSENGER, "saysimple", text, "footer"),
            (chatlink.telegram("@durov", "@" + text), chatlink.Channel.TELEGRAM, "durov", "@" + text, ""),
            (chatlink.instagram("@say.simple", "a=b"), chatlink.Channel.INSTAGRAM, "say.simple", "", "a=b"),
            (chatlink.sms("0031613558270", text), chatlink.Channel.SMS, "+31613558270", text, ""),
            (chatlink.line("linedevelopers", text), chatlink.Channel.LINE, "@linedevelopers", text, ""),
        ]
        for link, channel, target, text_back, ref in cases:
            self.assertEqual(chatlink.parse(link), (channel, target, text_back, ref))

    def test_parse_pasted_and_refused(self):
        link = chatlink.parse(" http://www.m.me/saysimple/?text=Hoi+daar&utm_source=x ")
        self.assertEqual(link.channel, chatlink.Channel.MESSENGER)
        self.assertEqual(link.text, "Hoi daar")
        S = chatlink.Status
        for url, status in [("wa.me/31613558270", S.ERR_LINK_SYNTAX),
                            ("https://example.com/", S.ERR_LINK_UNKNOWN),
                            ("https://chat.whatsapp.com/AbCd", S.ERR_LINK_UNSUPPORTED),
                            ("https://wa.me/?text=a&text=b", S.ERR_LINK_MALFORMED),
                            ("https://wa.me/316", S.ERR_PHONE_TOO_SHORT)]:
            with self.assertRaises(chatlink.ChatlinkError) as caught:
                chatlink.parse(url)
            self.assertEqual(caught.exception.status, status, url)

    def test_html_anchor_reads_back_through_an_html_parser(self):
        class Anchor(html.parser.HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.attrs, self.text, self.tags = {}, "", []

            def handle_starttag(self, tag, attrs):
                self.tags.append(tag)
                self.attrs = dict(attrs)

            def handle_data(self, data):
                self.text += data

        pieces = ["&", "<", ">", '"', "'", "&amp;", "\r\n", "\r", "\n", "\t", "<script>",
                  "é", "🇳🇱", "中文", " ", "x", "</a>", "&#13;"]
        rng = random.Random(20261122)
        url = chatlink.whatsapp("+31613558270", "Fish & chips", api_host=True)
        for _ in range(2000):
            label = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            anchor = chatlink.html_anchor(url, label)
            self.assertNotIn("\n", anchor)
            parser = Anchor()
            parser.feed(anchor)
            parser.close()
            self.assertEqual(parser.tags, ["a"])
            self.assertEqual(parser.attrs["href"], url)
            self.assertEqual(parser.text, label)

    def test_html_anchor_refuses_scripts(self):
        with self.assertRaises(chatlink.ChatlinkError) as caught:
            chatlink.html_anchor("javascript:alert(1)", "x")
        self.assertEqual(caught.exception.status, chatlink.Status.ERR_LINK_UNKNOWN)


class Wrapper(unittest.TestCase):
    """This module must follow chatlink.h: every status and flag with its number."""
    HEADER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "include",
                          "chatlink.h")

    def header(self):
        with open(self.HEADER, encoding="utf-8") as f:
            return f.read()

    def test_statuses_and_channels_match_the_header(self):
        header = self.header()
        statuses = dict(re.findall(r"^\s*CHATLINK_(OK|ERR_\w+) = (\d+)", header, flags=re.M))
        self.assertEqual({s.name: str(s.value) for s in chatlink.Status}, statuses)
        channels = dict(re.findall(r"^\s*CHATLINK_CHANNEL_(\w+) = (\d+)", header, flags=re.M))
        self.assertEqual({c.name: str(c.value) for c in chatlink.Channel}, channels)

    def test_every_function_is_wrapped(self):
        header = self.header()
        exported = set(re.findall(r"^CHATLINK_EXPORT[^(]*?\b(chatlink_\w+)\s*\(", header,
                                  flags=re.M | re.S))
        for name in exported:
            self.assertIsNotNone(getattr(chatlink._lib, name).argtypes, name)
        self.assertEqual(chatlink.channel_name(chatlink.Channel.LINE), "line")
        self.assertIsNone(chatlink.channel_name(0))


class Errors(unittest.TestCase):
    def assert_status(self, status, call, *args, **kwargs):
        with self.assertRaises(chatlink.ChatlinkError) as caught:
            call(*args, **kwargs)
        self.assertEqual(caught.exception.status, status)
        self.assertEqual(str(caught.exception), chatlink.strerror(status))
        self.assertTrue(str(caught.exception))
        return caught.exception

    def test_phone_statuses(self):
        S = chatlink.Status
        self.assert_status(S.ERR_PHONE_TOO_SHORT, chatlink.whatsapp, "+1 202 555", "Hi")
        self.assert_status(S.ERR_PHONE_CHARACTER, chatlink.whatsapp, "+31 6 CALL NOW")
        self.assert_status(S.ERR_PHONE_NO_COUNTRY, chatlink.whatsapp, "06 1355 8270")
        self.assert_status(S.ERR_PHONE_COUNTRY_CODE, chatlink.phone_e164, "+999 1234 5678")
        self.assert_status(S.ERR_REGION, chatlink.phone_e164, "06 1355 8270", "XX")

    def test_other_statuses(self):
        S = chatlink.Status
        self.assert_status(S.ERR_EMPTY, chatlink.whatsapp, None, None)
        self.assert_status(S.ERR_RECIPIENT_ID, chatlink.twitter_dm, "@jack")
        self.assert_status(S.ERR_USERNAME, chatlink.messenger, "abc")
        self.assert_status(S.ERR_INVALID_UTF8, chatlink.whatsapp, "+31613558270", b"\xc0\xaf")

    def test_invalid_utf8_replaced_on_request(self):
        link = chatlink.whatsapp("+31613558270", b"a\xffb", replace_invalid_utf8=True)
        self.assertEqual(query_value(link, "text"), "a\ufffdb")

    def test_nul_in_text_is_refused_not_cut(self):
        with self.assertRaises(ValueError):
            chatlink.whatsapp("+31613558270", "before\0after")

    def test_error_is_a_value_error(self):
        self.assertTrue(issubclass(chatlink.ChatlinkError, ValueError))


class Library(unittest.TestCase):
    def test_version(self):
        self.assertRegex(chatlink.version(), r"^\d+\.\d+\.\d+$")

    def test_threads(self):
        results = []

        def build(n):
            results.append(chatlink.whatsapp("+31613558270", f"thread {n}") ==
                           f"https://wa.me/31613558270?text=thread%20{n}")

        threads = [threading.Thread(target=build, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [True] * 8)


if __name__ == "__main__":
    unittest.main(verbosity=2)
