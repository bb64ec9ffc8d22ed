/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Numbers read and checked as Google's libphonenumber reads and checks
 * them: patterns per number type, regions' own international and national
 * prefixes, transform rules, shared calling codes. (The differential test
 * compares many thousands more with libphonenumber-js.)
 */

#include "test-common.h"

START_TEST(test_validation_pattern_not_only_length)
{
    /* 11 digits is a possible length in NL, but no NL number starts 6 12345 ... 0. */
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+31 6 12345 6789 0", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+31 6 1234567", NULL, 0);
    /* NANP exchange codes do not start with 0. */
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+1 201 055 0123", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_whatsapp, "+1 201 055 0123", "hi", 0);
}
END_TEST

START_TEST(test_validation_possible_only_checks_lengths)
{
    unsigned int flags = CHATLINK_PHONE_POSSIBLE_ONLY;

    ck_assert_builds("+3161234567890", chatlink_phone_e164, "+31 6 12345 6789 0", NULL, flags);
    ck_assert_builds("+12010550123", chatlink_phone_e164, "+1 201 055 0123", NULL, flags);
    ck_assert_builds("https://wa.me/12010550123?text=hi", chatlink_whatsapp, "+1 201 055 0123",
                     "hi", flags);
    /* Lengths still count. */
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164, "+1 201 555 01234", NULL,
                    flags);
}
END_TEST

/*
 * Checking less never refuses more: +1 310 0123 is a valid CA number (7
 * digits), though the main region of +1 (US) has only 10-digit lengths in
 * the data. Found by the phone-e164 fuzzer.
 */
START_TEST(test_validation_valid_is_possible)
{
    ck_assert_builds("+13100123", chatlink_phone_e164, "+1 310 0123", NULL, CHATLINK_NO_FLAGS);
    ck_assert_builds("+13100123", chatlink_phone_e164, "+1 310 0123", NULL,
                     CHATLINK_PHONE_POSSIBLE_ONLY);
    ck_assert_builds("+13100123", chatlink_phone_e164, "310-0123", "CA",
                     CHATLINK_PHONE_POSSIBLE_ONLY);
}
END_TEST

/*
 * As libphonenumber (C++ 8.12.57, checked): the national prefix comes off
 * once per reading, so a valid number's E.164 form can read as another,
 * here invalid, number. Found by fuzz-telegram; chatlink_link_parse() reads
 * the digits of a link as they stand instead.
 */
START_TEST(test_validation_e164_form_read_again_as_libphonenumber)
{
    ck_assert_builds("+3758100111613", chatlink_phone_e164, "+375 0 8100111613", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+3758100111613", NULL, 0);
}
END_TEST

START_TEST(test_validation_number_types)
{
    ck_assert_builds("+33612345678", chatlink_phone_e164, "+33 6 12 34 56 78", NULL, 0);
    ck_assert_builds("+4930123456", chatlink_phone_e164, "+49 30 123456", NULL, 0);
    ck_assert_builds("+4915123456789", chatlink_phone_e164, "+49 1512 3456789", NULL, 0);
    ck_assert_builds("+919876543210", chatlink_phone_e164, "+91 98765 43210", NULL, 0);
    ck_assert_builds("+8613800138000", chatlink_phone_e164, "+86 138 0013 8000", NULL, 0);
    /* A non-geographic code: international freephone. */
    ck_assert_builds("+80012345678", chatlink_phone_e164, "+800 1234 5678", NULL, 0);
}
END_TEST

START_TEST(test_validation_regions_international_prefix)
{
    ck_assert_builds("+442079460958", chatlink_phone_e164, "011 44 20 7946 0958", "US", 0);
    ck_assert_builds("+442079460958", chatlink_phone_e164, "0011 44 20 7946 0958", "AU", 0);
    ck_assert_builds("+81312345678", chatlink_phone_e164, "011 81 3 1234 5678", "US", 0);
    ck_assert_builds("+12015550123", chatlink_phone_e164, "010 1 201 555 0123", "JP", 0);
    /* "00" is not how the US dials abroad: a US national number, too long. */
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164, "00 44 20 7946 0958", "US",
                    0);
}
END_TEST

START_TEST(test_validation_national_prefix_transform)
{
    /* Argentina: mobile numbers dialled as 0 <area> 15 <number> are +54 9 <area> <number>. */
    ck_assert_builds("+5491123456789", chatlink_phone_e164, "011 15 2345-6789", "AR", 0);
    ck_assert_builds("+5491123456789", chatlink_phone_e164, "+54 9 11 2345 6789", NULL, 0);
    ck_assert_builds("+541123456789", chatlink_phone_e164, "011 2345-6789", "AR", 0);
    /* US Virgin Islands: a 7-digit local number gets its area code 340. */
    ck_assert_builds("+13407123456", chatlink_phone_e164, "712 3456", "VI", 0);
}
END_TEST

START_TEST(test_validation_calling_code_without_plus)
{
    ck_assert_builds("+31612345678", chatlink_phone_e164, "31612345678", "NL", 0);
    ck_assert_builds("+31612345678", chatlink_phone_e164, "31 (0)6 12345678", "NL", 0);
    /* A GB number cannot start 1 201: read as the national number it is, too long. */
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164, "1 201 555 0123", "GB", 0);
}
END_TEST

START_TEST(test_validation_plus_before_international_prefix)
{
    /* libphonenumber reads "+00 31 ..." again without the "+". */
    ck_assert_builds("+31612345678", chatlink_phone_e164, "+00 31 6 12345678", "NL", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_phone_e164, "+00 31 6 12345678",
                    NULL, 0);
}
END_TEST

START_TEST(test_validation_shared_calling_codes)
{
    /* +1: the number decides the region, whichever region reads it. */
    ck_assert_builds("+12423591234", chatlink_phone_e164, "+1 242 359 1234", NULL, 0);
    ck_assert_builds("+12423591234", chatlink_phone_e164, "(242) 359-1234", "US", 0);
    ck_assert_builds("+12042345678", chatlink_phone_e164, "(204) 234-5678", "US", 0);
    /* +7 for Kazakhstan, +44 for Jersey. */
    ck_assert_builds("+77012345678", chatlink_phone_e164, "+7 701 234 5678", NULL, 0);
    ck_assert_builds("+447781123456", chatlink_phone_e164, "+44 7781 123456", NULL, 0);
    ck_assert_builds("+447781123456", chatlink_phone_e164, "07781 123456", "JE", 0);
}
END_TEST

START_TEST(test_validation_unicode_decimal_digits)
{
    ck_assert_builds("+31612345678", chatlink_phone_e164, "\u0966\u096C\u0967\u0968\u0969"
                     "\u096A\u096B\u096C\u096D\u096E", "NL", 0); /* Devanagari */
    ck_assert_builds("+31612345678", chatlink_phone_e164, "\u0E50\u0E56\u0E51\u0E52\u0E53"
                     "\u0E54\u0E55\u0E56\u0E57\u0E58", "NL", 0); /* Thai */
    ck_assert_builds("+31612345678", chatlink_phone_e164, "\u09E6\u09EC\u09E7\u09E8\u09E9"
                     "\u09EA\u09EB\u09EC\u09ED\u09EE", "NL", 0); /* Bengali */
    /* Mathematical digits (U+1D7CE..): Nd too, outside the BMP. */
    ck_assert_builds("+31612345678", chatlink_phone_e164,
                     "+\U0001D7D1\U0001D7CF \U0001D7D4 \U0001D7CF\U0001D7D0\U0001D7D1\U0001D7D2"
                     "\U0001D7D3\U0001D7D4\U0001D7D5\U0001D7D6", NULL, 0);
    /* A letter-like number (U+2460 circled 1) is not a decimal digit. */
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_phone_e164, "+31 6 1234567\u2460",
                    NULL, 0);
}
END_TEST

START_TEST(test_validation_statuses_after_prefixes)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "+31", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "011 44", "US", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "+8 1234", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_phone_e164, "011 999 1234567", "US",
                    0);
    ck_assert_fails(CHATLINK_ERR_PHONE_NO_COUNTRY, chatlink_phone_e164, "06 12345678", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_REGION, chatlink_phone_e164, "06 12345678", "XX", 0);
}
END_TEST

START_TEST(test_validation_example_number_mutations)
{
    /* NL mobile 6 1234 5678: a digit dropped, added, changed. */
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+31 6 1234 567", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+31 6 1234 56789", NULL, 0);
    ck_assert_builds("+31612345679", chatlink_phone_e164, "+31 6 1234 5679", NULL, 0);
    /* DE 30 123456 (Berlin): 4 digits is a possible DE length, but not a Berlin number. */
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_phone_e164, "+49 30 12", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "+49 3", NULL, 0);
    /* US numbers are 10 digits. */
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_phone_e164, "+1 201 555 012", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_phone_e164, "+1 201 555 01234", NULL, 0);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("phone-validation");

    ADD_TEST(s, test_validation_pattern_not_only_length);
    ADD_TEST(s, test_validation_possible_only_checks_lengths);
    ADD_TEST(s, test_validation_valid_is_possible);
    ADD_TEST(s, test_validation_e164_form_read_again_as_libphonenumber);
    ADD_TEST(s, test_validation_number_types);
    ADD_TEST(s, test_validation_regions_international_prefix);
    ADD_TEST(s, test_validation_national_prefix_transform);
    ADD_TEST(s, test_validation_calling_code_without_plus);
    ADD_TEST(s, test_validation_plus_before_international_prefix);
    ADD_TEST(s, test_validation_shared_calling_codes);
    ADD_TEST(s, test_validation_unicode_decimal_digits);
    ADD_TEST(s, test_validation_statuses_after_prefixes);
    ADD_TEST(s, test_validation_example_number_mutations);
    return s;
}
