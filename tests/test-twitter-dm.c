/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

#define COMPOSE "https://x.com/messages/compose?recipient_id="

START_TEST(test_twitter_seed_recipient)
{
    ck_assert_builds(COMPOSE "2999599696", chatlink_twitter_dm, "2999599696", NULL, 0);
}
END_TEST

START_TEST(test_twitter_docs_example_with_text)
{
    ck_assert_builds(COMPOSE "3805104374&text=Hi%21%20Can%20I%20ask%3F", chatlink_twitter_dm,
                     "3805104374", "Hi! Can I ask?", 0);
}
END_TEST

START_TEST(test_twitter_host_flag)
{
    ck_assert_builds("https://twitter.com/messages/compose?recipient_id=2999599696&text=Hi",
                     chatlink_twitter_dm, "2999599696", "Hi", CHATLINK_TWITTER_HOST);
}
END_TEST

START_TEST(test_twitter_empty_text_adds_no_parameter)
{
    ck_assert_builds(COMPOSE "12", chatlink_twitter_dm, "12", "", 0);
}
END_TEST

START_TEST(test_twitter_accepts_id_range_limits)
{
    ck_assert_builds(COMPOSE "1", chatlink_twitter_dm, "1", NULL, 0);
    ck_assert_builds(COMPOSE "18446744073709551615", chatlink_twitter_dm, "18446744073709551615",
                     NULL, 0);
    ck_assert_builds(COMPOSE "9999999999999999999", chatlink_twitter_dm, "9999999999999999999",
                     NULL, 0);
}
END_TEST

START_TEST(test_twitter_rejects_handle)
{
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "@jack", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "jack", NULL, 0);
}
END_TEST

START_TEST(test_twitter_rejects_leading_zero)
{
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "0123", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "0", NULL, 0);
}
END_TEST

START_TEST(test_twitter_rejects_more_than_20_digits)
{
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "123456789012345678901", NULL,
                    0);
}
END_TEST

START_TEST(test_twitter_rejects_2_to_the_64)
{
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "18446744073709551616", NULL,
                    0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "99999999999999999999", NULL,
                    0);
}
END_TEST

START_TEST(test_twitter_rejects_empty_signs_and_spaces)
{
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "+12", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "-12", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, " 12", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "12 ", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "1e9", NULL, 0);
}
END_TEST

START_TEST(test_twitter_rejects_non_ascii_digits)
{
    /* Arabic-Indic 123: a number to a person, not an id to X. */
    ck_assert_fails(CHATLINK_ERR_RECIPIENT_ID, chatlink_twitter_dm, "\xD9\xA1\xD9\xA2\xD9\xA3",
                    NULL, 0);
}
END_TEST

START_TEST(test_twitter_rejects_invalid_utf8_text)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_twitter_dm, "12", "\xED\xA0\x80", 0);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("twitter_dm");
    ADD_TEST(s, test_twitter_seed_recipient);
    ADD_TEST(s, test_twitter_docs_example_with_text);
    ADD_TEST(s, test_twitter_host_flag);
    ADD_TEST(s, test_twitter_empty_text_adds_no_parameter);
    ADD_TEST(s, test_twitter_accepts_id_range_limits);
    ADD_TEST(s, test_twitter_rejects_handle);
    ADD_TEST(s, test_twitter_rejects_leading_zero);
    ADD_TEST(s, test_twitter_rejects_more_than_20_digits);
    ADD_TEST(s, test_twitter_rejects_2_to_the_64);
    ADD_TEST(s, test_twitter_rejects_empty_signs_and_spaces);
    ADD_TEST(s, test_twitter_rejects_non_ascii_digits);
    ADD_TEST(s, test_twitter_rejects_invalid_utf8_text);
    return s;
}
