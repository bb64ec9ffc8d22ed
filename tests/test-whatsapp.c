/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

#define SEED_LINK "https://wa.me/31613558270"

START_TEST(test_whatsapp_seed_api_link)
{
    /* The seed's own example. */
    ck_assert_builds("https://api.whatsapp.com/send?phone=31613558270", chatlink_whatsapp,
                     "31613558270", NULL, CHATLINK_WHATSAPP_API_HOST);
}
END_TEST

START_TEST(test_whatsapp_wa_me_with_text)
{
    ck_assert_builds(SEED_LINK "?text=Hallo%21", chatlink_whatsapp, "+31 6 1355 8270", "Hallo!", 0);
}
END_TEST

START_TEST(test_whatsapp_api_host_with_text)
{
    ck_assert_builds("https://api.whatsapp.com/send?phone=31613558270&text=Hallo%21",
                     chatlink_whatsapp, "+31 6 1355 8270", "Hallo!", CHATLINK_WHATSAPP_API_HOST);
}
END_TEST

START_TEST(test_whatsapp_number_only)
{
    ck_assert_builds(SEED_LINK, chatlink_whatsapp, "+31613558270", NULL, 0);
    ck_assert_builds(SEED_LINK, chatlink_whatsapp, "+31613558270", "", 0);
}
END_TEST

START_TEST(test_whatsapp_text_only)
{
    ck_assert_builds("https://wa.me/?text=Hi%20there", chatlink_whatsapp, NULL, "Hi there", 0);
    ck_assert_builds("https://wa.me/?text=Hi%20there", chatlink_whatsapp, "", "Hi there", 0);
    ck_assert_builds("https://api.whatsapp.com/send?text=Hi%20there", chatlink_whatsapp, NULL,
                     "Hi there", CHATLINK_WHATSAPP_API_HOST);
}
END_TEST

START_TEST(test_whatsapp_neither_number_nor_text_is_empty)
{
    ck_assert_fails(CHATLINK_ERR_EMPTY, chatlink_whatsapp, NULL, NULL, 0);
    ck_assert_fails(CHATLINK_ERR_EMPTY, chatlink_whatsapp, "", "", CHATLINK_WHATSAPP_API_HOST);
}
END_TEST

START_TEST(test_whatsapp_accepts_every_typed_international_form)
{
    static const char *const forms[] = {
        "+31 6 1355 8270",
        "+31613558270",
        "0031-6-13558270",
        "0031 6 13558270",
        "31613558270",
        "+31 (0)6 1355 8270",
        "+31 (0) 6-1355 8270",
        "+31 06 13558270",
        "+31.6.13.55.82.70",
        "+31/6/13558270",
        "[+31] 6 13558270",
        "(+31) 6 1355 8270",
        "  +31 6 1355 8270  ",
        "+31\xC2\xA0"
        "6\xC2\xA0"
        "1355\xC2\xA0"
        "8270", /* no-break spaces */
        "+31\xE2\x80\x91"
        "6\xE2\x80\x91"
        "13558270",                                                   /* non-breaking hyphens */
        "\xEF\xBC\x8B\xEF\xBC\x93\xEF\xBC\x91 \xEF\xBC\x96 13558270", /* full-width +31 6 */
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        ck_assert_builds(SEED_LINK, chatlink_whatsapp, forms[i], NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_keeps_significant_leading_zero)
{
    /* Italy's fixed lines keep their 0 after +39; it is not a trunk prefix. */
    ck_assert_builds("https://wa.me/390612345678", chatlink_whatsapp, "+39 06 1234 5678", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_drops_trunk_prefix_in_brackets)
{
    ck_assert_builds("https://wa.me/442079460958", chatlink_whatsapp, "+44 (0)20 7946 0958", NULL,
                     0);
}
END_TEST

START_TEST(test_whatsapp_rejects_letters_in_phone)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "+31 6 CALL NOW", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "+1-800-FLOWERS", "Hi", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "tel:+31613558270", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_extension_and_keypad_symbols)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "+31613558270 ext 12", NULL,
                    0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "+31613558270#", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "*31613558270", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_misplaced_plus)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "31+613558270", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_CHARACTER, chatlink_whatsapp, "++31613558270", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_unknown_calling_code)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_whatsapp, "+999 1234", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_whatsapp, "+0 31613558270", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_COUNTRY_CODE, chatlink_whatsapp, "000031613558270", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_national_number)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_NO_COUNTRY, chatlink_whatsapp, "06 1355 8270", "Hi", 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_too_many_digits)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_whatsapp, "+31 6 1355 8270 1234", NULL,
                    0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_LONG, chatlink_whatsapp,
                    "+3161355827012345678901234567890", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_too_few_digits)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_whatsapp, "+31 6", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_whatsapp, "+31", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_TOO_SHORT, chatlink_whatsapp, "+3", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_impossible_length)
{
    /* The UK has 7, 9 and 10 digit numbers; 8 is none of them. */
    ck_assert_fails(CHATLINK_ERR_PHONE_INVALID, chatlink_whatsapp, "+44 1234 5678", NULL, 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_phone_without_digits)
{
    ck_assert_fails(CHATLINK_ERR_PHONE_EMPTY, chatlink_whatsapp, "+", "Hi", 0);
    ck_assert_fails(CHATLINK_ERR_PHONE_EMPTY, chatlink_whatsapp, " - ", "Hi", 0);
}
END_TEST

START_TEST(test_whatsapp_rejects_invalid_utf8_in_phone_even_when_replacing)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_whatsapp, "+31 6\xFF 13558270", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_whatsapp, "+31 6\xFF 13558270", NULL,
                    CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

START_TEST(test_whatsapp_rejects_invalid_utf8_in_text)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, chatlink_whatsapp, "+31613558270", "caf\xC3", 0);
}
END_TEST

START_TEST(test_whatsapp_replaces_invalid_utf8_in_text_on_request)
{
    ck_assert_builds(SEED_LINK "?text=caf%EF%BF%BD", chatlink_whatsapp, "+31613558270", "caf\xC3",
                     CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

START_TEST(test_whatsapp_text_keeps_ampersand_plus_and_newlines)
{
    ck_assert_builds(SEED_LINK "?text=Fish%20%26%20chips%20%2B%201%0ASecond%20line",
                     chatlink_whatsapp, "+31613558270", "Fish & chips + 1\nSecond line", 0);
}
END_TEST

START_TEST(test_whatsapp_possible_only_flag_accepted)
{
    ck_assert_builds(SEED_LINK, chatlink_whatsapp, "+31613558270", NULL,
                     CHATLINK_PHONE_POSSIBLE_ONLY);
}
END_TEST

START_TEST(test_whatsapp_non_geographic_number)
{
    ck_assert_builds("https://wa.me/80012345678", chatlink_whatsapp, "+800 1234 5678", NULL, 0);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("whatsapp");
    ADD_TEST(s, test_whatsapp_seed_api_link);
    ADD_TEST(s, test_whatsapp_wa_me_with_text);
    ADD_TEST(s, test_whatsapp_api_host_with_text);
    ADD_TEST(s, test_whatsapp_number_only);
    ADD_TEST(s, test_whatsapp_text_only);
    ADD_TEST(s, test_whatsapp_neither_number_nor_text_is_empty);
    ADD_TEST(s, test_whatsapp_accepts_every_typed_international_form);
    ADD_TEST(s, test_whatsapp_keeps_significant_leading_zero);
    ADD_TEST(s, test_whatsapp_drops_trunk_prefix_in_brackets);
    ADD_TEST(s, test_whatsapp_rejects_letters_in_phone);
    ADD_TEST(s, test_whatsapp_rejects_extension_and_keypad_symbols);
    ADD_TEST(s, test_whatsapp_rejects_misplaced_plus);
    ADD_TEST(s, test_whatsapp_rejects_unknown_calling_code);
    ADD_TEST(s, test_whatsapp_rejects_national_number);
    ADD_TEST(s, test_whatsapp_rejects_too_many_digits);
    ADD_TEST(s, test_whatsapp_rejects_too_few_digits);
    ADD_TEST(s, test_whatsapp_rejects_impossible_length);
    ADD_TEST(s, test_whatsapp_rejects_phone_without_digits);
    ADD_TEST(s, test_whatsapp_rejects_invalid_utf8_in_phone_even_when_replacing);
    ADD_TEST(s, test_whatsapp_rejects_invalid_utf8_in_text);
    ADD_TEST(s, test_whatsapp_replaces_invalid_utf8_in_text_on_request);
    ADD_TEST(s, test_whatsapp_text_keeps_ampersand_plus_and_newlines);
    ADD_TEST(s, test_whatsapp_possible_only_flag_accepted);
    ADD_TEST(s, test_whatsapp_non_geographic_number);
    return s;
}
