/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Build, parse, compare, for every channel: thousands of generated inputs
 * each, and the link built again from what was parsed must be the same link.
 *
 * CHATLINK_TEST_SEED=n in the environment replays another sequence.
 */

#include <stdio.h>
#include <stdlib.h>

#include "example-numbers.h"
#include "random-text.h"
#include "test-common.h"

#define ROUNDS   3000
#define LINK_MAX (MAX_CPS * 4 * 3 + 2083 * 3 + 256)

/* What went into a builder, and what the parser must give back. */
struct sample {
    int channel;
    unsigned int flags;
    char recipient[136]; /* as typed: the target and maybe an "@" */
    char target[128];    /* as the parser names it */
    struct text text;
    char ref[2084];
};

static void random_from(char *out, size_t n, const char *alphabet)
{
    size_t k = strlen(alphabet);
    for (size_t i = 0; i < n; i++)
        out[i] = alphabet[rng_below((uint32_t)k)];
    out[n] = '\0';
}

#define LETTERS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#define DIGITS  "0123456789"

/* An example number of a random region, typed with separators; target is its E.164. */
static void random_phone(struct sample *s)
{
    static const char *const separators[] = { " ", "-", ".", "/", "\xC2\xA0", "" };
    const struct example_number *e =
        &example_numbers[rng_below(sizeof example_numbers / sizeof example_numbers[0])];
    const char *sep = separators[rng_below(sizeof separators / sizeof separators[0])];
    size_t k = (size_t)snprintf(s->recipient, sizeof s->recipient, "%s%s",
                                rng_below(2) ? "+" : "00", e->calling_code);
    for (const char *d = e->national; *d; d++) {
        if (rng_below(3) == 0)
            k += (size_t)snprintf(s->recipient + k, sizeof s->recipient - k, "%s", sep);
        s->recipient[k++] = *d;
    }
    s->recipient[k] = '\0';
    snprintf(s->target, sizeof s->target, "+%s%s", e->calling_code, e->national);
}

static void random_decimal_id(char *out)
{
    /* Short old ids and long new ones: any 64-bit value but 0. */
    uint64_t id = rng_next() >> rng_below(64);
    snprintf(out, 32, "%llu", (unsigned long long)(id != 0 ? id : 1));
}

static void maybe_text(struct sample *s, unsigned int one_in)
{
    if (rng_below(one_in) == 0) {
        s->text.nbytes = 0;
        s->text.bytes[0] = '\0';
    } else {
        random_text(&s->text, true);
    }
}

/* A ref for Messenger: any text without controls, up to 2,083 bytes. */
static void messenger_ref(struct sample *s)
{
    struct text t;
    s->ref[0] = '\0';
    if (rng_below(3) == 0)
        return;
    random_text(&t, false);
    if (t.nbytes > 2083)
        t.nbytes = 0; /* keep it simple: no cut in the middle of a character */
    memcpy(s->ref, t.bytes, t.nbytes);
    s->ref[t.nbytes] = '\0';
}

static void generate(struct sample *s, int channel)
{
    memset(s->recipient, 0, sizeof s->recipient);
    s->channel = channel;
    s->flags = 0;
    s->ref[0] = '\0';
    s->text.nbytes = 0;
    s->text.bytes[0] = '\0';

    switch (channel) {
    case CHATLINK_CHANNEL_WHATSAPP:
        if (rng_below(2))
            s->flags |= CHATLINK_WHATSAPP_API_HOST;
        if (rng_below(5) == 0) {
            s->recipient[0] = s->target[0] = '\0';
            do
                random_text(&s->text, true);
            while (s->text.nbytes == 0);
        } else {
            random_phone(s);
            maybe_text(s, 4);
        }
        break;
    case CHATLINK_CHANNEL_TWITTER_DM:
        if (rng_below(2))
            s->flags |= CHATLINK_TWITTER_HOST;
        random_decimal_id(s->recipient);
        strcpy(s->target, s->recipient);
        maybe_text(s, 4);
        break;
    case CHATLINK_CHANNEL_MESSENGER:
        if (rng_below(2)) {
            random_decimal_id(s->recipient);
        } else {
            random_from(s->recipient, rng_range(5, 50), LETTERS DIGITS ".");
            s->recipient[0] = 'p'; /* not all digits */
        }
        strcpy(s->target, s->recipient);
        maybe_text(s, 3);
        messenger_ref(s);
        break;
    case CHATLINK_CHANNEL_TELEGRAM:
        if (rng_below(2)) {
            random_phone(s);
        } else {
            random_from(s->target, rng_range(5, 32), LETTERS DIGITS "_");
            s->target[0] = LETTERS[rng_below(52)];
            snprintf(s->recipient, sizeof s->recipient, "%s%s", rng_below(2) ? "@" : "", s->target);
        }
        maybe_text(s, 4);
        if (rng_below(4) == 0 && s->text.nbytes + 4 < sizeof s->text.bytes) {
            /* The draft rule: "@", or spaces and "@", in front. */
            size_t spaces = rng_below(3);
            memmove(s->text.bytes + spaces + 1, s->text.bytes, s->text.nbytes + 1);
            memset(s->text.bytes, ' ', spaces);
            s->text.bytes[spaces] = '@';
            s->text.nbytes += spaces + 1;
        }
        break;
    case CHATLINK_CHANNEL_INSTAGRAM:
        random_from(s->target, rng_range(1, 30), LETTERS DIGITS "._");
        s->target[0] = '_'; /* never periods only */
        snprintf(s->recipient, sizeof s->recipient, "%s%s", rng_below(2) ? "@" : "", s->target);
        if (rng_below(3))
            random_from(s->ref, rng_below(8) == 0 ? rng_range(1, 2083) : rng_range(1, 40),
                        LETTERS DIGITS "-_=");
        break;
    case CHATLINK_CHANNEL_SMS:
        random_phone(s);
        maybe_text(s, 4);
        break;
    case CHATLINK_CHANNEL_SIGNAL:
    case CHATLINK_CHANNEL_VIBER:
        random_phone(s);
        break;
    default: /* CHATLINK_CHANNEL_LINE */
        random_from(s->target + 1, rng_range(4, 20), "abcdefghijklmnopqrstuvwxyz" DIGITS "._-");
        s->target[0] = '@';
        strcpy(s->recipient, rng_below(2) ? s->target : s->target + 1);
        maybe_text(s, 4);
        break;
    }
}

static int build(const struct sample *s, const char *recipient, const char *text, const char *ref,
                 char *out, size_t out_size)
{
    switch (s->channel) {
    case CHATLINK_CHANNEL_WHATSAPP:
        return chatlink_whatsapp(out, out_size, NULL, recipient, text, s->flags);
    case CHATLINK_CHANNEL_TWITTER_DM:
        return chatlink_twitter_dm(out, out_size, NULL, recipient, text, s->flags);
    case CHATLINK_CHANNEL_MESSENGER:
        return chatlink_messenger(out, out_size, NULL, recipient, text, ref, s->flags);
    case CHATLINK_CHANNEL_TELEGRAM:
        return chatlink_telegram(out, out_size, NULL, recipient, text, s->flags);
    case CHATLINK_CHANNEL_INSTAGRAM:
        return chatlink_instagram(out, out_size, NULL, recipient, ref, s->flags);
    case CHATLINK_CHANNEL_SMS:
        return chatlink_sms(out, out_size, NULL, recipient, text, s->flags);
    case CHATLINK_CHANNEL_SIGNAL:
        return chatlink_signal(out, out_size, NULL, recipient, s->flags);
    case CHATLINK_CHANNEL_VIBER:
        return chatlink_viber(out, out_size, NULL, recipient, s->flags);
    default:
        return chatlink_line(out, out_size, NULL, recipient, text, s->flags);
    }
}

static void roundtrip(int channel)
{
    static struct sample s;
    static char link[LINK_MAX], again[LINK_MAX];
    rng_seed();
    for (int round = 0; round < ROUNDS; round++) {
        generate(&s, channel);
        int rc = build(&s, s.recipient, s.text.bytes, s.ref, link, sizeof link);
        ck_assert_msg(rc == CHATLINK_OK, "round %d: %s: %s", round, s.recipient,
                      chatlink_strerror(rc));

        struct chatlink_link *parsed;
        rc = chatlink_link_parse(&parsed, link, CHATLINK_NO_FLAGS);
        ck_assert_msg(rc == CHATLINK_OK, "round %d: %s: %s", round, link, chatlink_strerror(rc));
        ck_assert_int_eq(chatlink_link_channel(parsed), channel);
        ck_assert_str_eq(chatlink_link_target(parsed), s.target);
        ck_assert_msg(strcmp(chatlink_link_text(parsed), s.text.bytes) == 0,
                      "round %d: text differs in %s", round, link);
        ck_assert_msg(strcmp(chatlink_link_ref(parsed), s.ref) == 0, "round %d: ref differs in %s",
                      round, link);

        /* What was read builds the same link again. */
        rc = build(&s, chatlink_link_target(parsed), chatlink_link_text(parsed),
                   chatlink_link_ref(parsed), again, sizeof again);
        ck_assert_int_eq(rc, CHATLINK_OK);
        ck_assert_str_eq(again, link);
        chatlink_link_free(parsed);
    }
}

START_TEST(test_link_roundtrip)
{
    /* _i is the loop variable of a looped test: one run per channel. */
    roundtrip(_i);
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("link-roundtrip");
    TCase *tc = tcase_create("test_link_roundtrip");
    tcase_add_loop_test(tc, test_link_roundtrip, CHATLINK_CHANNEL_WHATSAPP,
                        CHATLINK_CHANNEL_LINE + 1);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}
