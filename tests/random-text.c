/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "random-text.h"

#include <stdlib.h>

/* --- A small deterministic generator (splitmix64). --- */

static uint64_t rng_state;

uint64_t rng_next(void)
{
    uint64_t z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

uint32_t rng_below(uint32_t n)
{
    return (uint32_t)(rng_next() % n);
}

uint32_t rng_range(uint32_t lo, uint32_t hi)
{
    return lo + rng_below(hi - lo + 1);
}

void rng_seed(void)
{
    const char *env = getenv("CHATLINK_TEST_SEED");
    rng_state = env ? strtoull(env, NULL, 10) : UINT64_C(20261122);
}

/* --- Generated text: code points from the classes that break links. --- */

uint32_t random_code_point(bool allow_controls)
{
    static const char specials[] = "&+#%=?/ ;:@!$'()*,[]\\\"<>^`{|}";
    for (;;) {
        uint32_t c;
        switch (rng_below(12)) {
        case 0:
            c = (uint32_t)specials[rng_below(sizeof specials - 1)];
            break;
        case 1:
            c = rng_range(0x21, 0x7E);
            break;
        case 2:
            c = rng_range(0x01, 0x1F);
            break; /* C0, tab, LF, CR */
        case 3:
            c = rng_range(0x7F, 0xFF);
            break; /* DEL, C1, Latin-1 */
        case 4:
            c = rng_range(0x0300, 0x036F);
            break; /* combining marks */
        case 5:
            c = rng_range(0x05D0, 0x06FF);
            break; /* Hebrew, Arabic (RTL) */
        case 6:
            c = rng_range(0x1F300, 0x1FAFF);
            break; /* emoji */
        case 7:
            c = rng_below(2) ? 0x200D : 0xFE0F;
            break; /* ZWJ, VS16 */
        case 8:
            c = rng_range(0x0100, 0xFFFF);
            break; /* the BMP */
        case 9:
            c = rng_range(0x10000, 0x10FFFF);
            break; /* planes 1 to 16 */
        case 10:
            c = rng_below(2) ? 0xFFFE : 0xFFFF;
            break; /* noncharacters */
        default:
            c = rng_range(0x4E00, 0x9FFF);
            break; /* CJK */
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        if (!allow_controls && (c < 0x20 || (c >= 0x7F && c <= 0x9F)))
            continue;
        return c;
    }
}

size_t utf8_encode(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}


void random_text(struct text *t, bool allow_controls)
{
    size_t n = rng_below(8) == 0 ? rng_range(200, MAX_CPS) : rng_range(1, 40);
    t->ncps = n;
    t->nbytes = 0;
    for (size_t i = 0; i < n; i++) {
        t->cps[i] = random_code_point(allow_controls);
        t->nbytes += utf8_encode(t->cps[i], t->bytes + t->nbytes);
    }
    t->bytes[t->nbytes] = '\0';
}
