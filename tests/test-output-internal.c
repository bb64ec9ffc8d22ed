/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The size arithmetic of lib/output.c, which no public call can push to its
 * limits on a 64-bit machine: a result longer than SIZE_MAX must be
 * CHATLINK_ERR_TOO_LONG, never a wrapped length.
 */

#include <stdint.h>

#include "output.h"
#include "test-common.h"

START_TEST(test_output_length_overflow_is_too_long)
{
    char buf[8] = "XXXXXXX";
    size_t len = 5;
    struct output o;
    ck_assert_int_eq(clk_output_begin(&o, buf, sizeof buf, &len, true, 0, 0), CHATLINK_OK);
    output_append_literal(&o, "abc");
    o.len = SIZE_MAX - 1; /* as if a huge input had been counted */
    output_append_literal(&o, "abc");
    ck_assert(o.overflow);
    ck_assert_int_eq(clk_output_finish(&o), CHATLINK_ERR_TOO_LONG);
    ck_assert_int_eq(buf[0], '\0');
    ck_assert_uint_eq(len, 0);
}
END_TEST

START_TEST(test_output_exact_size_max_is_not_overflow)
{
    struct output o;
    size_t len = 0;
    ck_assert_int_eq(clk_output_begin(&o, NULL, 0, &len, true, 0, 0), CHATLINK_OK);
    o.len = SIZE_MAX - 3;
    output_append_literal(&o, "abc");
    ck_assert(!o.overflow);
    ck_assert_int_eq(clk_output_finish(&o), CHATLINK_OK);
    ck_assert_uint_eq(len, SIZE_MAX);
}
END_TEST

START_TEST(test_output_never_writes_after_a_piece_did_not_fit)
{
    char buf[6];
    memset(buf, 'X', sizeof buf);
    struct output o;
    ck_assert_int_eq(clk_output_begin(&o, buf, 5, NULL, true, 0, 0), CHATLINK_OK);
    output_append_literal(&o, "ab");
    output_append_literal(&o, "cdef"); /* does not fit */
    output_append_literal(&o, "g");    /* would fit at 2, must not be written */
    ck_assert_int_eq(buf[2], 'X');
    ck_assert_int_eq(clk_output_finish(&o), CHATLINK_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(buf[0], '\0');
    ck_assert_int_eq(buf[5], 'X');
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("output internals");
    ADD_TEST(s, test_output_length_overflow_is_too_long);
    ADD_TEST(s, test_output_exact_size_max_is_not_overflow);
    ADD_TEST(s, test_output_never_writes_after_a_piece_did_not_fit);
    return s;
}
