/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

START_TEST(test_sms_link)
{
    /* RFC 5724: sms:<global-number>?body=<unreserved or pct-encoded> */
    ck_assert_builds("sms:+31612345678", chatlink_sms, "+31 6 1234 5678", NULL, 0);
    ck_assert_builds("sms:+31612345678?body=Hallo%20%26%20%2B%20dag%0D%0A", chatlink_sms,
                     "0031 6 12345678", "Hallo & + dag\r\n", 0);
    ck_assert_builds("sms:+442071838750?body=%E2%82%AC5", chatlink_sms, "44 20 7183 8750",
                     "\xE2\x82\xAC" "5", 0);
}
END_TEST

START_TEST(test_sms_errors)
{
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_sms, NULL, "hi", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_EMPTY, chatlink_sms, "", "hi", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_NO_COUNTRY, chatlink_sms, "06 12345678", "hi", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_sms, "+31612345678,+31687654321", NULL,
                    0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_sms, "+31612345678", "\xED\xA0\x80", 0);
    ck_assert_builds("sms:+31612345678?body=%EF%BF%BD%EF%BF%BD%EF%BF%BD", chatlink_sms,
                     "+31612345678", "\xED\xA0\x80", CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_sms, "+31612345678", NULL,
                    CHATLINK_WHATSAPP_API_HOST);
}
END_TEST

START_TEST(test_signal_link)
{
    ck_assert_builds("https://signal.me/#p/+31612345678", chatlink_signal, "+31 (0)6 1234 5678", 0);
    ck_assert_builds("https://signal.me/#p/+31600000000", chatlink_signal, "+31 6 0000 0000",
                     CHATLINK_PHONE_POSSIBLE_ONLY);
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_signal, "+31 6 0000 0000", 0);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_signal, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_signal, "+31612345678",
                    CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_signal, "+31 6 CALL NOW", 0);
}
END_TEST

START_TEST(test_viber_link)
{
    ck_assert_builds("viber://chat?number=%2B31612345678", chatlink_viber, "+31 6 1234 5678", 0);
    ck_assert_builds("viber://chat?number=%2B393123456789", chatlink_viber, "+39 312 345 6789", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_viber, "+31 6 1234 5678 9999", 0);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_viber, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_viber, "+31612345678", CHATLINK_TWITTER_HOST);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("phone-links");
    ADD_TEST(s, test_sms_link);
    ADD_TEST(s, test_sms_errors);
    ADD_TEST(s, test_signal_link);
    ADD_TEST(s, test_viber_link);
    return s;
}
