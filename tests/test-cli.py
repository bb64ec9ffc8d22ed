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


class LinkAssertions(unittest.TestCase):
    def assertLink(self, args, link, stdin=None):
        r = run(*args, stdin=stdin)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, link + "\n", ""))


class Links(LinkAssertions):
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


class NewChannels(LinkAssertions):
    def test_telegram(self):
        self.assertLink(["telegram", "@durov", "@gif cats"], "https://t.me/durov?text=%20%40gif%20cats")
        self.assertLink(["telegram", "+31 6 1355 8270"], "https://t.me/+31613558270")

    def test_instagram(self):
        self.assertLink(["instagram", "say.simple", "--ref=spring"], "https://ig.me/m/say.simple?ref=spring")
        self.assertLink(["instagram", "say.simple", "a=b"], "https://ig.me/m/say.simple?ref=a%3Db")

    def test_sms_signal_viber(self):
        self.assertLink(["sms", "+31 6 1355 8270", "Hi & bye"], "sms:+31613558270?body=Hi%20%26%20bye")
        self.assertLink(["signal", "+31 6 1355 8270"], "https://signal.me/#p/+31613558270")
        self.assertLink(["viber", "+31 6 1355 8270"], "viber://chat?number=%2B31613558270")

    def test_line(self):
        self.assertLink(["line", "@linedevelopers", "Hi there!"],
                        "https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21")

    def test_html(self):
        self.assertLink(["html", "https://wa.me/31613558270?text=a&x=b", "Fish & <chips>"],
                        '<a href="https://wa.me/31613558270?text=a&amp;x=b" target="_blank" '
                        'rel="noopener">Fish &amp; &lt;chips&gt;</a>')
        self.assertLink(["--same-tab", "html", "sms:+31613558270", "SMS"],
                        '<a href="sms:+31613558270">SMS</a>')

    def test_messenger_positional_text_and_ref(self):
        self.assertLink(["messenger", "saysimple.haarlem", "Hoi", "site"],
                        "https://m.me/saysimple.haarlem?text=Hoi&ref=site")

    def test_parse(self):
        self.assertLink(["parse", "http://api.whatsapp.com/send/?phone=%2B31613558270&text=a%09b%0Ac%5C"],
                        "whatsapp\t+31613558270\ta\\tb\\nc\\\\\t")
        self.assertLink(["parse", "https://www.m.me/saysimple/?ref=x"], "messenger\tsaysimple\t\tx")

    def test_parse_refused(self):
        r = run("parse", "https://www.instagram.com/saysimple/")
        self.assertEqual(r.returncode, 1)
        self.assertIn("does not open a conversation", r.stderr)


class Batch(unittest.TestCase):
    def batch(self, args, stdin):
        return run(*args, stdin=stdin)

    def test_tsv_one_link_a_line(self):
        r = self.batch(["batch", "whatsapp"],
                       "+31 6 1355 8270\tHallo!\n"
                       "+44 20 7183 8750\n"
                       "\tText only\n")
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        self.assertEqual(r.stdout.splitlines(), [
            "https://wa.me/31613558270?text=Hallo%21",
            "https://wa.me/442071838750",
            "https://wa.me/?text=Text%20only"])

    def test_bad_lines_are_reported_and_skipped(self):
        r = self.batch(["batch", "sms"],
                       "+31 6 1355 8270\tone\n"
                       "06 12345678\ttwo\n"
                       "\n"
                       "+31 6 CALL ME\tthree\n"
                       "+31 6 1355 8270\tfour\textra\n"
                       "+31 6 1355 8270\tfive\r\n")
        self.assertEqual(r.returncode, 1)
        # One output line per input line, so results stay next to their inputs.
        self.assertEqual(r.stdout.split("\n"), [
            "sms:+31613558270?body=one", "", "", "", "", "sms:+31613558270?body=five", ""])
        self.assertEqual(r.stderr.splitlines(), [
            "chatlink: line 2: The phone number has no country code: write it in international "
            "form, starting with + and the country code.",
            "chatlink: line 4: The phone number contains a character that does not belong in a "
            "phone number.",
            "chatlink: line 5: too many fields"])

    def test_csv_with_quotes_commas_and_line_breaks(self):
        r = self.batch(["--csv", "--header", "batch", "telegram"],
                       'recipient,text\r\n'
                       'durov,"Hello, world"\r\n'
                       '"@durov","two\nlines and a ""quote"""\r\n'
                       'abc,short name\r\n'
                       'durov,"unclosed\n')
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout.splitlines(), [
            "https://t.me/durov?text=Hello%2C%20world",
            "https://t.me/durov?text=two%0Alines%20and%20a%20%22quote%22",
            "", ""])
        self.assertEqual(r.stderr.splitlines(), [
            "chatlink: line 5: The user or page name is not valid for this platform.",
            "chatlink: line 6: a quoted field is not closed before the end of the input"])

    def test_csv_stray_quote(self):
        r = self.batch(["--csv", "batch", "encode"], 'a"b\n"x"y\nok\n')
        self.assertEqual(r.stdout.splitlines(), ["", "", "ok"])
        self.assertEqual(r.stderr.splitlines(), [
            "chatlink: line 1: a quote in the middle of an unquoted field",
            "chatlink: line 2: text after the closing quote of a field"])

    def test_batch_parse_migrates_pasted_links(self):
        r = self.batch(["batch", "parse"],
                       "https://api.whatsapp.com/send?phone=31613558270&text=Hi\n"
                       "https://twitter.com/messages/compose?recipient_id=3805104374\n"
                       "https://example.com/\n"
                       "sms:+31613558270?body=a%0Ab\n")
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout.splitlines(), [
            "whatsapp\t+31613558270\tHi\t",
            "twitter\t3805104374\t\t",
            "",
            "sms\t+31613558270\ta\\nb\t"])
        self.assertEqual(r.stderr, "chatlink: line 3: This is not a link to a chat app.\n")

    def test_batch_html_is_one_line_per_record(self):
        r = self.batch(["--csv", "batch", "html"], 'https://m.me/saysimple,"Chat\nwith us"\n')
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        self.assertEqual(r.stdout, '<a href="https://m.me/saysimple" target="_blank" '
                                   'rel="noopener">Chat&#10;with us</a>\n')

    def test_batch_too_few_fields(self):
        r = self.batch(["batch", "html"], "https://m.me/saysimple\n")
        self.assertEqual((r.returncode, r.stdout), (1, "\n"))
        self.assertEqual(r.stderr, "chatlink: line 1: too few fields\n")


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
        self.assertUsage(["skype", "x"], "unknown command: skype")
        self.assertUsage(["batch", "skype"], "unknown command: skype")

    def test_unknown_option(self):
        self.assertUsage(["--colour", "encode", "x"], "unknown option: --colour")

    def test_missing_argument(self):
        self.assertUsage(["whatsapp"], "missing argument")

    def test_too_many_arguments(self):
        self.assertUsage(["phone", "1", "NL", "3"], "too many arguments")
        self.assertUsage(["signal", "+31613558270", "Hi"], "too many arguments")

    def test_missing_option_value(self):
        self.assertUsage(["phone", "1", "--region"], "missing value for --region")

    def test_option_for_another_command(self):
        self.assertUsage(["whatsapp", "+31613558270", "--ref", "x"], "--ref is not an option of whatsapp")
        self.assertUsage(["encode", "x", "--csv"], "--csv and --header are for batch")
        self.assertUsage(["messenger", "saysimple", "Hoi", "--text", "Hoi"], "given twice: TEXT")

    def test_flag_the_command_does_not_take(self):
        self.assertUsage(["--api-host", "twitter", "1"], "does not support")
        self.assertUsage(["--api-host", "batch", "sms"], "does not support")

    def test_batch_usage(self):
        self.assertUsage(["batch"], "missing command for batch")
        self.assertUsage(["batch", "sms", "x"], "too many arguments for batch")
        self.assertUsage(["batch", "sms", "--text", "x"], "come from the columns")

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
