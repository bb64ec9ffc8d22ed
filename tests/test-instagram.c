/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdlib.h>

#include "test-common.h"

START_TEST(test_instagram_username)
{
    ck_assert_builds("https://ig.me/m/saysimple", chatlink_instagram, "saysimple", NULL, 0);
    ck_assert_builds("https://ig.me/m/say.simple_nl", chatlink_instagram, "@say.simple_nl", "", 0);
    ck_assert_builds("https://ig.me/m/a", chatlink_instagram, "a", NULL, 0);
    ck_assert_builds("https://ig.me/m/._", chatlink_instagram, "._", NULL, 0);
    ck_assert_builds("https://ig.me/m/abcdefghijklmnopqrstuvwxyz1234", chatlink_instagram,
                     "abcdefghijklmnopqrstuvwxyz1234", NULL, 0);
}
END_TEST

START_TEST(test_instagram_rejects_bad_usernames)
{
    static const char *const bad[] = { "",          "@",         "say-simple", "say simple",
                                       "say/simple", "sayßimple", "@@saysimple",
                                       "abcdefghijklmnopqrstuvwxyz12345" /* 31 */,
                                       /* browsers read these as path steps */
                                       ".", "..", "@...", "......" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_instagram, bad[i], NULL, 0);
}
END_TEST

START_TEST(test_instagram_ref)
{
    /* "Only alphanumeric characters, and -, _, = are supported" */
    ck_assert_builds("https://ig.me/m/saysimple?ref=spring-sale_2026", chatlink_instagram,
                     "saysimple", "spring-sale_2026", 0);
    ck_assert_builds("https://ig.me/m/saysimple?ref=a%3Db", chatlink_instagram, "saysimple", "a=b",
                     0);
    static const char *const bad[] = { "a b", "a&b", "a.b", "a+b", "caf\xC3\xA9", "a\nb", "a%20b" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_fails(CHATLINK_ERR_REF, chatlink_instagram, "saysimple", bad[i], 0);
}
END_TEST

START_TEST(test_instagram_ref_limit_is_2083)
{
    char ref[2085];
    memset(ref, 'r', sizeof ref);
    ref[2083] = '\0';
    char buf[2200];
    size_t len;
    ck_assert_int_eq(chatlink_instagram(buf, sizeof buf, &len, "saysimple", ref, 0), CHATLINK_OK);
    ck_assert_uint_eq(len, strlen("https://ig.me/m/saysimple?ref=") + 2083);
    ref[2083] = 'r';
    ref[2084] = '\0';
    ck_assert_fails(CHATLINK_ERR_TOO_LONG, chatlink_instagram, "saysimple", ref, 0);
}
END_TEST

START_TEST(test_instagram_arguments)
{
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_instagram, NULL, NULL, 0);
    /* No free text here, so not even the UTF-8 flag is taken. */
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_instagram, "saysimple", NULL,
                    CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("instagram");
    ADD_TEST(s, test_instagram_username);
    ADD_TEST(s, test_instagram_rejects_bad_usernames);
    ADD_TEST(s, test_instagram_ref);
    ADD_TEST(s, test_instagram_ref_limit_is_2083);
    ADD_TEST(s, test_instagram_arguments);
    return s;
}
