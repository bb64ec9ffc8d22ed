/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The numbering-plan tables generated from libphonenumber's metadata
 * (lib/phone-metadata.c, by tools/gen-phone-metadata.py).
 *
 * libphonenumber describes each plan with regular expressions. They are
 * compiled ahead of time into two kinds of automata over the ten digits:
 *
 * - clk_phone_dfa: deterministic automata for "does the whole number match"
 *   (number patterns) and "does the number start with a match" (leading
 *   digits). A stored state is the state number shifted left once, with
 *   bit 0 set when that state accepts; 0 is the dead state.
 * - clk_phone_prefix_states: automata that find which match a backtracking
 *   regex engine would report at the start of a number (international and
 *   national prefixes, whose exact match and groups matter). A state says
 *   what that match is if the number ends there, and if it goes on with a
 *   digit the state has no move for.
 */

#ifndef CHATLINK_PHONE_METADATA_H
#define CHATLINK_PHONE_METADATA_H

#include <stddef.h>
#include <stdint.h>

/* libphonenumber's bounds on a national significant number (NSN). */
#define PHONE_NSN_MIN 2
#define PHONE_NSN_MAX 17

/* A calling code has 1 to 3 digits. */
#define PHONE_CALLING_CODE_MAX_DIGITS 3

/* No international or national prefix match is longer (the generator checks). */
#define PHONE_PREFIX_MATCH_MAX 24

/* A national prefix transform rule: digits, with bytes 1 and 2 for groups $1 and $2. */
#define PHONE_TRANSFORM_MAX 7

struct phone_region {
    char code[3]; /* ISO 3166-1 alpha-2; "" for a non-geographic code (+800, ...) */
    char transform[PHONE_TRANSFORM_MAX + 1]; /* national prefix transform rule; "" for none */
    uint16_t calling_code;
    /* Index + 1 of the next region sharing this calling code, in libphonenumber's order; 0: none. */
    uint16_t next_same_code;
    uint32_t possible_lengths; /* bit n set: an NSN of n digits is possible */
    uint16_t number_pattern;   /* clk_phone_dfa start: the general national number pattern */
    uint16_t valid_number;     /* clk_phone_dfa start: a number of some type, of a possible length */
    uint16_t leading_digits;   /* clk_phone_dfa start: what numbers of this region start with; 0: any */
    uint16_t international_prefix; /* clk_phone_prefix_states start; 0: none */
    uint16_t national_prefix;      /* clk_phone_prefix_states start; 0: none */
};

struct phone_prefix_state {
    uint16_t next[10];
    uint16_t match;        /* clk_phone_prefix_matches index + 1 if no move follows; 0: no match */
    uint16_t match_at_end; /* the same if the number ends here */
};

struct phone_prefix_match {
    uint8_t length;       /* digits matched */
    uint8_t last_group;   /* whether the pattern's last capturing group took part */
    uint8_t group_start[2]; /* groups $1 and $2, as [start, end) digit offsets */
    uint8_t group_end[2];
};

extern const uint16_t clk_phone_dfa[][10];
extern const struct phone_prefix_state clk_phone_prefix_states[];
extern const struct phone_prefix_match clk_phone_prefix_matches[];

extern const struct phone_region clk_phone_regions[];
extern const size_t clk_phone_region_count;

/* Index + 1 into clk_phone_regions of region "XY" at [(X-'A')*26 + (Y-'A')]; 0: no such region. */
extern const uint16_t clk_phone_region_by_iso[26 * 26];

/*
 * Index + 1 into clk_phone_regions of the main region of each calling code; 0:
 * no country has that code. No assigned code is a prefix of another.
 */
extern const uint16_t clk_phone_region_by_calling_code[1000];

#endif /* CHATLINK_PHONE_METADATA_H */
