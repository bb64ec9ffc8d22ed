/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>

#include "example-numbers.h"
#include "test-common.h"

START_TEST(test_phone_international_forms)
{
    ck_assert_builds("+31612345678", chatlink_phone_e164, "+31 6 1234 5678", NULL, 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "0031 6 12345678", NULL, 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "31612345678", NULL, 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "+31 (0)6 12345678", NULL, 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "+31-6-1234-5678", NULL, 0);
}
END_TEST

START_TEST(test_phone_national_number_with_region)
{
    ck_assert_builds("+31612345678", chatlink_phone_e164, "06 12345678", "NL", 0);
    ck_assert_builds("+442079460958", chatlink_phone_e164, "020 7946 0958", "GB", 0);
    ck_assert_builds("+4930123456", chatlink_phone_e164, "030 123456", "DE", 0);
    ck_assert_builds("+12015550123", chatlink_phone_e164, "(201) 555-0123", "US", 0);
    ck_assert_builds("+12015550123", chatlink_phone_e164, "1 201 555 0123", "US", 0);
    ck_assert_builds("+390612345678", chatlink_phone_e164, "06 1234 5678", "IT", 0);
}
END_TEST

START_TEST(test_phone_national_number_without_trunk_prefix)
{
    ck_assert_builds("+31612345678", chatlink_phone_e164, "6 12345678", "NL", 0);
}
END_TEST

START_TEST(test_phone_region_in_any_case)
{
    ck_assert_builds("+31612345678", chatlink_phone_e164, "06 12345678", "nl", 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "06 12345678", "nL", 0);
}
END_TEST

START_TEST(test_phone_international_number_ignores_region)
{
    ck_assert_builds("+442079460958", chatlink_phone_e164, "+44 20 7946 0958", "NL", 0);
    ck_assert_builds("+442079460958", chatlink_phone_e164, "0044 20 7946 0958", "NL", 0);
}
END_TEST

START_TEST(test_phone_empty_region_is_no_region)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_NO_COUNTRY, chatlink_phone_e164, "06 12345678", "", 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "+31612345678", "", 0);
}
END_TEST

START_TEST(test_phone_rejects_unknown_region)
{
    static const char *const bad[] = { "XX", "ZZ", "N", "NLD", "1L", "N-", "\xC3\x91L", "UK" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_fails(CHATLINK_ERR_REGION, chatlink_phone_e164, "+31612345678", bad[i], 0);
}
END_TEST

START_TEST(test_phone_calling_codes_are_the_itu_ones)
{
    /*
     * A widely used plugin's hand-made table had Cyprus as +537 (that is
     * Cuba's +53) and Guyana as +595 (Paraguay's).
     */
    ck_assert_builds("+35796123456", chatlink_phone_e164, "+357 96 123456", NULL, 0);
    ck_assert_builds("+5926091234", chatlink_phone_e164, "+592 609 1234", NULL, 0);
    ck_assert_builds("+595961456789", chatlink_phone_e164, "+595 961 456789", "GY", 0);
    /* One-, two- and three-digit codes, and a non-geographic one. */
    ck_assert_builds("+79123456789", chatlink_phone_e164, "+7 912 345-67-89", NULL, 0);
    ck_assert_builds("+2348031234567", chatlink_phone_e164, "+234 803 123 4567", NULL, 0);
    ck_assert_builds("+80012345678", chatlink_phone_e164, "+800 1234 5678", NULL, 0);
}
END_TEST

START_TEST(test_phone_unicode_digits)
{
    /* Full-width, Arabic-Indic and Eastern Arabic-Indic (Persian) digits. */
    ck_assert_builds("+31612345678", chatlink_phone_e164,
                     "\xEF\xBC\x8B\xEF\xBC\x93\xEF\xBC\x91\xEF\xBC\x96\xEF\xBC\x91\xEF\xBC\x92"
                     "\xEF\xBC\x93\xEF\xBC\x94\xEF\xBC\x95\xEF\xBC\x96\xEF\xBC\x97\xEF\xBC\x98",
                     NULL, 0);
    ck_assert_builds("+971501234567", chatlink_phone_e164,
                     "+\xD9\xA9\xD9\xA7\xD9\xA1 \xD9\xA5\xD9\xA0 \xD9\xA1\xD9\xA2\xD9\xA3 "
                     "\xD9\xA4\xD9\xA5\xD9\xA6\xD9\xA7",
                     NULL, 0);
    ck_assert_builds("+989121234567", chatlink_phone_e164,
                     "\xDB\xB0\xDB\xB9\xDB\xB1\xDB\xB2 \xDB\xB1\xDB\xB2\xDB\xB3 "
                     "\xDB\xB4\xDB\xB5\xDB\xB6\xDB\xB7",
                     "IR", 0);
}
END_TEST

START_TEST(test_phone_status_empty)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_EMPTY, chatlink_phone_e164, "", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_EMPTY, chatlink_phone_e164, "+ ( ) -", "NL", 0);
}
END_TEST

START_TEST(test_phone_status_character)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_phone_e164, "06 1234 567a", "NL", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_phone_e164, "06\t12345678", "NL", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_phone_e164, "06,12345678", "NL", 0);
}
END_TEST

START_TEST(test_phone_status_no_country)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_NO_COUNTRY, chatlink_phone_e164, "06 12345678", NULL, 0);
}
END_TEST

START_TEST(test_phone_status_country_code)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_phone_e164, "+999 1234", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_phone_e164, "+0612345678", "NL", 0);
}
END_TEST

START_TEST(test_phone_status_too_short)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "+31 612", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "0", "NL", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "00", NULL, 0);
}
END_TEST

START_TEST(test_phone_status_too_long)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164, "+31 6 1234 5678 9012", NULL,
                    0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164, "+1 201 555 01234", NULL, 0);
    /* More digits than are kept while reading: still a clean verdict. */
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164,
                    "+4912345678901234567890123456789012345678901234567890", NULL, 0);
}
END_TEST

START_TEST(test_phone_status_invalid_length)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+44 1234 5678", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+61 4 1234 5678 90", NULL, 0);
}
END_TEST

START_TEST(test_phone_trunk_prefix_kept_when_rest_too_short)
{
    /*
     * NL numbers have 5 to 11 digits: "01234" stripped of its "0" would be
     * too short, so (as in libphonenumber) the 0 stays part of the number;
     * "012345" loses it. Neither is a valid NL number, so only lengths are
     * checked here.
     */
    ck_assert_builds("+3101234", chatlink_phone_e164, "01234", "NL", CHATLINK_PHONE_POSSIBLE_ONLY);
    ck_assert_builds("+3112345", chatlink_phone_e164, "012345", "NL", CHATLINK_PHONE_POSSIBLE_ONLY);
}
END_TEST

START_TEST(test_phone_every_region_example_number)
{
    size_t checked = 0;
    for (size_t i = 0; i < sizeof example_numbers / sizeof example_numbers[0]; i++) {
        const struct example_number *e = &example_numbers[i];
        char expected[32], international[40], buf[64];
        snprintf(expected, sizeof expected, "+%s%s", e->calling_code, e->national);
        snprintf(international, sizeof international, "+%s %s", e->calling_code, e->national);

        int rc = chatlink_phone_e164(buf, sizeof buf, NULL, e->national, e->region, 0);
        ck_assert_msg(rc == CHATLINK_OK, "%s %s: %s", e->region, e->national,
                      chatlink_strerror(rc));
        ck_assert_str_eq(buf, expected);
        rc = chatlink_phone_e164(buf, sizeof buf, NULL, international, NULL, 0);
        ck_assert_msg(rc == CHATLINK_OK, "%s: %s", international, chatlink_strerror(rc));
        ck_assert_str_eq(buf, expected);
        checked++;
    }
    ck_assert_uint_ge(checked, 240);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("phone");
    ADD_TEST(s, test_phone_international_forms);
    ADD_TEST(s, test_phone_national_number_with_region);
    ADD_TEST(s, test_phone_national_number_without_trunk_prefix);
    ADD_TEST(s, test_phone_region_in_any_case);
    ADD_TEST(s, test_phone_international_number_ignores_region);
    ADD_TEST(s, test_phone_empty_region_is_no_region);
    ADD_TEST(s, test_phone_rejects_unknown_region);
    ADD_TEST(s, test_phone_calling_codes_are_the_itu_ones);
    ADD_TEST(s, test_phone_unicode_digits);
    ADD_TEST(s, test_phone_status_empty);
    ADD_TEST(s, test_phone_status_character);
    ADD_TEST(s, test_phone_status_no_country);
    ADD_TEST(s, test_phone_status_country_code);
    ADD_TEST(s, test_phone_status_too_short);
    ADD_TEST(s, test_phone_status_too_long);
    ADD_TEST(s, test_phone_status_invalid_length);
    ADD_TEST(s, test_phone_trunk_prefix_kept_when_rest_too_short);
    ADD_TEST(s, test_phone_every_region_example_number);
    return s;
}
