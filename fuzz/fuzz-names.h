/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/* The name rules of chatlink.h, written again here so the fuzzers check the library against them. */

#ifndef CHATLINK_FUZZ_NAMES_H
#define CHATLINK_FUZZ_NAMES_H

#include <stdbool.h>
#include <string.h>

/* Every byte of `s` is in `allowed`, and there are min..max of them. */
static inline bool fuzz_name_is(const char *s, const char *allowed, size_t min, size_t max)
{
    size_t n = strlen(s);
    return n >= min && n <= max && strspn(s, allowed) == n;
}

#define FUZZ_LOWER   "abcdefghijklmnopqrstuvwxyz"
#define FUZZ_LETTERS FUZZ_LOWER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define FUZZ_DIGITS  "0123456789"

#endif /* CHATLINK_FUZZ_NAMES_H */
