#!/usr/bin/env python3
# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""Tests of the chatlink command-line tool: output, messages, exit codes.

Usage: test-cli.py PATH_TO_CHATLINK
"""

import subprocess
import sys
import unittest

CHATLINK = None


def run(*args, stdin=None):
    return subprocess.run([CHATLINK, *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", errors="surrogateescape")


class Links(unittest.TestCase):
    def assertLink(self, args, link, stdin=None):
        r = run(*args, stdin=stdin)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, link + "\n", ""))

    def test_whatsapp_readme_example(self):
        self.assertLink(["whatsapp", "+31 6 1355 8270", "Hallo!"],
                        "https://wa.me/31613558270?text=Hallo%21")

    def test_whatsapp_text_only(self):
        self.assertLink(["whatsapp", "", "Hi & bye"], "https://wa.me/?text=Hi%20%26%20bye")

    def test_whatsapp_api_host_option(self):
        self.assertLink(["--api-host", "whatsapp", "0031613558270"],
                        "https://api.whatsapp.com/send?phone=31613558270")

    def test_options_after_arguments(self):
        self.assertLink(["whatsapp", "0031613558270", "--api-host"],
                        "https://api.whatsapp.com/send?phone=31613558270")

    def test_twitter(self):
        self.assertLink(["twitter", "2999599696", "Hi"],
                        "https://x.com/messages/compose?recipient_id=2999599696&text=Hi")

    def test_twitter_host_option(self):
        self.assertLink(["--twitter-host", "twitter", "2999599696"],
                        "https://twitter.com/messages/compose?recipient_id=2999599696")

    def test_messenger_with_text_and_ref(self):
        self.assertLink(["messenger", "saysimple.haarlem", "--text", "Hoi", "--ref=site"],
                        "https://m.me/saysimple.haarlem?text=Hoi&ref=site")

    def test_phone_with_region(self):
        self.assertLink(["phone", "06 1355 8270", "--region", "nl"], "+31613558270")

    def test_encode(self):
        self.assertLink(["encode", "a b&c"], "a%20b%26c")

    def test_text_from_stdin_drops_final_newline(self):
        self.assertLink(["whatsapp", "+31613558270", "-"],
                        "https://wa.me/31613558270?text=line%201%0Aline%202",
                        stdin="line 1\nline 2\n")

    def test_ref_from_stdin(self):
        self.assertLink(["messenger", "saysimple", "--ref", "-"],
                        "https://m.me/saysimple?ref=abc", stdin="abc\r\n")

    def test_dash_dash_ends_options(self):
        self.assertLink(["encode", "--", "--x"], "--x")

    def test_replace_invalid_utf8_option(self):
        r = subprocess.run([CHATLINK, "--replace-invalid-utf8", "encode", b"a\xffb"],
                           capture_output=True)
        self.assertEqual((r.returncode, r.stdout), (0, b"a%EF%BF%BDb\n"))


class BadInput(unittest.TestCase):
    def assertRefused(self, args, message):
        r = run(*args)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, "")
        self.assertEqual(r.stderr, f"chatlink: {message}\n")

    def test_letters_in_phone(self):
        self.assertRefused(["whatsapp", "+31 6 CALL ME"],
                           "The phone number contains a character that does not belong "
                           "in a phone number.")

    def test_national_number_without_region(self):
        self.assertRefused(["phone", "06 12345678"],
                           "The phone number has no country code: write it in international "
                           "form, starting with + and the country code.")

    def test_twitter_handle(self):
        self.assertRefused(["twitter", "@jack"],
                           "The X account must be given by its numeric user id (up to 20 "
                           "digits), not by its @handle.")

    def test_short_messenger_name(self):
        self.assertRefused(["messenger", "abcd"],
                           "The user or page name is not valid for this platform.")

    def test_invalid_utf8(self):
        r = subprocess.run([CHATLINK, "encode", b"a\xffb"], capture_output=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"not valid UTF-8", r.stderr)


class Usage(unittest.TestCase):
    def assertUsage(self, args, fragment):
        r = run(*args)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertIn(fragment, r.stderr)

    def test_no_command(self):
        self.assertUsage([], "no command")

    def test_unknown_command(self):
        self.assertUsage(["telegram", "x"], "unknown command: telegram")

    def test_unknown_option(self):
        self.assertUsage(["--colour", "encode", "x"], "unknown option: --colour")

    def test_missing_argument(self):
        self.assertUsage(["whatsapp"], "missing argument")

    def test_too_many_arguments(self):
        self.assertUsage(["phone", "1", "2"], "too many arguments")

    def test_missing_option_value(self):
        self.assertUsage(["phone", "1", "--region"], "missing value for --region")

    def test_option_for_another_command(self):
        self.assertUsage(["whatsapp", "+31613558270", "--ref", "x"], "--text and --ref")

    def test_flag_the_command_does_not_take(self):
        self.assertUsage(["--api-host", "twitter", "1"], "does not support")

    def test_help(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: chatlink", r.stdout)

    def test_version(self):
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^chatlink \d+\.\d+\.\d+\n$")


if __name__ == "__main__":
    CHATLINK = sys.argv.pop(1)
    unittest.main(verbosity=2)
