/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_DECIMAL_ID_H
#define CHATLINK_DECIMAL_ID_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True when `s` is a 64-bit unsigned id in decimal, as X and Facebook write
 * them: 1 to 20 ASCII digits, no leading zero, at most 18446744073709551615.
 * On success *len is its length.
 */
bool clk_decimal_id_valid(const char *s, size_t *len);

/* True for the ASCII digits '0'..'9' (no locale involved). */
static inline bool is_ascii_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

#endif /* CHATLINK_DECIMAL_ID_H */
