/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>

#include "test-common.h"

/* Encode a byte string given with its length; the helper keeps tests short. */
static int encode(char *out, size_t size, size_t *len, const char *in, size_t in_len,
                  unsigned int flags)
{
    return chatlink_percent_encode(out, size, len, in, in_len, flags);
}
#define ENC(lit) lit, sizeof(lit) - 1

START_TEST(test_encode_keeps_unreserved_bytes)
{
    const char *unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    ck_assert_builds(unreserved, encode, unreserved, strlen(unreserved), 0);
}
END_TEST

START_TEST(test_encode_escapes_every_other_ascii_byte_in_upper_case_hex)
{
    for (unsigned int c = 0; c < 0x80; c++) {
        const char *unreserved =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        if (c != 0 && strchr(unreserved, (int)c) != NULL)
            continue;
        char in[1] = { (char)c };
        char expected[4];
        snprintf(expected, sizeof expected, "%%%02X", c);
        ck_assert_builds(expected, encode, in, 1, 0);
    }
}
END_TEST

START_TEST(test_encode_space_is_percent_20_not_plus)
{
    ck_assert_builds("a%20b", encode, ENC("a b"), 0);
}
END_TEST

START_TEST(test_encode_whatwg_query_delimiters)
{
    ck_assert_builds("%26%2B%23%25%3D%3F", encode, ENC("&+#%=?"), 0);
}
END_TEST

START_TEST(test_encode_tab_lf_cr_survive)
{
    /* A URL parser deletes raw tab, LF and CR: they must be escaped. */
    ck_assert_builds("a%09b%0Ac%0D%0Ad", encode, ENC("a\tb\nc\r\nd"), 0);
}
END_TEST

START_TEST(test_encode_nul_byte_inside_input)
{
    ck_assert_builds("a%00b", encode, "a\0b", 3, 0);
}
END_TEST

START_TEST(test_encode_html_entity_is_not_unescaped)
{
    /* "&amp;" is text here, not markup: it must arrive as typed. */
    ck_assert_builds("%26amp%3B", encode, ENC("&amp;"), 0);
}
END_TEST

START_TEST(test_encode_emoji_and_zwj_sequence)
{
    /* U+1F469 U+200D U+1F4BB: woman technologist. */
    ck_assert_builds("%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB", encode,
                     ENC("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"), 0);
}
END_TEST

START_TEST(test_encode_combining_mark_kept_as_is)
{
    /* "e" + U+0301: not normalized to U+00E9. */
    ck_assert_builds("e%CC%81", encode, ENC("e\xCC\x81"), 0);
}
END_TEST

START_TEST(test_encode_rtl_text)
{
    /* Hebrew shalom, Arabic marhaba. */
    ck_assert_builds(
        "%D7%A9%D7%9C%D7%95%D7%9D%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7", encode,
        ENC("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7"), 0);
}
END_TEST

START_TEST(test_encode_boundary_code_points)
{
    ck_assert_builds("%C2%80", encode, ENC("\xC2\x80"), 0);               /* U+0080 */
    ck_assert_builds("%DF%BF", encode, ENC("\xDF\xBF"), 0);               /* U+07FF */
    ck_assert_builds("%E0%A0%80", encode, ENC("\xE0\xA0\x80"), 0);        /* U+0800 */
    ck_assert_builds("%ED%9F%BF", encode, ENC("\xED\x9F\xBF"), 0);        /* U+D7FF */
    ck_assert_builds("%EE%80%80", encode, ENC("\xEE\x80\x80"), 0);        /* U+E000 */
    ck_assert_builds("%EF%BF%BF", encode, ENC("\xEF\xBF\xBF"), 0);        /* U+FFFF */
    ck_assert_builds("%F0%90%80%80", encode, ENC("\xF0\x90\x80\x80"), 0); /* U+10000 */
    ck_assert_builds("%F4%8F%BF%BF", encode, ENC("\xF4\x8F\xBF\xBF"), 0); /* U+10FFFF */
}
END_TEST

START_TEST(test_encode_rejects_overlong_forms)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xC0\xAF"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xC1\xBF"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xE0\x80\xAF"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xE0\x9F\xBF"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xF0\x80\x80\xAF"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xF0\x8F\xBF\xBF"), 0);
}
END_TEST

START_TEST(test_encode_rejects_surrogates)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xED\xA0\x80"), 0); /* U+D800 */
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xED\xBF\xBF"), 0); /* U+DFFF */
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xED\xA0\xBD\xED\xB8\x80"),
                    0); /* CESU-8 pair */
}
END_TEST

START_TEST(test_encode_rejects_beyond_u10ffff)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xF4\x90\x80\x80"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xF5\x80\x80\x80"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xFF"), 0);
}
END_TEST

START_TEST(test_encode_rejects_truncated_and_stray_bytes)
{
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("ok\xE2\x82"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xF0\x9F\x98"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\x80"), 0);
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, ENC("\xC3(x"), 0);
    /* A truncated sequence followed by a NUL that the length includes. */
    ck_assert_fails(CHATLINK_ERR_INVALID_UTF8, encode, "\xE2\x82\0", 3, 0);
}
END_TEST

START_TEST(test_encode_replace_uses_maximal_subparts)
{
    /*
     * The Unicode Standard's example for "U+FFFD Substitution of Maximal
     * Subparts": 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 decodes to
     * a FFFD FFFD FFFD b FFFD c FFFD FFFD d, as browsers decode it.
     */
    ck_assert_builds("a%EF%BF%BD%EF%BF%BD%EF%BF%BDb%EF%BF%BDc%EF%BF%BD%EF%BF%BDd", encode,
                     ENC("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64"),
                     CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

START_TEST(test_encode_replace_overlong_and_surrogate_byte_by_byte)
{
    /* E0 80 and ED A0 are not prefixes of any valid sequence: one U+FFFD per byte. */
    ck_assert_builds("%EF%BF%BD%EF%BF%BD%EF%BF%BD", encode, ENC("\xE0\x80\x80"),
                     CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_builds("%EF%BF%BD%EF%BF%BD%EF%BF%BD", encode, ENC("\xED\xA0\x80"),
                     CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

START_TEST(test_encode_replace_truncated_sequence_once)
{
    ck_assert_builds("x%EF%BF%BD", encode, ENC("x\xF0\x9F\x98"), CHATLINK_REPLACE_INVALID_UTF8);
}
END_TEST

START_TEST(test_encode_empty_input_is_empty_output)
{
    ck_assert_builds("", encode, "", 0, 0);
}
END_TEST

START_TEST(test_encode_reads_only_in_len_bytes)
{
    /* The bytes after in_len are not part of the input. */
    ck_assert_builds("ab", encode, "ab&\xFF", 2, 0);
}
END_TEST

START_TEST(test_encode_worst_case_is_three_times_input)
{
    char in[256];
    for (size_t i = 0; i < sizeof in; i++)
        in[i] = '&';
    size_t len = 0;
    ck_assert_int_eq(chatlink_percent_encode(NULL, 0, &len, in, sizeof in, 0), CHATLINK_OK);
    ck_assert_uint_eq(len, 3 * sizeof in);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("percent-encode");
    ADD_TEST(s, test_encode_keeps_unreserved_bytes);
    ADD_TEST(s, test_encode_escapes_every_other_ascii_byte_in_upper_case_hex);
    ADD_TEST(s, test_encode_space_is_percent_20_not_plus);
    ADD_TEST(s, test_encode_whatwg_query_delimiters);
    ADD_TEST(s, test_encode_tab_lf_cr_survive);
    ADD_TEST(s, test_encode_nul_byte_inside_input);
    ADD_TEST(s, test_encode_html_entity_is_not_unescaped);
    ADD_TEST(s, test_encode_emoji_and_zwj_sequence);
    ADD_TEST(s, test_encode_combining_mark_kept_as_is);
    ADD_TEST(s, test_encode_rtl_text);
    ADD_TEST(s, test_encode_boundary_code_points);
    ADD_TEST(s, test_encode_rejects_overlong_forms);
    ADD_TEST(s, test_encode_rejects_surrogates);
    ADD_TEST(s, test_encode_rejects_beyond_u10ffff);
    ADD_TEST(s, test_encode_rejects_truncated_and_stray_bytes);
    ADD_TEST(s, test_encode_replace_uses_maximal_subparts);
    ADD_TEST(s, test_encode_replace_overlong_and_surrogate_byte_by_byte);
    ADD_TEST(s, test_encode_replace_truncated_sequence_once);
    ADD_TEST(s, test_encode_empty_input_is_empty_output);
    ADD_TEST(s, test_encode_reads_only_in_len_bytes);
    ADD_TEST(s, test_encode_worst_case_is_three_times_input);
    return s;
}
