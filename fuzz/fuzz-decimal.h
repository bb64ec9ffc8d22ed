/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_FUZZ_DECIMAL_H
#define CHATLINK_FUZZ_DECIMAL_H

#include <stdbool.h>
#include <string.h>

/*
 * The decimal form of a 64-bit unsigned integer, written here apart from the
 * library's decimal-id.c: 1 to 20 ASCII digits, no leading zero, and, at 20
 * digits, not above 18446744073709551615 (compared as strings).
 */
static inline bool fuzz_is_u64_decimal(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 20 || s[0] == '0')
        return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return n < 20 || strcmp(s, "18446744073709551615") <= 0;
}

#endif /* CHATLINK_FUZZ_DECIMAL_H */
