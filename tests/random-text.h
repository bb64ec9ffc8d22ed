/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Generated inputs for the round-trip tests: a small deterministic
 * generator (CHATLINK_TEST_SEED=n in the environment replays another
 * sequence) and texts drawn from the classes of characters that break links.
 */

#ifndef CHATLINK_RANDOM_TEXT_H
#define CHATLINK_RANDOM_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MAX_CPS 600

struct text {
    uint32_t cps[MAX_CPS];
    size_t ncps;
    char bytes[MAX_CPS * 4 + 1];
    size_t nbytes;
};

void rng_seed(void);
uint64_t rng_next(void);
uint32_t rng_below(uint32_t n);
uint32_t rng_range(uint32_t lo, uint32_t hi);

/* A code point (never a surrogate); C0/C1 controls and DEL only if allowed. */
uint32_t random_code_point(bool allow_controls);
size_t utf8_encode(uint32_t c, char *out);

/* Mostly 1 to 40 code points, one time in 8 from 200 to MAX_CPS. */
void random_text(struct text *t, bool allow_controls);

#endif /* CHATLINK_RANDOM_TEXT_H */
