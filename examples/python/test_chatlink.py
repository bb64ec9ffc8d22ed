#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Tests of chatlink.py against the real library (CHATLINK_LIBRARY=path/to/libchatlink.so)."""

import os
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
