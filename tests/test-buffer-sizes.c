/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Every out_size from 0 to needed + 1, in heap buffers of exactly that size
 * between guard bytes (so ASan and valgrind see any overrun too), for a set
 * of inputs to every builder: short and long, ASCII and multi-byte, every
 * flag, and errors found before and after part of the link was written.
 * The rules checked are in contract.c.
 */

#include <stdint.h>
#include <stdlib.h>

#include "calls.h"
#include "contract.h"
#include "test-common.h"

static void check_every_size(const struct call *c, const char *name, int status)
{
    struct contract_result r;
    const char *why = contract_check(call_run, c, SIZE_MAX, &r);
    ck_assert_msg(why == NULL, "%s: %s", name, why);
    ck_assert_msg(r.status == status, "%s: status %d, expected %d", name, r.status, status);
    free(r.link);
}

#define LONG_TEXT_BYTES 3000

/* The first `bytes` bytes of "aé€aé€..." (code points of 1, 2 and 3 bytes). */
static char *make_text(size_t bytes)
{
    char *text = malloc(bytes + 1);
    ck_assert_ptr_nonnull(text);
    for (size_t i = 0; i < bytes; i++)
        text[i] = "a\xC3\xA9\xE2\x82\xAC"[i % 6];
    text[bytes] = '\0';
    return text;
}

START_TEST(test_every_size_for_successful_calls)
{
    char *long_text = make_text(LONG_TEXT_BYTES);
    char *longest_ref = make_text(2083); /* ends after an "a": whole code points */
    const struct {
        const char *name;
        struct call call;
    } inputs[] = {
        { "whatsapp", { CALL_WHATSAPP, "+31 6 1355 8270", "Hallo & welkom!", NULL, 0, 0 } },
        { "whatsapp no text", { CALL_WHATSAPP, "+31613558270", NULL, NULL, 0, 0 } },
        { "whatsapp text only", { CALL_WHATSAPP, "", "Hi", NULL, 0, 0 } },
        { "whatsapp api", { CALL_WHATSAPP, "0031613558270", "Hi", NULL, 0,
                            CHATLINK_WHATSAPP_API_HOST } },
        { "whatsapp emoji", { CALL_WHATSAPP, "+44 20 7946 0958",
                              "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB \xF0\x9F\x87\xB3\xF0\x9F\x87\xB1",
                              NULL, 0, 0 } },
        { "whatsapp long", { CALL_WHATSAPP, "+31613558270", long_text, NULL, 0, 0 } },
        { "whatsapp replaced", { CALL_WHATSAPP, "+31613558270", "a\xFF\xC0\xAF b", NULL, 0,
                                 CHATLINK_REPLACE_INVALID_UTF8 } },
        { "whatsapp possible", { CALL_WHATSAPP, "+31 6 1355 8270", "x", NULL, 0,
                                 CHATLINK_PHONE_POSSIBLE_ONLY } },
        { "twitter", { CALL_TWITTER_DM, "18446744073709551615", "Hi #1", NULL, 0, 0 } },
        { "twitter host", { CALL_TWITTER_DM, "3805104374", NULL, NULL, 0, CHATLINK_TWITTER_HOST } },
        { "messenger", { CALL_MESSENGER, "saysimple.haarlem", "Hoi", "spring=2026", 0, 0 } },
        { "messenger id", { CALL_MESSENGER, "1234567890", NULL, NULL, 0, 0 } },
        { "messenger longest ref", { CALL_MESSENGER, "saysimple.haarlem", NULL, longest_ref, 0, 0 } },
        { "phone", { CALL_PHONE_E164, "06 1355 8270", "NL", NULL, 0, 0 } },
        { "phone arabic digits", { CALL_PHONE_E164, "\xD9\xA0\xD9\xA6 1355 8270", "nl", NULL, 0, 0 } },
        { "phone argentina", { CALL_PHONE_E164, "011 15 2345-6789", "AR", NULL, 0, 0 } },
        { "encode", { CALL_PERCENT_ENCODE, "a b\nc", NULL, NULL, 5, 0 } },
        { "encode NUL", { CALL_PERCENT_ENCODE, "a\0b", NULL, NULL, 3, 0 } },
        { "encode empty", { CALL_PERCENT_ENCODE, "", NULL, NULL, 0, 0 } },
        { "encode long", { CALL_PERCENT_ENCODE, long_text, NULL, NULL, LONG_TEXT_BYTES, 0 } },
        { "telegram name", { CALL_TELEGRAM, "@durov", "@gif cats", NULL, 0, 0 } },
        { "telegram phone", { CALL_TELEGRAM, "+31 6 1355 8270", long_text, NULL, 0, 0 } },
        { "instagram", { CALL_INSTAGRAM, "say.simple", "spring=2026", NULL, 0, 0 } },
        { "sms", { CALL_SMS, "+31 6 1355 8270", "Hallo & welkom!", NULL, 0, 0 } },
        { "signal", { CALL_SIGNAL, "+31 6 1355 8270", NULL, NULL, 0, 0 } },
        { "viber", { CALL_VIBER, "+31 6 1355 8270", NULL, NULL, 0, 0 } },
        { "line", { CALL_LINE, "@linedevelopers", "Hi there!", NULL, 0, 0 } },
        { "html", { CALL_HTML_ANCHOR, "https://api.whatsapp.com/send?phone=1&text=a", "Fish & \"Chips\"",
                    NULL, 0, 0 } },
        { "html long", { CALL_HTML_ANCHOR, "https://wa.me/", long_text, NULL, 0,
                         CHATLINK_HTML_SAME_TAB } },
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
        check_every_size(&inputs[i].call, inputs[i].name, CHATLINK_OK);
    free(long_text);
    free(longest_ref);
}
END_TEST

START_TEST(test_every_size_for_failing_calls)
{
    char *too_long_ref = make_text(2085); /* 2,083 bytes and then a whole "é" */
    const struct {
        const char *name;
        struct call call;
        int status;
    } inputs[] = {
        { "letter in number", { CALL_WHATSAPP, "+31 6 CALL ME", "Hi", NULL, 0, 0 },
          CHATLINK_ERR_PHONE_CHARACTER },
        { "bad text after a good number", { CALL_WHATSAPP, "+31613558270", "fine so far \xFF", NULL,
                                            0, 0 }, CHATLINK_ERR_INVALID_UTF8 },
        { "truncated sequence at the end", { CALL_WHATSAPP, "+31613558270", "caf\xC3", NULL, 0, 0 },
          CHATLINK_ERR_INVALID_UTF8 },
        { "nothing to link", { CALL_WHATSAPP, NULL, "", NULL, 0, 0 }, CHATLINK_ERR_EMPTY },
        { "bad flag", { CALL_WHATSAPP, "+31613558270", "Hi", NULL, 0, 1u << 20 },
          CHATLINK_ERR_BAD_FLAGS },
        { "handle for id", { CALL_TWITTER_DM, "@jack", "Hi", NULL, 0, 0 }, CHATLINK_ERR_RECIPIENT_ID },
        { "id too big", { CALL_TWITTER_DM, "18446744073709551616", "Hi", NULL, 0, 0 },
          CHATLINK_ERR_RECIPIENT_ID },
        { "short page", { CALL_MESSENGER, "abcd", NULL, NULL, 0, 0 }, CHATLINK_ERR_USERNAME },
        { "ref one byte too long", { CALL_MESSENGER, "saysimple.haarlem", "Hoi",
                                     too_long_ref, 0, 0 }, CHATLINK_ERR_TOO_LONG },
        { "control in ref", { CALL_MESSENGER, "saysimple.haarlem", "Hoi", "a\tb", 0, 0 },
          CHATLINK_ERR_REF },
        { "national, no region", { CALL_PHONE_E164, "06 1355 8270", NULL, NULL, 0, 0 },
          CHATLINK_ERR_PHONE_NO_COUNTRY },
        { "unknown region", { CALL_PHONE_E164, "06 1355 8270", "XX", NULL, 0, 0 },
          CHATLINK_ERR_REGION },
        { "too short", { CALL_PHONE_E164, "+1 202 555", NULL, NULL, 0, 0 },
          CHATLINK_ERR_PHONE_TOO_SHORT },
        { "encode invalid", { CALL_PERCENT_ENCODE, "ok \xED\xA0\x80", NULL, NULL, 6, 0 },
          CHATLINK_ERR_INVALID_UTF8 },
        { "encode NULL", { CALL_PERCENT_ENCODE, NULL, NULL, NULL, 0, 0 },
          CHATLINK_ERR_NULL_ARGUMENT },
        { "telegram short name", { CALL_TELEGRAM, "abcd", "Hi", NULL, 0, 0 }, CHATLINK_ERR_USERNAME },
        { "telegram bad text", { CALL_TELEGRAM, "durov", "ok \xC0\xAF", NULL, 0, 0 },
          CHATLINK_ERR_INVALID_UTF8 },
        { "instagram bad ref", { CALL_INSTAGRAM, "saysimple", "a b", NULL, 0, 0 }, CHATLINK_ERR_REF },
        { "sms national", { CALL_SMS, "06 1355 8270", "Hi", NULL, 0, 0 },
          CHATLINK_ERR_PHONE_NO_COUNTRY },
        { "signal letters", { CALL_SIGNAL, "+31 6 CALL ME", NULL, NULL, 0, 0 },
          CHATLINK_ERR_PHONE_CHARACTER },
        { "viber NULL", { CALL_VIBER, NULL, NULL, NULL, 0, 0 }, CHATLINK_ERR_NULL_ARGUMENT },
        { "line bad id", { CALL_LINE, "@LINE", "Hi", NULL, 0, 0 }, CHATLINK_ERR_USERNAME },
        { "html javascript", { CALL_HTML_ANCHOR, "javascript:alert(1)", "x", NULL, 0, 0 },
          CHATLINK_ERR_LINK_UNKNOWN },
        { "html bad label late", { CALL_HTML_ANCHOR, "https://wa.me/", "a long fine label \xFF", NULL,
                                   0, 0 }, CHATLINK_ERR_INVALID_UTF8 },
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
        check_every_size(&inputs[i].call, inputs[i].name, inputs[i].status);
    free(too_long_ref);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("buffer-sizes");
    ADD_TEST(s, test_every_size_for_successful_calls);
    ADD_TEST(s, test_every_size_for_failing_calls);
    return s;
}
