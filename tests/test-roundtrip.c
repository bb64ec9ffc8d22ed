/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Round trips: build links from generated texts and numbers, read them back
 * the way a browser does, and compare with what went in.
 *
 * The reader (whatwg-reader.c) is written from the WHATWG standards,
 * independently of the library.
 *
 * CHATLINK_TEST_SEED=n in the environment replays another sequence.
 */

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "example-numbers.h"
#include "random-text.h"
#include "test-common.h"
#include "whatwg-reader.h"

#define ROUNDS   4000
#define LINK_MAX (MAX_CPS * 4 * 3 * 2 + 256)

/* --- Reading back: whatwg-reader.c. --- */

static long query_param(const char *link, const char *name, uint32_t *cps)
{
    static unsigned char scratch[LINK_MAX];
    long count = whatwg_query_param(link, name, cps, scratch);
    ck_assert_msg(count != WHATWG_BAD_LINK, "link has white space, a control, '#' or non-ASCII: %s",
                  link);
    return count;
}

static void assert_param_is(const char *link, const char *name, const uint32_t *cps, size_t n)
{
    static uint32_t got[LINK_MAX];
    long count = query_param(link, name, got);
    ck_assert_msg(count >= 0, "no %s in %s", name, link);
    ck_assert_msg((size_t)count == n, "%s: %ld code points back, %zu in: %s", name, count, n, link);
    size_t i = 0;
    while (i < n && got[i] == cps[i])
        i++;
    ck_assert_msg(i == n, "%s: U+%04X back for U+%04X at %zu in %s", name, (unsigned)got[i],
                  (unsigned)cps[i], i, link);
}

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* --- The round trips. --- */

START_TEST(test_roundtrip_whatsapp_text)
{
    static struct text t;
    static char link[LINK_MAX];
    rng_seed();
    for (int round = 0; round < ROUNDS; round++) {
        random_text(&t, true);
        unsigned int flags = rng_below(2) ? CHATLINK_WHATSAPP_API_HOST : 0;
        int rc = chatlink_whatsapp(link, sizeof link, NULL, "+31 6 1355 8270", t.bytes, flags);
        ck_assert_int_eq(rc, CHATLINK_OK);
        ck_assert(starts_with(link, flags ? "https://api.whatsapp.com/send?phone=31613558270&text="
                                          : "https://wa.me/31613558270?text="));
        assert_param_is(link, "text", t.cps, t.ncps);
    }
}
END_TEST

START_TEST(test_roundtrip_twitter_text)
{
    static struct text t;
    static char link[LINK_MAX];
    static const uint32_t id[] = { '2', '9', '9', '9', '5', '9', '9', '6', '9', '6' };
    rng_seed();
    for (int round = 0; round < ROUNDS; round++) {
        random_text(&t, true);
        ck_assert_int_eq(chatlink_twitter_dm(link, sizeof link, NULL, "2999599696", t.bytes, 0),
                         CHATLINK_OK);
        ck_assert(starts_with(link, "https://x.com/messages/compose?"));
        assert_param_is(link, "recipient_id", id, 10);
        assert_param_is(link, "text", t.cps, t.ncps);
    }
}
END_TEST

START_TEST(test_roundtrip_messenger_text_and_ref)
{
    static struct text t, r;
    static char link[LINK_MAX];
    rng_seed();
    for (int round = 0; round < ROUNDS; round++) {
        random_text(&t, true);
        random_text(&r, false);
        ck_assert_int_eq(
            chatlink_messenger(link, sizeof link, NULL, "saysimple.haarlem", t.bytes, r.bytes, 0),
            CHATLINK_OK);
        ck_assert(starts_with(link, "https://m.me/saysimple.haarlem?text="));
        assert_param_is(link, "text", t.cps, t.ncps);
        assert_param_is(link, "ref", r.cps, r.ncps);
    }
}
END_TEST

START_TEST(test_roundtrip_messenger_ref_refuses_exactly_the_controls)
{
    static struct text r;
    rng_seed();
    for (int round = 0; round < ROUNDS; round++) {
        random_text(&r, true);
        if (r.nbytes > 2083)
            continue;
        bool has_control = false;
        for (size_t i = 0; i < r.ncps; i++)
            has_control |= r.cps[i] < 0x20 || (r.cps[i] >= 0x7F && r.cps[i] <= 0x9F);
        size_t len;
        int rc = chatlink_messenger(NULL, 0, &len, "saysimple", NULL, r.bytes, 0);
        ck_assert_int_eq(rc, has_control ? CHATLINK_ERR_REF : CHATLINK_OK);
    }
}
END_TEST

/*
 * Random bytes, mostly ill-formed: the library must call them invalid
 * exactly when a browser's decoder would replace something, and with
 * CHATLINK_REPLACE_INVALID_UTF8 the link must decode to what a browser
 * makes of the original bytes.
 */
START_TEST(test_roundtrip_invalid_utf8_matches_browser_decoding)
{
    static unsigned char in[256];
    static uint32_t expected[256];
    static char link[4096];
    rng_seed();
    for (int round = 0; round < ROUNDS * 4; round++) {
        size_t n = rng_range(1, 24);
        for (size_t i = 0; i < n; i++) {
            uint32_t pick = rng_below(4);
            in[i] = (unsigned char)(pick == 0   ? rng_range(0x20, 0x7E)
                                    : pick == 1 ? rng_range(0x80, 0xBF)
                                                : rng_range(0xC0, 0xFF));
        }
        size_t errors;
        size_t nexp = whatwg_utf8_decode(in, n, expected, &errors);
        int rc = chatlink_percent_encode(NULL, 0, NULL, (const char *)in, n, 0);
        ck_assert_int_eq(rc, errors > 0 ? CHATLINK_ERR_INVALID_UTF8 : CHATLINK_OK);

        char text[sizeof in + 1]; /* no byte above is 0, so the text is all of it */
        memcpy(text, in, n);
        text[n] = '\0';
        rc = chatlink_whatsapp(link, sizeof link, NULL, NULL, text, CHATLINK_REPLACE_INVALID_UTF8);
        ck_assert_int_eq(rc, CHATLINK_OK);
        assert_param_is(link, "text", expected, nexp);
    }
}
END_TEST

/* Example numbers of every region, typed with random separators and prefixes. */
START_TEST(test_roundtrip_whatsapp_numbers)
{
    static const char *const separators[] = { " ", "-", ".", "/", "\xC2\xA0", "" };
    char typed[128], expected[128], link[256];
    rng_seed();
    for (int round = 0; round < ROUNDS; round++) {
        const struct example_number *e =
            &example_numbers[rng_below(sizeof example_numbers / sizeof example_numbers[0])];
        const char *sep = separators[rng_below(sizeof separators / sizeof separators[0])];
        size_t k = 0;
        const char *lead = rng_below(2) ? "+" : "00";
        k += (size_t)snprintf(typed + k, sizeof typed - k, "%s%s", lead, e->calling_code);
        for (const char *d = e->national; *d; d++) {
            if (rng_below(3) == 0)
                k += (size_t)snprintf(typed + k, sizeof typed - k, "%s", sep);
            typed[k++] = *d;
        }
        typed[k] = '\0';
        snprintf(expected, sizeof expected, "https://wa.me/%s%s", e->calling_code, e->national);

        int rc = chatlink_whatsapp(link, sizeof link, NULL, typed, NULL, 0);
        ck_assert_msg(rc == CHATLINK_OK, "%s (%s): %s", typed, e->region, chatlink_strerror(rc));
        ck_assert_str_eq(link, expected);
    }
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("roundtrip");
    ADD_TEST(s, test_roundtrip_whatsapp_text);
    ADD_TEST(s, test_roundtrip_twitter_text);
    ADD_TEST(s, test_roundtrip_messenger_text_and_ref);
    ADD_TEST(s, test_roundtrip_messenger_ref_refuses_exactly_the_controls);
    ADD_TEST(s, test_roundtrip_invalid_utf8_matches_browser_decoding);
    ADD_TEST(s, test_roundtrip_whatsapp_numbers);
    return s;
}
