/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Reading phone numbers as people type them, and checking them against the
 * numbering plans in phone-metadata.c.
 */

#ifndef CHATLINK_PHONE_H
#define CHATLINK_PHONE_H

#include <stdbool.h>
#include <stddef.h>

#include "phone-metadata.h"

/* Room for the digits of any E.164 number libphonenumber accepts. */
#define PHONE_DIGITS_MAX (PHONE_CALLING_CODE_MAX_DIGITS + PHONE_NSN_MAX)

/* A checked number: the calling code and national significant number, digits only. */
struct phone_number {
    char digits[PHONE_DIGITS_MAX];
    size_t len;
};

/*
 * Find a region by its ISO 3166-1 alpha-2 code, in any case. NULL or "" is
 * no region (*region = NULL, CHATLINK_OK); an unknown code is
 * CHATLINK_ERR_REGION.
 */
int clk_phone_region_find(const char *iso, const struct phone_region **region);

/*
 * Read `text` as typed and check it, as libphonenumber parses a number
 * with `region` as its default region (NULL: none) and then checks it with
 * isValidNumber, or with isPossibleNumber (lengths only) if possible_only.
 * Returns CHATLINK_OK with *number filled in, or the status that says
 * what is wrong.
 */
int clk_phone_parse(const char *text, const struct phone_region *region, bool possible_only,
                    struct phone_number *number);

/*
 * Read `text` as a number already in E.164 form (as in a chat link): the
 * calling code, then the national number as it stands, with no national
 * prefix taken off, and check it the same way.
 *
 * Not the same as clk_phone_parse(): libphonenumber takes a national prefix
 * off once per reading, so the E.164 form of +375 0 8100111613, which is
 * +3758100111613, reads as typed +375 100111613 (invalid). Google's C++
 * 8.12.57 does the same.
 */
int clk_phone_parse_e164(const char *text, bool possible_only, struct phone_number *number);

#endif /* CHATLINK_PHONE_H */
