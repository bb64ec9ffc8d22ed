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
 *
 * Inline: the encoder calls it for every multi-byte character.
 *
 * Well-formed sequences, after The Unicode Standard, Table 3-7: the lead byte
 * fixes the length and the range of the second byte; every later byte is
 * 80..BF. The narrowed second-byte ranges are what exclude overlong forms
 * (E0, F0), surrogates (ED) and values above U+10FFFF (F4).
 */
static inline size_t clk_utf8_sequence(const unsigned char *s, size_t n, size_t *bad)
{
    unsigned char lead = s[0];
    unsigned char lo = 0x80, hi = 0xBF;
    size_t need;

    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0)
            lo = 0xA0;
        else if (lead == 0xED)
            hi = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0)
            lo = 0x90;
        else if (lead == 0xF4)
            hi = 0x8F;
    } else {
        /* 80..C1 and F5..FF never start a sequence. */
        *bad = 1;
        return 0;
    }

    for (size_t i = 1; i <= need; i++) {
        if (i >= n || s[i] < lo || s[i] > hi) {
            *bad = i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

/*
 * The length of the longest prefix of s[0..n) that is well-formed UTF-8.
 * Where it stops short of n, clk_utf8_sequence() there gives the length of
 * the ill-formed part to replace with one U+FFFD.
 */
static inline size_t clk_utf8_valid_prefix(const unsigned char *s, size_t n)
{
    size_t i = 0, bad;
    while (i < n) {
        size_t len = s[i] < 0x80 ? 1 : clk_utf8_sequence(s + i, n - i, &bad);
        if (len == 0)
            break;
        i += len;
    }
    return i;
}

/* The code point of a well-formed multi-byte sequence of `len` bytes (2 to
 * 4; a byte below 0x80 is its own code point and needs no call). */
uint32_t clk_utf8_decode(const unsigned char *s, size_t len);

#endif /* CHATLINK_UTF8_H */
