/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "percent-encode.h"

#include "chatlink.h"
#include "utf8.h"

/*
 * 1 for the RFC 3986 unreserved bytes A-Z a-z 0-9 - . _ ~, the only ones a
 * query value may carry as they are. Encoding everything else is more than
 * the WHATWG parser strictly needs, but it leaves nothing for any parser,
 * mail client or chat app's link detector to misread.
 */
/* clang-format off */
static const unsigned char unreserved[256] = {
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

static void append_escaped(struct output *o, const unsigned char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";

    for (size_t i = 0; i < n; i++) {
        const char triplet[3] = { '%', hex[s[i] >> 4], hex[s[i] & 0x0F] };
        output_append(o, triplet, sizeof triplet);
    }
}

static int is_c0_or_del(unsigned char c)
{
    return c < 0x20 || c == 0x7F;
}

/* U+0080..U+009F are C2 80..C2 9F. */
static int is_c1(const unsigned char *seq)
{
    return seq[0] == 0xC2 && seq[1] < 0xA0;
}

int clk_percent_encode_append(struct output *o, const char *text, size_t n, unsigned int flags,
                              int control_status)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;

    while (i < n) {
        size_t run = i;
        while (run < n && unreserved[s[run]])
            run++;
        if (run > i) {
            output_append(o, text + i, run - i);
            i = run;
            continue;
        }

        if (s[i] < 0x80) {
            if (control_status != CHATLINK_OK && is_c0_or_del(s[i]))
                return control_status;
            append_escaped(o, s + i, 1);
            i++;
            continue;
        }

        size_t bad;
        size_t len = clk_utf8_sequence(s + i, n - i, &bad);
        if (len == 0) {
            if ((flags & CHATLINK_REPLACE_INVALID_UTF8) == 0)
                return CHATLINK_ERR_INVALID_UTF8;
            append_escaped(o, (const unsigned char *)UTF8_REPLACEMENT, sizeof UTF8_REPLACEMENT - 1);
            i += bad;
            continue;
        }
        if (control_status != CHATLINK_OK && is_c1(s + i))
            return control_status;
        append_escaped(o, s + i, len);
        i += len;
    }
    return CHATLINK_OK;
}

int clk_percent_encode_param(struct output *o, const char *prefix, const char *text,
                             unsigned int flags, int control_status)
{
    if (text == NULL || text[0] == '\0')
        return CHATLINK_OK;
    output_append(o, prefix, strlen(prefix));
    return clk_percent_encode_append(o, text, strlen(text), flags, control_status);
}

int chatlink_percent_encode(char *out, size_t out_size, size_t *out_len, const char *in,
                            size_t in_len, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, in != NULL, flags,
                              CHATLINK_REPLACE_INVALID_UTF8);
    if (rc != CHATLINK_OK)
        return rc;

    rc = clk_percent_encode_append(&o, in, in_len, flags, CHATLINK_OK);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    return clk_output_finish(&o);
}
