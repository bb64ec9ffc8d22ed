/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "decimal-id.h"

#include <string.h>

#define UINT64_MAX_DECIMAL "18446744073709551615"

bool clk_decimal_id_valid(const char *s, size_t *len)
{
    size_t n = 0;

    while (is_ascii_digit((unsigned char)s[n])) {
        n++;
        if (n > sizeof UINT64_MAX_DECIMAL - 1)
            return false;
    }
    if (s[n] != '\0' || n == 0 || s[0] == '0')
        return false;
    /* Same length and no leading zeros: byte order is numeric order. */
    if (n == sizeof UINT64_MAX_DECIMAL - 1 && memcmp(s, UINT64_MAX_DECIMAL, n) > 0)
        return false;
    *len = n;
    return true;
}
