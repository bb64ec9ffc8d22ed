/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * 8 threads build links at once, every function, each thread its own mix
 * and order, and every result must equal the one computed alone beforehand.
 * Run under ThreadSanitizer in CI (a build with -Db_sanitize=thread), where
 * any shared mutable state would be reported as a race.
 */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "example-numbers.h"

#define THREADS 8
#define ROUNDS  40
#define N_EXAMPLES (sizeof example_numbers / sizeof example_numbers[0])
#define N_CALLS    (N_EXAMPLES * 10)

struct result {
    int status;
    size_t len;
    char out[512];
};

static const char *const texts[] = { "Hallo & welkom! 🇳🇱", "1+1=2 #5 100%\n", "\xC4\xB0stanbul",
                                     "fine so far \xFF", "" };

/* Build a WhatsApp link, read it back, and write what was read into r->out. */
static int parse(const char *phone, const char *text, struct result *r)
{
    char link[512];
    struct chatlink_link *parsed;
    int rc = chatlink_whatsapp(link, sizeof link, NULL, phone, text, CHATLINK_REPLACE_INVALID_UTF8);
    if (rc == CHATLINK_OK)
        rc = chatlink_link_parse(&parsed, link, 0);
    if (rc != CHATLINK_OK)
        return rc;
    r->len = (size_t)snprintf(r->out, sizeof r->out, "%d %s %s", chatlink_link_channel(parsed),
                              chatlink_link_target(parsed), chatlink_link_text(parsed));
    chatlink_link_free(parsed);
    return rc;
}

/* Call number k: which function and inputs depend only on k. */
static void call(size_t k, struct result *r)
{
    const struct example_number *e = &example_numbers[k % N_EXAMPLES];
    const char *text = texts[k % (sizeof texts / sizeof texts[0])];
    char international[64];
    snprintf(international, sizeof international, "+%s %s", e->calling_code, e->national);

    r->len = 0;
    switch (k / N_EXAMPLES) {
    case 0:
        r->status = chatlink_whatsapp(r->out, sizeof r->out, &r->len, international, text, 0);
        break;
    case 1:
        r->status = chatlink_phone_e164(r->out, sizeof r->out, &r->len, e->national, e->region, 0);
        break;
    case 2:
        r->status = chatlink_messenger(r->out, sizeof r->out, &r->len, "saysimple.haarlem", text,
                                       e->region, CHATLINK_REPLACE_INVALID_UTF8);
        break;
    case 3:
        r->status = chatlink_twitter_dm(r->out, sizeof r->out, &r->len, e->calling_code, text, 0);
        break;
    case 4:
        r->status = chatlink_percent_encode(r->out, sizeof r->out, &r->len, international,
                                            strlen(international), 0);
        break;
    case 5:
        r->status = chatlink_telegram(r->out, sizeof r->out, &r->len, international, text, 0);
        break;
    case 6:
        r->status = chatlink_sms(r->out, sizeof r->out, &r->len, international, text, 0);
        break;
    case 7:
        r->status = chatlink_line(r->out, sizeof r->out, &r->len, "@linedevelopers", text,
                                  CHATLINK_REPLACE_INVALID_UTF8);
        break;
    case 8:
        r->status = chatlink_html_anchor(r->out, sizeof r->out, &r->len, "https://m.me/saysimple",
                                         text[0] != '\0' ? text : e->region, 0);
        break;
    default:
        r->status = parse(international, text, r);
        break;
    }
}

static struct result expected[N_CALLS];

struct worker {
    unsigned int id;
    size_t mismatches;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    struct result r;
    for (size_t round = 0; round < ROUNDS; round++) {
        for (size_t i = 0; i < N_CALLS; i++) {
            /* Each thread walks the calls with its own stride and start. */
            size_t k = (i * (2 * w->id + 1) + round * 7 + w->id * 131) % N_CALLS;
            call(k, &r);
            const struct result *x = &expected[k];
            if (r.status != x->status || r.len != x->len ||
                (r.status == CHATLINK_OK && strcmp(r.out, x->out) != 0))
                w->mismatches++;
        }
    }
    return NULL;
}

int main(void)
{
    size_t ok = 0;
    for (size_t k = 0; k < N_CALLS; k++) {
        call(k, &expected[k]);
        ok += expected[k].status == CHATLINK_OK;
    }

    pthread_t threads[THREADS];
    struct worker workers[THREADS];
    for (unsigned int t = 0; t < THREADS; t++) {
        workers[t] = (struct worker){ .id = t };
        if (pthread_create(&threads[t], NULL, work, &workers[t]) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            return 1;
        }
    }
    size_t mismatches = 0;
    for (unsigned int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        mismatches += workers[t].mismatches;
    }
    printf("%d threads x %d rounds x %zu calls (%zu succeed alone): %zu mismatches\n", THREADS,
           ROUNDS, N_CALLS, ok, mismatches);
    return mismatches == 0 && ok > N_CALLS / 2 ? 0 : 1;
}
