/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The chunk tests of lib/unreserved.h against its byte table, for the
 * implementation chosen with -DCLK_UNRESERVED_IMPL (tests/meson.build builds
 * this once for each: SSE2, SWAR, table): every byte value at every position
 * of a chunk, and random chunks.
 */

#include <stdint.h>

#include "test-common.h"
#include "unreserved.h"

static void check_chunk(const unsigned char *chunk)
{
    unsigned int expected = 0;
    bool ascii = true;
    for (unsigned int k = 0; k < CLK_UNRESERVED_CHUNK; k++) {
        expected |= (unsigned int)clk_unreserved[chunk[k]] << k;
        ascii = ascii && chunk[k] < 0x80;
    }
    ck_assert_uint_eq(clk_unreserved_mask(chunk), expected);
    ck_assert_int_eq(clk_ascii_chunk(chunk), ascii);
}

START_TEST(test_unreserved_every_byte_at_every_position)
{
    unsigned char chunk[CLK_UNRESERVED_CHUNK];
    for (unsigned int position = 0; position < CLK_UNRESERVED_CHUNK; position++) {
        for (unsigned int b = 0; b < 256; b++) {
            memset(chunk, 'a', sizeof chunk);
            chunk[position] = (unsigned char)b;
            check_chunk(chunk);
            memset(chunk, '%', sizeof chunk);
            chunk[position] = (unsigned char)b;
            check_chunk(chunk);
        }
    }
}
END_TEST

START_TEST(test_unreserved_random_chunks)
{
    uint64_t x = 0x9E3779B97F4A7C15u;
    unsigned char chunk[CLK_UNRESERVED_CHUNK];
    for (int round = 0; round < 200000; round++) {
        for (unsigned int k = 0; k < CLK_UNRESERVED_CHUNK; k++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            /* Mostly ASCII, with the range edges often: that is where such tests break. */
            static const unsigned char edges[] = { '-', '.', '/', '0', '9', ':', '@', 'A', 'Z', '[',
                                                   '^', '_', '`', 'a', 'z', '{', '}', '~', 0x7F,
                                                   0x80, 0xAD, 0xAE, 0xDF, 0xE1, 0xFE, 0xFF, ',' };
            chunk[k] = (x & 3) == 0 ? (unsigned char)(x >> 8) : edges[(x >> 8) % sizeof edges];
        }
        check_chunk(chunk);
    }
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("unreserved");
    ADD_TEST(s, test_unreserved_every_byte_at_every_position);
    ADD_TEST(s, test_unreserved_random_chunks);
    return s;
}
