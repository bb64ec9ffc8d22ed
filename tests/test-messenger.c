/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

#define SEED "https://m.me/saysimple.haarlem"

START_TEST(test_messenger_seed_page)
{
    ck_assert_builds(SEED, chatlink_messenger, "saysimple.haarlem", NULL, NULL, 0);
}
END_TEST

START_TEST(test_messenger_text_only)
{
    /* Meta's own example: ?text=Hello%20and%20Welcome */
    ck_assert_builds(SEED "?text=Hello%20and%20Welcome", chatlink_messenger, "saysimple.haarlem",
                     "Hello and Welcome", NULL, 0);
}
END_TEST

START_TEST(test_messenger_ref_only)
{
    ck_assert_builds(SEED "?ref=footer", chatlink_messenger, "saysimple.haarlem", NULL, "footer",
                     0);
    ck_assert_builds(SEED "?ref=footer", chatlink_messenger, "saysimple.haarlem", "", "footer", 0);
}
END_TEST

START_TEST(test_messenger_text_and_ref)
{
    ck_assert_builds(SEED "?text=Hoi%20%26%20dag&ref=utm%3Dsite%26page%3D2", chatlink_messenger,
                     "saysimple.haarlem", "Hoi & dag", "utm=site&page=2", 0);
}
END_TEST

START_TEST(test_messenger_numeric_page_id)
{
    ck_assert_builds("https://m.me/104512345678901", chatlink_messenger, "104512345678901", NULL,
                     NULL, 0);
}
END_TEST

START_TEST(test_messenger_username_of_five_is_enough)
{
    ck_assert_builds("https://m.me/ab.cd", chatlink_messenger, "ab.cd", NULL, NULL, 0);
}
END_TEST

START_TEST(test_messenger_rejects_four_letter_name)
{
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "abcd", NULL, NULL, 0);
}
END_TEST

START_TEST(test_messenger_rejects_characters_outside_username_set)
{
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "saysimple-haarlem", NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "say_simple", NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "say simple", NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "saysimple/x", NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "caf\xC3\xA9s", NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "", NULL, NULL, 0);
}
END_TEST

START_TEST(test_messenger_rejects_bad_numeric_id)
{
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "0123456", NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_messenger, "18446744073709551616", NULL, NULL,
                    0);
}
END_TEST

START_TEST(test_messenger_ref_limit_is_2083_bytes)
{
    char ref[2085];
    memset(ref, 'r', sizeof ref);
    ref[2083] = '\0';
    size_t len = 0;
    ck_assert_int_eq(chatlink_messenger(NULL, 0, &len, "saysimple", NULL, ref, 0), CHATLINK_OK);
    ck_assert_uint_eq(len, strlen("https://m.me/saysimple?ref=") + 2083);

    ref[2083] = 'r';
    ref[2084] = '\0';
    ck_assert_fails(CHATLINK_ERR_TOO_LONG, chatlink_messenger, "saysimple", NULL, ref, 0);
}
END_TEST

START_TEST(test_messenger_rejects_control_characters_in_ref)
{
    ck_assert_fails(CHATLINK_ERR_REF, chatlink_messenger, "saysimple", NULL, "a\nb", 0);
    ck_assert_fails(CHATLINK_ERR_REF, chatlink_messenger, "saysimple", NULL, "a\x7F", 0);
    ck_assert_fails(CHATLINK_ERR_REF, chatlink_messenger, "saysimple", NULL, "\xC2\x85", 0);
}
END_TEST

START_TEST(test_messenger_ref_takes_any_printable_text)
{
    ck_assert_builds("https://m.me/saysimple?ref=caf%C3%A9%20%C2%A0%F0%9F%98%80",
                     chatlink_messenger, "saysimple", NULL, "caf\xC3\xA9 \xC2\xA0\xF0\x9F\x98\x80",
                     0);
}
END_TEST

START_TEST(test_messenger_text_may_have_newlines)
{
    ck_assert_builds(SEED "?text=a%0Ab", chatlink_messenger, "saysimple.haarlem", "a\nb", NULL, 0);
}
END_TEST

START_TEST(test_messenger_rejects_invalid_utf8)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_messenger, "saysimple", "\xC0\xAF", NULL,
                    0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_messenger, "saysimple", NULL, "\xC0\xAF",
                    0);
}
END_TEST

START_TEST(test_messenger_replaces_invalid_utf8_in_ref_on_request)
{
    ck_assert_builds("https://m.me/saysimple?ref=x%EF%BF%BD", chatlink_messenger, "saysimple", NULL,
                     "x\xFF", CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("messenger");
    ADD_TEST(s, test_messenger_seed_page);
    ADD_TEST(s, test_messenger_text_only);
    ADD_TEST(s, test_messenger_ref_only);
    ADD_TEST(s, test_messenger_text_and_ref);
    ADD_TEST(s, test_messenger_numeric_page_id);
    ADD_TEST(s, test_messenger_username_of_five_is_enough);
    ADD_TEST(s, test_messenger_rejects_four_letter_name);
    ADD_TEST(s, test_messenger_rejects_characters_outside_username_set);
    ADD_TEST(s, test_messenger_rejects_bad_numeric_id);
    ADD_TEST(s, test_messenger_ref_limit_is_2083_bytes);
    ADD_TEST(s, test_messenger_rejects_control_characters_in_ref);
    ADD_TEST(s, test_messenger_ref_takes_any_printable_text);
    ADD_TEST(s, test_messenger_text_may_have_newlines);
    ADD_TEST(s, test_messenger_rejects_invalid_utf8);
    ADD_TEST(s, test_messenger_replaces_invalid_utf8_in_ref_on_request);
    return s;
}
