/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/* The benchmarks' corpus: every region's example number, typed, each with a message. */

#ifndef CHATLINK_BENCH_CORPUS_H
#define CHATLINK_BENCH_CORPUS_H

#include <stddef.h>

#define CORPUS_MAX 600

struct corpus {
    size_t count;
    char phone[CORPUS_MAX][48];       /* as typed: "+31 6 12345678", international */
    char national[CORPUS_MAX][24];    /* the same number in national form... */
    const char *region[CORPUS_MAX];   /* ...and the region it is read in */
    const char *text[CORPUS_MAX];     /* a message: accents, CJK, emoji, controls, & + # */
    size_t text_len[CORPUS_MAX];
    size_t text_bytes;                /* all texts together */
};

/* Fill `c`: one pair per region (245), in a fixed order. */
void corpus_build(struct corpus *c);

#endif
