/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

START_TEST(test_telegram_username)
{
    ck_assert_builds("https://t.me/durov", chatlink_telegram, "durov", NULL, 0);
    ck_assert_builds("https://t.me/durov", chatlink_telegram, "@durov", "", 0);
    ck_assert_builds("https://t.me/Chat_Link_Bot?text=Hallo%21", chatlink_telegram,
                     "Chat_Link_Bot", "Hallo!", 0);
}
END_TEST

START_TEST(test_telegram_username_length_is_5_to_32)
{
    ck_assert_builds("https://t.me/abcde", chatlink_telegram, "abcde", NULL, 0);
    ck_assert_builds("https://t.me/a1234567890123456789012345678901", chatlink_telegram,
                     "a1234567890123456789012345678901", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_telegram, "abcd", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_telegram, "a12345678901234567890123456789012",
                    NULL, 0);
}
END_TEST

START_TEST(test_telegram_username_characters)
{
    static const char *const bad[] = { "saysimple.nl", "say-simple", "say simple", "_saysimple",
                                       "1saysimple", "sayßimple", "@@saysimple", "@", "@1234567" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_fails(CHATLINK_ERR_USERNAME, chatlink_telegram, bad[i], "hi", 0);
}
END_TEST

START_TEST(test_telegram_phone_number)
{
    /* core.telegram.org/api/links: t.me/+<phone>, digits only after the "+". */
    ck_assert_builds("https://t.me/+31612345678?text=Hoi", chatlink_telegram, "+31 6 1234 5678",
                     "Hoi", 0);
    ck_assert_builds("https://t.me/+31612345678", chatlink_telegram, "0031 (0)6-12345678", NULL, 0);
    ck_assert_builds("https://t.me/+442071838750", chatlink_telegram, "442071838750", NULL, 0);
}
END_TEST

START_TEST(test_telegram_phone_errors_are_phone_statuses)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_NO_COUNTRY, chatlink_telegram, "06 12345678", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_telegram, "+31 6", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_telegram, "+999 1234 5678", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_telegram, "+31 6 1234 5678 #", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_EMPTY, chatlink_telegram, "", NULL, 0);
}
END_TEST

START_TEST(test_telegram_possible_only)
{
    /* +31 6 0... is not a Dutch mobile number, but has a possible length. */
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_telegram, "+31 6 0000 0000", NULL, 0);
    ck_assert_builds("https://t.me/+31600000000", chatlink_telegram, "+31 6 0000 0000", NULL,
                     CHATLINK_PHONE_POSSIBLE_ONLY);
}
END_TEST

START_TEST(test_telegram_text_starting_with_at_gets_a_space)
{
    ck_assert_builds("https://t.me/durov?text=%20%40gif%20cats", chatlink_telegram, "durov",
                     "@gif cats", 0);
    /* Spaces then "@": one more space, so the parser can take exactly one off. */
    ck_assert_builds("https://t.me/durov?text=%20%20%40gif", chatlink_telegram, "durov", " @gif", 0);
    ck_assert_builds("https://t.me/durov?text=mail%20%40me", chatlink_telegram, "durov", "mail @me",
                     0);
    ck_assert_builds("https://t.me/durov?text=%20x", chatlink_telegram, "durov", " x", 0);
}
END_TEST

START_TEST(test_telegram_text_encoding)
{
    ck_assert_builds("https://t.me/durov?text=a%26b%2Bc%23d%0A%F0%9F%98%80", chatlink_telegram,
                     "durov", "a&b+c#d\n\xF0\x9F\x98\x80", 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_telegram, "durov", "a\xC0\xAF", 0);
    ck_assert_builds("https://t.me/durov?text=a%EF%BF%BD%EF%BF%BD", chatlink_telegram, "durov",
                     "a\xC0\xAF", CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

START_TEST(test_telegram_arguments)
{
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_telegram, NULL, "hi", 0);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_telegram, "durov", NULL,
                    CHATLINK_WHATSAPP_API_HOST);
    ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_telegram, "durov", NULL, 1u << 31);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("telegram");
    ADD_TEST(s, test_telegram_username);
    ADD_TEST(s, test_telegram_username_length_is_5_to_32);
    ADD_TEST(s, test_telegram_username_characters);
    ADD_TEST(s, test_telegram_phone_number);
    ADD_TEST(s, test_telegram_phone_errors_are_phone_statuses);
    ADD_TEST(s, test_telegram_possible_only);
    ADD_TEST(s, test_telegram_text_starting_with_at_gets_a_space);
    ADD_TEST(s, test_telegram_text_encoding);
    ADD_TEST(s, test_telegram_arguments);
    return s;
}
