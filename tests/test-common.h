/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_TEST_COMMON_H
#define CHATLINK_TEST_COMMON_H

#include <check.h>
#include <string.h>

#include "chatlink.h"

/* Each test file defines its suite; test-main.c runs it. */
Suite *chatlink_test_suite(void);

/* One TCase per test, named after it, so CK_RUN_CASE=test_name runs just that test. */
#define ADD_TEST(suite, fn)                                                                        \
    do {                                                                                           \
        TCase *tc_ = tcase_create(#fn);                                                            \
        tcase_add_test(tc_, fn);                                                                   \
        suite_add_tcase((suite), tc_);                                                             \
    } while (0)

/* Big enough for every link the tests build from short inputs. */
#define TEST_BUF 4096

/*
 * Run a builder call whose first three arguments are (buf, sizeof buf, &len)
 * and check that it succeeds with `expected`.
 */
#define ck_assert_builds(expected, builder, ...)                                                   \
    do {                                                                                           \
        char buf_[TEST_BUF];                                                                       \
        size_t len_ = 12345;                                                                       \
        int rc_ = builder(buf_, sizeof buf_, &len_, __VA_ARGS__);                                  \
        ck_assert_msg(rc_ == CHATLINK_OK, "%s: status %d (%s), expected success", #builder, rc_,   \
                      chatlink_strerror(rc_));                                                     \
        ck_assert_str_eq(buf_, (expected));                                                        \
        ck_assert_uint_eq(len_, strlen(expected));                                                 \
    } while (0)

/*
 * Check that a builder call fails with `status`, leaving the empty string in
 * a buffer that was full of garbage, and a length of 0.
 */
#define ck_assert_fails(status, builder, ...)                                                      \
    do {                                                                                           \
        char buf_[TEST_BUF];                                                                       \
        size_t len_ = 12345;                                                                       \
        memset(buf_, 'X', sizeof buf_);                                                            \
        int rc_ = builder(buf_, sizeof buf_, &len_, __VA_ARGS__);                                  \
        ck_assert_msg(rc_ == (status), "%s: status %d (%s), expected %d (%s)", #builder, rc_,      \
                      chatlink_strerror(rc_), (int)(status), chatlink_strerror(status));           \
        ck_assert_msg(buf_[0] == '\0', "%s: output not emptied on error", #builder);               \
        ck_assert_uint_eq(len_, 0);                                                                \
    } while (0)

#endif /* CHATLINK_TEST_COMMON_H */
