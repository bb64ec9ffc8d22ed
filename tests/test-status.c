/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "test-common.h"

static const int all_statuses[] = {
    CHATLINK_OK,
    CHATLINK_ERR_NULL_ARGUMENT,
    CHATLINK_ERR_BAD_FLAGS,
    CHATLINK_ERR_BUFFER_TOO_SMALL,
    CHATLINK_ERR_INVALID_UTF8,
    CHATLINK_ERR_TOO_LONG,
    CHATLINK_ERR_EMPTY,
    CHATLINK_ERR_NO_MEMORY,
    CHATLINK_ERR_LABEL_EMPTY,
    CHATLINK_ERR_PHONE_EMPTY,
    CHATLINK_ERR_PHONE_CHARACTER,
    CHATLINK_ERR_PHONE_NO_COUNTRY,
    CHATLINK_ERR_PHONE_COUNTRY_CODE,
    CHATLINK_ERR_PHONE_TOO_SHORT,
    CHATLINK_ERR_PHONE_TOO_LONG,
    CHATLINK_ERR_PHONE_INVALID,
    CHATLINK_ERR_REGION,
    CHATLINK_ERR_RECIPIENT_ID,
    CHATLINK_ERR_USERNAME,
    CHATLINK_ERR_REF,
    CHATLINK_ERR_LINK_SYNTAX,
    CHATLINK_ERR_LINK_UNKNOWN,
    CHATLINK_ERR_LINK_UNSUPPORTED,
    CHATLINK_ERR_LINK_MALFORMED,
};
#define N_STATUSES (sizeof all_statuses / sizeof all_statuses[0])

START_TEST(test_status_values_are_the_contract)
{
    /* These numbers are ABI: they must never change. */
    ck_assert_int_eq(CHATLINK_OK, 0);
    ck_assert_int_eq(CHATLINK_ERR_NULL_ARGUMENT, 1);
    ck_assert_int_eq(CHATLINK_ERR_BAD_FLAGS, 2);
    ck_assert_int_eq(CHATLINK_ERR_BUFFER_TOO_SMALL, 3);
    ck_assert_int_eq(CHATLINK_ERR_INVALID_UTF8, 4);
    ck_assert_int_eq(CHATLINK_ERR_TOO_LONG, 5);
    ck_assert_int_eq(CHATLINK_ERR_EMPTY, 6);
    ck_assert_int_eq(CHATLINK_ERR_NO_MEMORY, 7);
    ck_assert_int_eq(CHATLINK_ERR_LABEL_EMPTY, 8);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_EMPTY, 10);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_CHARACTER, 11);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_NO_COUNTRY, 12);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_COUNTRY_CODE, 13);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_TOO_SHORT, 14);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_TOO_LONG, 15);
    ck_assert_int_eq(CHATLINK_ERR_PHONE_INVALID, 16);
    ck_assert_int_eq(CHATLINK_ERR_REGION, 17);
    ck_assert_int_eq(CHATLINK_ERR_RECIPIENT_ID, 20);
    ck_assert_int_eq(CHATLINK_ERR_USERNAME, 21);
    ck_assert_int_eq(CHATLINK_ERR_REF, 22);
    ck_assert_int_eq(CHATLINK_ERR_LINK_SYNTAX, 30);
    ck_assert_int_eq(CHATLINK_ERR_LINK_UNKNOWN, 31);
    ck_assert_int_eq(CHATLINK_ERR_LINK_UNSUPPORTED, 32);
    ck_assert_int_eq(CHATLINK_ERR_LINK_MALFORMED, 33);
}
END_TEST

START_TEST(test_flag_values_are_the_contract)
{
    ck_assert_uint_eq(CHATLINK_NO_FLAGS, 0);
    ck_assert_uint_eq(CHATLINK_WHATSAPP_API_HOST, 1);
    ck_assert_uint_eq(CHATLINK_TWITTER_HOST, 2);
    ck_assert_uint_eq(CHATLINK_PHONE_POSSIBLE_ONLY, 4);
    ck_assert_uint_eq(CHATLINK_REPLACE_INVALID_UTF8, 8);
    ck_assert_uint_eq(CHATLINK_HTML_SAME_TAB, 16);
    /* The channels of chatlink_link_channel() are ABI too. */
    ck_assert_int_eq(CHATLINK_CHANNEL_WHATSAPP, 1);
    ck_assert_int_eq(CHATLINK_CHANNEL_TWITTER_DM, 2);
    ck_assert_int_eq(CHATLINK_CHANNEL_MESSENGER, 3);
    ck_assert_int_eq(CHATLINK_CHANNEL_TELEGRAM, 4);
    ck_assert_int_eq(CHATLINK_CHANNEL_INSTAGRAM, 5);
    ck_assert_int_eq(CHATLINK_CHANNEL_SMS, 6);
    ck_assert_int_eq(CHATLINK_CHANNEL_SIGNAL, 7);
    ck_assert_int_eq(CHATLINK_CHANNEL_VIBER, 8);
    ck_assert_int_eq(CHATLINK_CHANNEL_LINE, 9);
}
END_TEST

START_TEST(test_strerror_gives_each_status_its_own_sentence)
{
    const char *generic = chatlink_strerror(9999);
    for (size_t i = 0; i < N_STATUSES; i++) {
        const char *msg = chatlink_strerror(all_statuses[i]);
        ck_assert_ptr_nonnull(msg);
        ck_assert_uint_gt(strlen(msg), 5);
        ck_assert_str_ne(msg, generic);
        ck_assert_msg(msg[strlen(msg) - 1] == '.', "not a sentence: %s", msg);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(msg, chatlink_strerror(all_statuses[j]));
    }
}
END_TEST

START_TEST(test_strerror_unknown_values_are_generic_never_null)
{
    static const int unknown[] = { -1, 9, 18, 19, 23, 29, 34, 100, INT_MIN, INT_MAX };
    const char *generic = chatlink_strerror(9999);
    ck_assert_ptr_nonnull(generic);
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        ck_assert_str_eq(chatlink_strerror(unknown[i]), generic);
}
END_TEST

static int parse_status(const char *url)
{
    struct chatlink_link *link;
    int rc = chatlink_link_parse(&link, url, 0);
    chatlink_link_free(link);
    return rc;
}

/*
 * The parser's one allocation, refused: RLIMIT_AS is lowered below what a
 * link of 200 MB would need, and put back.
 */
static int reach_no_memory(void)
{
    size_t n = 200u << 20;
    char *url = malloc(n + 1);
    ck_assert_ptr_nonnull(url);
    memcpy(url, "https://wa.me/?text=", 20);
    memset(url + 20, 'a', n - 20);
    url[n] = '\0';

    struct rlimit old, low;
    ck_assert_int_eq(getrlimit(RLIMIT_AS, &old), 0);
    low = old;
    low.rlim_cur = (rlim_t)n * 3; /* the parser wants 5 bytes for each byte of the URL */
    ck_assert_int_eq(setrlimit(RLIMIT_AS, &low), 0);
    int rc = parse_status(url);
    ck_assert_int_eq(setrlimit(RLIMIT_AS, &old), 0);
    free(url);
    return rc;
}

/* One public call that ends in each status: every code is reachable. */
static int reach(int status)
{
    char buf[64], tiny[4];
    char long_ref[2100];
    memset(long_ref, 'r', sizeof long_ref - 1);
    long_ref[sizeof long_ref - 1] = '\0';

    switch (status) {
    case CHATLINK_OK:
        return chatlink_whatsapp(buf, sizeof buf, NULL, "+31613558270", "Hi", 0);
    case CHATLINK_ERR_NULL_ARGUMENT:
        return chatlink_twitter_dm(buf, sizeof buf, NULL, NULL, NULL, 0);
    case CHATLINK_ERR_BAD_FLAGS:
        return chatlink_messenger(buf, sizeof buf, NULL, "saysimple", NULL, NULL,
                                  CHATLINK_TWITTER_HOST);
    case CHATLINK_ERR_BUFFER_TOO_SMALL:
        return chatlink_whatsapp(tiny, sizeof tiny, NULL, "+31613558270", NULL, 0);
    case CHATLINK_ERR_INVALID_UTF8:
        return chatlink_percent_encode(buf, sizeof buf, NULL, "\xFF", 1, 0);
    case CHATLINK_ERR_TOO_LONG:
        return chatlink_messenger(buf, sizeof buf, NULL, "saysimple", NULL, long_ref, 0);
    case CHATLINK_ERR_EMPTY:
        return chatlink_whatsapp(buf, sizeof buf, NULL, NULL, NULL, 0);
    case CHATLINK_ERR_PHONE_EMPTY:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "+", NULL, 0);
    case CHATLINK_ERR_PHONE_CHARACTER:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "+31 6 1234 567x", NULL, 0);
    case CHATLINK_ERR_PHONE_NO_COUNTRY:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "06 12345678", NULL, 0);
    case CHATLINK_ERR_PHONE_COUNTRY_CODE:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "+999 1234", NULL, 0);
    case CHATLINK_ERR_PHONE_TOO_SHORT:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "+31 6", NULL, 0);
    case CHATLINK_ERR_PHONE_TOO_LONG:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "+31 6 1234 5678 9999", NULL, 0);
    case CHATLINK_ERR_PHONE_INVALID:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "+44 1234 5678", NULL, 0);
    case CHATLINK_ERR_REGION:
        return chatlink_phone_e164(buf, sizeof buf, NULL, "06 12345678", "QQ", 0);
    case CHATLINK_ERR_RECIPIENT_ID:
        return chatlink_twitter_dm(buf, sizeof buf, NULL, "@jack", NULL, 0);
    case CHATLINK_ERR_USERNAME:
        return chatlink_messenger(buf, sizeof buf, NULL, "abcd", NULL, NULL, 0);
    case CHATLINK_ERR_REF:
        return chatlink_messenger(buf, sizeof buf, NULL, "saysimple", NULL, "a\tb", 0);
    case CHATLINK_ERR_NO_MEMORY:
        return reach_no_memory();
    case CHATLINK_ERR_LABEL_EMPTY:
        return chatlink_html_anchor(buf, sizeof buf, NULL, "https://wa.me/31613558270", "", 0);
    case CHATLINK_ERR_LINK_SYNTAX:
        return parse_status("wa.me/31613558270");
    case CHATLINK_ERR_LINK_UNKNOWN:
        return parse_status("https://example.com/31613558270");
    case CHATLINK_ERR_LINK_UNSUPPORTED:
        return parse_status("https://chat.whatsapp.com/AbCdEf");
    case CHATLINK_ERR_LINK_MALFORMED:
        return parse_status("https://wa.me/31613558270?text=a&text=b");
    default:
        return -1;
    }
}

/* Sanitizer runtimes reserve terabytes of address space: RLIMIT_AS cannot be used under them. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif

START_TEST(test_every_status_is_reachable)
{
    for (size_t i = 0; i < N_STATUSES; i++) {
#ifdef UNDER_SANITIZER
        if (all_statuses[i] == CHATLINK_ERR_NO_MEMORY)
            continue;
#endif
        ck_assert_msg(reach(all_statuses[i]) == all_statuses[i], "status %d not reached",
                      all_statuses[i]);
    }
}
END_TEST

START_TEST(test_version_matches_header)
{
    char expected[32];
    snprintf(expected, sizeof expected, "%d.%d.%d", CHATLINK_VERSION_MAJOR, CHATLINK_VERSION_MINOR,
             CHATLINK_VERSION_MICRO);
    ck_assert_str_eq(CHATLINK_VERSION_STRING, expected);
    ck_assert_str_eq(chatlink_version_string(), expected);
    ck_assert_uint_eq(chatlink_version_number(), CHATLINK_VERSION_NUMBER);
    ck_assert_uint_eq(CHATLINK_VERSION_NUMBER, CHATLINK_VERSION_MAJOR * 10000 +
                                                   CHATLINK_VERSION_MINOR * 100 +
                                                   CHATLINK_VERSION_MICRO);
    ck_assert_int_eq(CHATLINK_VERSION_MAJOR, 1);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("status");
    ADD_TEST(s, test_status_values_are_the_contract);
    ADD_TEST(s, test_flag_values_are_the_contract);
    ADD_TEST(s, test_strerror_gives_each_status_its_own_sentence);
    ADD_TEST(s, test_strerror_unknown_values_are_generic_never_null);
    ADD_TEST(s, test_every_status_is_reachable);
    ADD_TEST(s, test_version_matches_header);
    return s;
}
