/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Running the automata of phone-metadata.c over a number's digits (ASCII
 * '0'..'9'). These are the whole of libchatlink's "regex engine": a table
 * lookup per digit, no backtracking, no state outside the caller's stack.
 */

#ifndef CHATLINK_PHONE_AUTOMATA_H
#define CHATLINK_PHONE_AUTOMATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "phone-metadata.h"

/* Whether all of digits[0..len) matches the pattern whose automaton starts at `start`. */
static inline bool clk_phone_pattern_matches(uint16_t start, const char *digits, size_t len)
{
    uint16_t state = start;

    for (size_t i = 0; i < len && state != 0; i++)
        state = clk_phone_dfa[state >> 1][digits[i] - '0'];
    return (state & 1) != 0;
}

/* Whether some start of digits[0..len) (as regex lookingAt) matches the pattern at `start`. */
static inline bool clk_phone_pattern_matches_start(uint16_t start, const char *digits, size_t len)
{
    uint16_t state = start;

    for (size_t i = 0; (state & 1) == 0; i++) {
        if (i == len || state == 0)
            return false;
        state = clk_phone_dfa[state >> 1][digits[i] - '0'];
    }
    return true;
}

/*
 * The match a backtracking engine (libphonenumber's) would report for the
 * prefix pattern at `start` at the start of digits[0..len), or NULL.
 */
static inline const struct phone_prefix_match *clk_phone_prefix_match(uint16_t start,
                                                                      const char *digits,
                                                                      size_t len)
{
    const struct phone_prefix_state *state = &clk_phone_prefix_states[start];
    uint16_t found = 0;

    for (size_t i = 0;; i++) {
        if (i == len) {
            found = state->match_at_end;
            break;
        }
        uint16_t next = state->next[digits[i] - '0'];
        if (next == 0) {
            found = state->match;
            break;
        }
        state = &clk_phone_prefix_states[next];
    }
    return found != 0 ? &clk_phone_prefix_matches[found - 1] : NULL;
}

#endif /* CHATLINK_PHONE_AUTOMATA_H */
