/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Which bytes are RFC 3986 unreserved (A-Z a-z 0-9 - . _ ~), the only ones
 * a query value carries as they are: a table for one byte, and a mask for a
 * chunk of bytes at once, so that the encoder copies runs of plain text a
 * chunk at a time.
 *
 * The chunk test is SSE2 on x86-64 (16 bytes), SWAR on other little-endian
 * machines (8 bytes in a uint64_t), and the table otherwise (8 bytes).
 * CLK_UNRESERVED_IMPL (1 SSE2, 2 SWAR, 3 table) forces one, for the test
 * that checks all three against the table.
 */

#ifndef CHATLINK_UNRESERVED_H
#define CHATLINK_UNRESERVED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef CLK_UNRESERVED_IMPL
#if defined(__SSE2__)
#define CLK_UNRESERVED_IMPL 1
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CLK_UNRESERVED_IMPL 2
#else
#define CLK_UNRESERVED_IMPL 3
#endif
#endif

/* clang-format off */
static const unsigned char clk_unreserved[256] = {
    ['-'] = 1, ['.'] = 1, ['_'] = 1, ['~'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
    ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
    ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
    ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
    ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};
/* clang-format on */

#if CLK_UNRESERVED_IMPL == 1
#include <emmintrin.h>

#define CLK_UNRESERVED_CHUNK 16

/* Bit k set when s[k] is unreserved, for k < 16. */
static inline unsigned int clk_unreserved_mask(const unsigned char *s)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* Signed compares: bytes >= 0x80 are negative, so they fall in no range. */
#define IN_RANGE(x, lo, hi)                                                                        \
    _mm_and_si128(_mm_cmpgt_epi8((x), _mm_set1_epi8((char)((lo) - 1))),                            \
                  _mm_cmplt_epi8((x), _mm_set1_epi8((char)((hi) + 1))))
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* A-Z to a-z */
    __m128i ok = IN_RANGE(v, '0', '9');
    ok = _mm_or_si128(ok, IN_RANGE(folded, 'a', 'z'));
    ok = _mm_or_si128(ok, IN_RANGE(v, '-', '.'));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
    ok = _mm_or_si128(ok, _mm_cmpeq_epi8(v, _mm_set1_epi8('~')));
#undef IN_RANGE
    return (unsigned int)_mm_movemask_epi8(ok);
}

/* Are all 16 bytes below 0x80? */
static inline bool clk_ascii_chunk(const unsigned char *s)
{
    return _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)s)) == 0;
}

#elif CLK_UNRESERVED_IMPL == 2

#define CLK_UNRESERVED_CHUNK 8

/*
 * Eight bytes in a word. For bytes below 0x80, adding 0x80 - lo sets a
 * byte's top bit exactly when it is >= lo, and adding 0x7F - hi exactly
 * when it is > hi; no byte carries into the next.
 */
static inline unsigned int clk_unreserved_mask(const unsigned char *s)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t x;
    memcpy(&x, s, 8);
    const uint64_t ascii = ~x & high; /* top bit set for bytes below 0x80 */
    const uint64_t low7 = x & ~high;
#define AT_LEAST(y, lo) (((y) + (0x80u - (lo)) * ones) & high)
#define AT_MOST(y, hi)  (~((y) + (0x7Fu - (hi)) * ones) & high)
#define IN_RANGE(y, lo, hi) (AT_LEAST(y, lo) & AT_MOST(y, hi))
    const uint64_t folded = low7 | 0x2020202020202020u;
    uint64_t ok = IN_RANGE(low7, '0', '9') | IN_RANGE(folded, 'a', 'z') | IN_RANGE(low7, '-', '.') |
                  IN_RANGE(low7, '_', '_') | IN_RANGE(low7, '~', '~');
#undef IN_RANGE
#undef AT_MOST
#undef AT_LEAST
    ok &= ascii;
    /* Gather the eight top bits (little-endian: byte k is bits 8k..8k+7). */
    return (unsigned int)(((ok >> 7) * 0x0102040810204080u) >> 56);
}

static inline bool clk_ascii_chunk(const unsigned char *s)
{
    uint64_t x;
    memcpy(&x, s, 8);
    return (x & 0x8080808080808080u) == 0;
}

#else

#define CLK_UNRESERVED_CHUNK 8

static inline unsigned int clk_unreserved_mask(const unsigned char *s)
{
    unsigned int mask = 0;
    for (unsigned int k = 0; k < 8; k++)
        mask |= (unsigned int)clk_unreserved[s[k]] << k;
    return mask;
}

static inline bool clk_ascii_chunk(const unsigned char *s)
{
    unsigned char any = 0;
    for (unsigned int k = 0; k < 8; k++)
        any |= s[k];
    return any < 0x80;
}

#endif

#define CLK_UNRESERVED_ALL ((1u << CLK_UNRESERVED_CHUNK) - 1)

#endif /* CHATLINK_UNRESERVED_H */
