/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "utf8.h"

/*
 * Well-formed sequences, after The Unicode Standard, Table 3-7: the lead byte
 * fixes the length and the range of the second byte; every later byte is
 * 80..BF. The narrowed second-byte ranges are what exclude overlong forms
 * (E0, F0), surrogates (ED) and values above U+10FFFF (F4).
 */
size_t clk_utf8_sequence(const unsigned char *s, size_t n, size_t *bad)
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

uint32_t clk_utf8_decode(const unsigned char *s, size_t len)
{
    switch (len) {
    case 2:
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    case 3:
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    default:
        return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
               ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    }
}
