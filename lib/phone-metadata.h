/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The numbering-plan tables generated from libphonenumber's metadata
 * (lib/phone-metadata.c, by tools/gen-phone-metadata.py).
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

struct phone_region {
    char code[3];            /* ISO 3166-1 alpha-2; "" for a non-geographic code (+800, ...) */
    char national_prefix[3]; /* the trunk prefix dialled before national numbers; "" for none */
    uint16_t calling_code;
    uint32_t possible_lengths; /* bit n set: an NSN of n digits is possible */
};

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
