/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Phone numbers validated per second: libchatlink against Google's
 * libphonenumber (C++) when it was found at build time, in the same run,
 * on the same numbers: every region's example number, in international
 * form ("+31 6 12345678", no region) and in national form with its region.
 *
 * Usage: phone-bench [SECONDS_PER_ROUND]
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-clock.h"
#include "chatlink.h"
#include "example-numbers.h"
#ifdef HAVE_LIBPHONENUMBER
#include "peer-libphonenumber.h"
#endif

#define EXAMPLES (sizeof example_numbers / sizeof example_numbers[0])
#define ROUNDS 5

struct corpus {
    char text[EXAMPLES * 2][48];
    const char *region[EXAMPLES * 2];
    size_t count;
    size_t valid; /* written by each pass, so that the work cannot be optimized away */
};

static void build_corpus(struct corpus *c)
{
    c->count = 0;
    for (size_t i = 0; i < EXAMPLES; i++) {
        const struct example_number *e = &example_numbers[i];
        snprintf(c->text[c->count], sizeof c->text[0], "+%s %s", e->calling_code, e->national);
        c->region[c->count++] = NULL;
        snprintf(c->text[c->count], sizeof c->text[0], "%s", e->national);
        c->region[c->count++] = e->region;
    }
}

static void pass_libchatlink(void *arg)
{
    struct corpus *c = arg;
    char out[32];
    size_t valid = 0;

    for (size_t i = 0; i < c->count; i++)
        valid += chatlink_phone_e164(out, sizeof out, NULL, c->text[i], c->region[i], 0) ==
                 CHATLINK_OK;
    c->valid = valid;
}

#ifdef HAVE_LIBPHONENUMBER
static void pass_libphonenumber(void *arg)
{
    struct corpus *c = arg;
    char out[32];
    size_t valid = 0;

    for (size_t i = 0; i < c->count; i++)
        valid += (size_t)peer_libphonenumber_e164(c->text[i], c->region[i], out, sizeof out);
    c->valid = valid;
}
#endif

int main(int argc, char **argv)
{
    static struct corpus corpus;
    double seconds = argc > 1 ? atof(argv[1]) : 0.5;
    char cpu[128];

    build_corpus(&corpus);
    printf("phone-bench: %zu numbers (%zu regions, international and national form), "
           "best of %d rounds of %.2f s\n",
           corpus.count, EXAMPLES, ROUNDS, seconds);
    printf("machine: %s\n\n", bench_cpu_name(cpu, sizeof cpu));
    printf("%-34s %12s %16s %8s %8s\n", "library", "ns/number", "numbers/s", "valid", "ratio");

    double ours = bench_best_ns_per_item(pass_libchatlink, &corpus, corpus.count, ROUNDS, seconds);
    printf("%-34s %12.1f %16.0f %8zu %8s\n", "libchatlink " CHATLINK_VERSION_STRING, ours,
           1e9 / ours, corpus.valid, "1.0");
#ifdef HAVE_LIBPHONENUMBER
    double peer = bench_best_ns_per_item(pass_libphonenumber, &corpus, corpus.count, ROUNDS,
                                         seconds);
    char name[64];
    snprintf(name, sizeof name, "libphonenumber %s", peer_libphonenumber_version());
    printf("%-34s %12.1f %16.0f %8zu %7.0fx\n", name, peer, 1e9 / peer, corpus.valid,
           peer / ours);
    printf("\nlibchatlink is %.0f times as fast as libphonenumber (Parse + IsValidNumber + "
           "Format E164).\n",
           peer / ours);
#else
    printf("%-34s %12s\n", "libphonenumber", "not built in (Debian: libphonenumber-dev)");
#endif
    return 0;
}
