/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The output rules of chatlink.h, checked for every function that writes a
 * string: each test loops over a good call and a bad call of every builder.
 */

#include <stdint.h>

#include "test-common.h"

typedef int (*call_fn)(char *out, size_t out_size, size_t *out_len);

/* Good inputs, and the result they must give. */
static int good_whatsapp(char *o, size_t s, size_t *l)
{
    return chatlink_whatsapp(o, s, l, "+31 6 1355 8270", "Hallo & welkom!", 0);
}
static int good_whatsapp_api(char *o, size_t s, size_t *l)
{
    return chatlink_whatsapp(o, s, l, "0031613558270", "Hi", CHATLINK_WHATSAPP_API_HOST);
}
static int good_twitter(char *o, size_t s, size_t *l)
{
    return chatlink_twitter_dm(o, s, l, "2999599696", "Hi #1", 0);
}
static int good_messenger(char *o, size_t s, size_t *l)
{
    return chatlink_messenger(o, s, l, "saysimple.haarlem", "Hoi", "spring=2026", 0);
}
static int good_phone(char *o, size_t s, size_t *l)
{
    return chatlink_phone_e164(o, s, l, "06 1355 8270", "NL", 0);
}
static int good_encode(char *o, size_t s, size_t *l)
{
    return chatlink_percent_encode(o, s, l, "a b\nc", 5, 0);
}

static const struct {
    const char *name;
    call_fn call;
    const char *expected;
} good[] = {
    { "whatsapp", good_whatsapp, "https://wa.me/31613558270?text=Hallo%20%26%20welkom%21" },
    { "whatsapp api", good_whatsapp_api,
      "https://api.whatsapp.com/send?phone=31613558270&text=Hi" },
    { "twitter", good_twitter,
      "https://x.com/messages/compose?recipient_id=2999599696&text=Hi%20%231" },
    { "messenger", good_messenger, "https://m.me/saysimple.haarlem?text=Hoi&ref=spring%3D2026" },
    { "phone", good_phone, "+31613558270" },
    { "encode", good_encode, "a%20b%0Ac" },
};

/* Bad inputs, and the status they must give. */
static int bad_whatsapp(char *o, size_t s, size_t *l)
{
    return chatlink_whatsapp(o, s, l, "+31 6 CALL ME", "Hallo", 0);
}
static int bad_twitter(char *o, size_t s, size_t *l)
{
    return chatlink_twitter_dm(o, s, l, "@jack", "Hi", 0);
}
static int bad_messenger(char *o, size_t s, size_t *l)
{
    return chatlink_messenger(o, s, l, "abcd", NULL, NULL, 0);
}
static int bad_phone(char *o, size_t s, size_t *l)
{
    return chatlink_phone_e164(o, s, l, "06 1355 8270", NULL, 0);
}
static int bad_encode(char *o, size_t s, size_t *l)
{
    return chatlink_percent_encode(o, s, l, "caf\xC3", 4, 0);
}
/* A failure found only after part of the link was written. */
static int bad_late_text(char *o, size_t s, size_t *l)
{
    return chatlink_whatsapp(o, s, l, "+31613558270", "fine so far \xFF", 0);
}

static const struct {
    const char *name;
    call_fn call;
    int status;
} bad[] = {
    { "whatsapp", bad_whatsapp, CHATLINK_ERR_PHONE_CHARACTER },
    { "twitter", bad_twitter, CHATLINK_ERR_RECIPIENT_ID },
    { "messenger", bad_messenger, CHATLINK_ERR_USERNAME },
    { "phone", bad_phone, CHATLINK_ERR_PHONE_NO_COUNTRY },
    { "encode", bad_encode, CHATLINK_ERR_INVALID_UTF8 },
    { "late text", bad_late_text, CHATLINK_ERR_INVALID_UTF8 },
};

#define N_GOOD (sizeof good / sizeof good[0])
#define N_BAD  (sizeof bad / sizeof bad[0])

START_TEST(test_success_writes_result_and_length)
{
    for (size_t i = 0; i < N_GOOD; i++) {
        char buf[TEST_BUF];
        size_t len = 0;
        ck_assert_int_eq(good[i].call(buf, sizeof buf, &len), CHATLINK_OK);
        ck_assert_str_eq(buf, good[i].expected);
        ck_assert_uint_eq(len, strlen(good[i].expected));
    }
}
END_TEST

START_TEST(test_success_without_out_len)
{
    for (size_t i = 0; i < N_GOOD; i++) {
        char buf[TEST_BUF];
        ck_assert_int_eq(good[i].call(buf, sizeof buf, NULL), CHATLINK_OK);
        ck_assert_str_eq(buf, good[i].expected);
    }
}
END_TEST

START_TEST(test_sizing_call_reports_length_and_writes_nothing)
{
    for (size_t i = 0; i < N_GOOD; i++) {
        size_t len = 0;
        ck_assert_int_eq(good[i].call(NULL, 0, &len), CHATLINK_OK);
        ck_assert_uint_eq(len, strlen(good[i].expected));
    }
}
END_TEST

START_TEST(test_sizing_call_validates_inputs)
{
    for (size_t i = 0; i < N_BAD; i++) {
        size_t len = 999;
        ck_assert_msg(bad[i].call(NULL, 0, &len) == bad[i].status, "%s", bad[i].name);
        ck_assert_uint_eq(len, 0);
    }
}
END_TEST

START_TEST(test_sizing_call_then_exact_buffer_works)
{
    for (size_t i = 0; i < N_GOOD; i++) {
        size_t need = 0;
        ck_assert_int_eq(good[i].call(NULL, 0, &need), CHATLINK_OK);
        char buf[TEST_BUF];
        ck_assert_uint_lt(need + 1, sizeof buf);
        ck_assert_int_eq(good[i].call(buf, need + 1, NULL), CHATLINK_OK);
        ck_assert_str_eq(buf, good[i].expected);
    }
}
END_TEST

START_TEST(test_one_byte_short_is_too_small_and_empty)
{
    for (size_t i = 0; i < N_GOOD; i++) {
        size_t need = strlen(good[i].expected);
        char buf[TEST_BUF];
        size_t len = 0;
        memset(buf, 'X', sizeof buf);
        ck_assert_int_eq(good[i].call(buf, need, &len), CHATLINK_ERR_BUFFER_TOO_SMALL);
        ck_assert_uint_eq(len, need);
        ck_assert_int_eq(buf[0], '\0');
        ck_assert_int_eq(buf[need], 'X');
    }
}
END_TEST

START_TEST(test_size_zero_buffer_is_too_small_and_untouched)
{
    for (size_t i = 0; i < N_GOOD; i++) {
        char buf[1] = { 'X' };
        size_t len = 0;
        ck_assert_int_eq(good[i].call(buf, 0, &len), CHATLINK_ERR_BUFFER_TOO_SMALL);
        ck_assert_uint_eq(len, strlen(good[i].expected));
        ck_assert_int_eq(buf[0], 'X');
    }
}
END_TEST

/*
 * Every size from 0 to the exact fit, with guard bytes on both sides: no
 * byte outside out[0..out_size) is ever written, and no partial link is
 * left at the start of the buffer.
 */
START_TEST(test_every_buffer_size_keeps_within_bounds)
{
    enum { GUARD = 16 };
    for (size_t i = 0; i < N_GOOD; i++) {
        size_t need = strlen(good[i].expected);
        for (size_t size = 0; size <= need + 1; size++) {
            unsigned char mem[TEST_BUF + 2 * GUARD];
            memset(mem, 0xA5, sizeof mem);
            char *out = (char *)mem + GUARD;
            size_t len = 0;
            int rc = good[i].call(out, size, &len);
            ck_assert_uint_eq(len, need);
            if (size > need) {
                ck_assert_int_eq(rc, CHATLINK_OK);
                ck_assert_str_eq(out, good[i].expected);
            } else {
                ck_assert_int_eq(rc, CHATLINK_ERR_BUFFER_TOO_SMALL);
                if (size > 0)
                    ck_assert_int_eq(out[0], '\0');
            }
            for (size_t g = 0; g < GUARD; g++)
                ck_assert_uint_eq(mem[g], 0xA5);
            for (size_t k = GUARD + size; k < sizeof mem; k++)
                ck_assert_msg(mem[k] == 0xA5, "%s: byte %zu past out_size %zu written",
                              good[i].name, k - GUARD - size, size);
        }
    }
}
END_TEST

START_TEST(test_error_empties_output_and_zeroes_length)
{
    for (size_t i = 0; i < N_BAD; i++) {
        char buf[TEST_BUF];
        size_t len = 999;
        memset(buf, 'X', sizeof buf);
        ck_assert_msg(bad[i].call(buf, sizeof buf, &len) == bad[i].status, "%s", bad[i].name);
        ck_assert_int_eq(buf[0], '\0');
        ck_assert_uint_eq(len, 0);
    }
}
END_TEST

START_TEST(test_error_with_small_buffer_is_the_error_not_too_small)
{
    for (size_t i = 0; i < N_BAD; i++) {
        char buf[4] = { 'X', 'X', 'X', 'X' };
        size_t len = 999;
        ck_assert_msg(bad[i].call(buf, 2, &len) == bad[i].status, "%s", bad[i].name);
        ck_assert_int_eq(buf[0], '\0');
        ck_assert_int_eq(buf[2], 'X');
        ck_assert_uint_eq(len, 0);
    }
}
END_TEST

START_TEST(test_null_out_with_size_is_null_argument)
{
    size_t len = 999;
    ck_assert_int_eq(chatlink_whatsapp(NULL, 10, &len, "+31613558270", NULL, 0),
                     CHATLINK_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(len, 0);
    ck_assert_int_eq(chatlink_twitter_dm(NULL, 10, NULL, "1", NULL, 0), CHATLINK_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(chatlink_messenger(NULL, 1, NULL, "saysimple", NULL, NULL, 0),
                     CHATLINK_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(chatlink_phone_e164(NULL, 5, NULL, "+31613558270", NULL, 0),
                     CHATLINK_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(chatlink_percent_encode(NULL, 5, NULL, "a", 1, 0), CHATLINK_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(test_null_required_input_is_null_argument)
{
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_twitter_dm, NULL, "Hi", 0);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_messenger, NULL, "Hi", NULL, 0);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_phone_e164, NULL, "NL", 0);
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_percent_encode, NULL, 0, 0);
}
END_TEST

START_TEST(test_null_input_is_reported_before_bad_flags)
{
    ck_assert_fails(CHATLINK_ERR_NULL_ARGUMENT, chatlink_twitter_dm, NULL, NULL, 0x80000000u);
}
END_TEST

START_TEST(test_unknown_flag_bits_are_bad_flags)
{
    /* Every bit that each function does not take. */
    for (unsigned int bit = 0; bit < 32; bit++) {
        unsigned int f = 1u << bit;
        if ((f & (CHATLINK_WHATSAPP_API_HOST | CHATLINK_PHONE_POSSIBLE_ONLY |
                  CHATLINK_REPLACE_INVALID_UTF8)) == 0)
            ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_whatsapp, "+31613558270", "x", f);
        if ((f & (CHATLINK_TWITTER_HOST | CHATLINK_REPLACE_INVALID_UTF8)) == 0)
            ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_twitter_dm, "1", "x", f);
        if ((f & CHATLINK_REPLACE_INVALID_UTF8) == 0)
            ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_messenger, "saysimple", "x", "y", f);
        if ((f & CHATLINK_PHONE_POSSIBLE_ONLY) == 0)
            ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_phone_e164, "+31613558270", NULL, f);
        if ((f & CHATLINK_REPLACE_INVALID_UTF8) == 0)
            ck_assert_fails(CHATLINK_ERR_BAD_FLAGS, chatlink_percent_encode, "x", 1, f);
    }
}
END_TEST

START_TEST(test_taken_flags_are_accepted)
{
    ck_assert_builds("https://wa.me/31613558270", chatlink_whatsapp, "+31613558270", NULL,
                     CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_builds("https://twitter.com/messages/compose?recipient_id=1", chatlink_twitter_dm,
                     "1", NULL, CHATLINK_TWITTER_HOST | CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_builds("https://m.me/saysimple", chatlink_messenger, "saysimple", NULL, NULL,
                     CHATLINK_REPLACE_INVALID_UTF8);
    ck_assert_builds("+31613558270", chatlink_phone_e164, "+31613558270", NULL,
                     CHATLINK_PHONE_POSSIBLE_ONLY);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("output rules");
    ADD_TEST(s, test_success_writes_result_and_length);
    ADD_TEST(s, test_success_without_out_len);
    ADD_TEST(s, test_sizing_call_reports_length_and_writes_nothing);
    ADD_TEST(s, test_sizing_call_validates_inputs);
    ADD_TEST(s, test_sizing_call_then_exact_buffer_works);
    ADD_TEST(s, test_one_byte_short_is_too_small_and_empty);
    ADD_TEST(s, test_size_zero_buffer_is_too_small_and_untouched);
    ADD_TEST(s, test_every_buffer_size_keeps_within_bounds);
    ADD_TEST(s, test_error_empties_output_and_zeroes_length);
    ADD_TEST(s, test_error_with_small_buffer_is_the_error_not_too_small);
    ADD_TEST(s, test_null_out_with_size_is_null_argument);
    ADD_TEST(s, test_null_required_input_is_null_argument);
    ADD_TEST(s, test_null_input_is_reported_before_bad_flags);
    ADD_TEST(s, test_unknown_flag_bits_are_bad_flags);
    ADD_TEST(s, test_taken_flags_are_accepted);
    return s;
}
