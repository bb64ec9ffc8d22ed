/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * A link reader written from the WHATWG standards, independently of the
 * library: the URL Standard's application/x-www-form-urlencoded parser
 * (split on '&', split at the first '=', '+' to space, percent-decode) and
 * the Encoding Standard's UTF-8 decoder (its bytes-needed / boundaries state
 * machine, which replaces errors with U+FFFD). The round-trip test and the
 * fuzzers read links back with it.
 */

#include <string.h>

#include "whatwg-reader.h"

/*
 * Encoding Standard, "UTF-8 decoder", run over a whole byte string with
 * error mode "replacement"; *errors counts the U+FFFD it emitted.
 */
size_t whatwg_utf8_decode(const unsigned char *in, size_t n, uint32_t *out, size_t *errors)
{
    uint32_t cp = 0;
    unsigned int seen = 0, needed = 0;
    unsigned char lower = 0x80, upper = 0xBF;
    size_t nout = 0;

    *errors = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = in[i];
        if (needed == 0) {
            if (b <= 0x7F) {
                out[nout++] = b;
            } else if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (b == 0xE0)
                    lower = 0xA0;
                if (b == 0xED)
                    upper = 0x9F;
                needed = 2;
                cp = b & 0xF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (b == 0xF0)
                    lower = 0x90;
                if (b == 0xF4)
                    upper = 0x8F;
                needed = 3;
                cp = b & 0x7;
            } else {
                out[nout++] = 0xFFFD;
                ++*errors;
            }
            continue;
        }
        if (b < lower || b > upper) {
            cp = needed = seen = 0;
            lower = 0x80;
            upper = 0xBF;
            out[nout++] = 0xFFFD;
            ++*errors;
            i--; /* "prepend byte to stream": read it again */
            continue;
        }
        lower = 0x80;
        upper = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
        if (++seen == needed) {
            out[nout++] = cp;
            cp = needed = seen = 0;
        }
    }
    if (needed != 0) {
        out[nout++] = 0xFFFD;
        ++*errors;
    }
    return nout;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* URL Standard, "percent-decode", after '+' has become a space. */
static size_t form_decode(const char *s, size_t n, unsigned char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            out[k++] = ' ';
        } else if (s[i] == '%' && i + 2 < n && hex_value(s[i + 1]) >= 0 &&
                   hex_value(s[i + 2]) >= 0) {
            out[k++] = (unsigned char)(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out[k++] = (unsigned char)s[i];
        }
    }
    return k;
}

long whatwg_query_param(const char *link, const char *name, uint32_t *cps, unsigned char *scratch)
{
    /* A URL parser strips or cuts at these: a link must have none. */
    for (const char *p = link; *p; p++) {
        if (*p <= 0x20 || *p >= 0x7F || *p == '#')
            return WHATWG_BAD_LINK;
    }

    const char *q = strchr(link, '?');
    if (q == NULL)
        return WHATWG_ABSENT;
    for (const char *pair = q + 1; *pair;) {
        const char *end = strchr(pair, '&');
        size_t len = end ? (size_t)(end - pair) : strlen(pair);
        const char *eq = memchr(pair, '=', len);
        size_t name_len = eq ? (size_t)(eq - pair) : len;
        if (name_len == strlen(name) && memcmp(pair, name, name_len) == 0) {
            size_t nbytes = eq ? form_decode(eq + 1, len - name_len - 1, scratch) : 0;
            size_t errors;
            return (long)whatwg_utf8_decode(scratch, nbytes, cps, &errors);
        }
        if (end == NULL)
            break;
        pair = end + 1;
    }
    return WHATWG_ABSENT;
}
