/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

#define NEW_TAB "\" target=\"_blank\" rel=\"noopener\">"

START_TEST(test_html_anchor_plain)
{
    ck_assert_builds("<a href=\"https://wa.me/31612345678" NEW_TAB "Chat with us</a>",
                     chatlink_html_anchor, "https://wa.me/31612345678", "Chat with us", 0);
    ck_assert_builds("<a href=\"sms:+31612345678\">Text us</a>", chatlink_html_anchor,
                     "sms:+31612345678", "Text us", CHATLINK_HTML_SAME_TAB);
}
END_TEST

START_TEST(test_html_anchor_escapes_href_once)
{
    /* The "&" between parameters becomes &amp;; the %26 inside a value stays as it is. */
    ck_assert_builds("<a href=\"https://api.whatsapp.com/send?phone=31612345678&amp;text=a%26b" NEW_TAB
                     "x</a>",
                     chatlink_html_anchor, "https://api.whatsapp.com/send?phone=31612345678&text=a%26b",
                     "x", 0);
    ck_assert_builds("<a href=\"https://example.com/?q=&quot;&#39;&lt;&gt;" NEW_TAB "x</a>",
                     chatlink_html_anchor, "https://example.com/?q=\"'<>", "x", 0);
}
END_TEST

START_TEST(test_html_anchor_escapes_label_once)
{
    ck_assert_builds("<a href=\"https://m.me/saysimple" NEW_TAB
                     "Fish &amp; Chips &lt;b&gt;&quot;now&quot; &amp;amp; it&#39;s \xE2\x9C\x93</a>",
                     chatlink_html_anchor, "https://m.me/saysimple",
                     "Fish & Chips <b>\"now\" &amp; it's \xE2\x9C\x93", 0);
    /* CR would become LF in the HTML parser; a reference keeps it. LF too: one line. */
    ck_assert_builds("<a href=\"https://m.me/saysimple\">a&#13;&#10;b\tc</a>", chatlink_html_anchor,
                     "https://m.me/saysimple", "a\r\nb\tc", CHATLINK_HTML_SAME_TAB);
}
END_TEST

START_TEST(test_html_anchor_refuses_other_schemes)
{
    static const char *const unknown[] = { "javascript:alert(1)", "JavaScript:alert(1)",
                                           "data:text/html,x",    "vbscript:x",
                                           "file:///etc/passwd",  "httpx://wa.me/" };
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        ck_assert_fails(CHATLINK_ERR_LINK_UNKNOWN, chatlink_html_anchor, unknown[i], "x", 0);
    static const char *const syntax[] = { "",      "wa.me/31612345678", ":x",
                                          "https://wa.me/a b", "https://wa.me/\n",
                                          "https://wa.me/\xC3\xA9", " https://wa.me/" };
    for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++)
        ck_assert_fails(CHATLINK_ERR_LINK_SYNTAX, chatlink_html_anchor, syntax[i], "x", 0);
    ck_assert_builds("<a href=\"HTTPS://wa.me/" NEW_TAB "x</a>", chatlink_html_anchor,
                     "HTTPS://wa.me/", "x", 0);
}
END_TEST

START_TEST(test_html_anchor_label_rules)
{
    ck_assert_fails(CHATLINK_ERR_LABEL_EMPTY, chatlink_html_anchor, "https://wa.me/", "", 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_html_anchor, "https://wa.me/", "a\xE2\x82",
                    0);
    ck_assert_builds("<a href=\"https://wa.me/" NEW_TAB "a&amp;\xEF\xBF\xBD&lt;</a>",
                     chatlink_html_anchor, "https://wa.me/", "a&\xE2\x82<",
                     CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_html_anchor, NULL, "x", 0);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_html_anchor, "https://wa.me/", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_html_anchor, "https://wa.me/", "x",
                    CHATLINK_PHONE_POSSIBLE_ONLY);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("html-anchor");
    ADD_TEST(s, test_html_anchor_plain);
    ADD_TEST(s, test_html_anchor_escapes_href_once);
    ADD_TEST(s, test_html_anchor_escapes_label_once);
    ADD_TEST(s, test_html_anchor_refuses_other_schemes);
    ADD_TEST(s, test_html_anchor_label_rules);
    return s;
}
