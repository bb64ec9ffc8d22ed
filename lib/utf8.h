/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_UTF8_H
#define CHATLINK_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* U+FFFD REPLACEMENT CHARACTER in UTF-8. */
#define UTF8_REPLACEMENT "\xEF\xBF\xBD"

/*
 * Measure the sequence that starts at s[0] (a byte >= 0x80), reading at most
 * n bytes (n >= 1).
 *
 * Returns the length (2 to 4) of a well-formed sequence, or 0 for an
 * ill-formed one; then *bad is the length (1 to 3) of its "maximal subpart",
 * the bytes that a conforming decoder (the WHATWG Encoding Standard's, so
 * every browser's) replaces with a single U+FFFD before it goes on.
 */
size_t clk_utf8_sequence(const unsigned char *s, size_t n, size_t *bad);

/* The code point of a well-formed multi-byte sequence of `len` bytes (2 to
 * 4; a byte below 0x80 is its own code point and needs no call). */
uint32_t clk_utf8_decode(const unsigned char *s, size_t len);

#endif /* CHATLINK_UTF8_H */
