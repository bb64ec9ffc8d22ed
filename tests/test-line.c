/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

#define OA "https://line.me/R/oaMessage/"

START_TEST(test_line_documented_example)
{
    /* LINE's own example: @linedevelopers and "Hi there!" */
    ck_assert_builds(OA "%40linedevelopers/?Hi%20there%21", chatlink_line, "@linedevelopers",
                     "Hi there!", 0);
    ck_assert_builds(OA "%40linedevelopers/?Hi%20there%21", chatlink_line, "linedevelopers",
                     "Hi there!", 0);
}
END_TEST

START_TEST(test_line_without_text)
{
    ck_assert_builds(OA "%40762eqvlg/", chatlink_line, "@762eqvlg", NULL, 0);
    ck_assert_builds(OA "%40762eqvlg/", chatlink_line, "@762eqvlg", "", 0);
}
END_TEST

START_TEST(test_line_text_is_the_whole_query)
{
    /* No key, so "=" and "&" in the text must be encoded like everything else. */
    ck_assert_builds(OA "%40carrent-chiangmai/?a%3Db%26c%2Bd%0A%E3%81%93", chatlink_line,
                     "@carrent-chiangmai", "a=b&c+d\n\xE3\x81\x93", 0);
}
END_TEST

START_TEST(test_line_id_rules)
{
    ck_assert_builds(OA "%40a.b_c-1/", chatlink_line, "a.b_c-1", NULL, 0);
    static const char *const bad[] = { "",     "@",          "@abc",        "@LineDevelopers",
                                       "@a b", "@line/devs", "@@linedevs", "@abcdefghijklmnopqrstu" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_line, bad[i], "hi", 0);
}
END_TEST

START_TEST(test_line_arguments_and_utf8)
{
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_line, NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_line, "@linedevelopers", NULL,
                    CHATLINK_PHONE_POSSIBLE_ONLY);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_line, "@linedevelopers", "\xF5", 0);
    ck_assert_builds(OA "%40linedevelopers/?%EF%BF%BD", chatlink_line, "@linedevelopers", "\xF5",
                     CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("line");
    ADD_TEST(s, test_line_documented_example);
    ADD_TEST(s, test_line_without_text);
    ADD_TEST(s, test_line_text_is_the_whole_query);
    ADD_TEST(s, test_line_id_rules);
    ADD_TEST(s, test_line_arguments_and_utf8);
    return s;
}
