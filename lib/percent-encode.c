/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Percent-encoding, the hot loop of every link.
 *
 * Every byte outside the RFC 3986 unreserved set becomes %XX (upper-case
 * hex). That is more than the WHATWG parser strictly needs, but it leaves
 * nothing for any parser, mail client or chat app's link detector to
 * misread.
 *
 * How it is fast: chunks of unreserved bytes are copied whole (unreserved.h:
 * SSE2 or SWAR); every other byte is one 4-byte store from a table and an
 * add of its length, without branches; UTF-8 is checked by a table-driven
 * state machine, a step a byte, skipped for ASCII chunks. When the caller's
 * buffer has room for the worst case (3n + 1) the text is encoded in a
 * single pass straight into it. Otherwise a first pass checks and counts
 * and, if the result fits, a second writes, with wide stores only where
 * the room allows them. The text is measured with strlen() once, by the
 * caller, never again.
 */

#include "percent-encode.h"

#include "chatlink.h"
#include "unreserved.h"
#include "utf8.h"

/* Tables built by the compiler from one expression per entry. */
#define BYTES_16(F, h)                                                                             \
    F(h + 0), F(h + 1), F(h + 2), F(h + 3), F(h + 4), F(h + 5), F(h + 6), F(h + 7), F(h + 8),      \
        F(h + 9), F(h + 10), F(h + 11), F(h + 12), F(h + 13), F(h + 14), F(h + 15)
#define BYTES_256(F)                                                                               \
    BYTES_16(F, 0x00), BYTES_16(F, 0x10), BYTES_16(F, 0x20), BYTES_16(F, 0x30),                    \
        BYTES_16(F, 0x40), BYTES_16(F, 0x50), BYTES_16(F, 0x60), BYTES_16(F, 0x70),                \
        BYTES_16(F, 0x80), BYTES_16(F, 0x90), BYTES_16(F, 0xA0), BYTES_16(F, 0xB0),                \
        BYTES_16(F, 0xC0), BYTES_16(F, 0xD0), BYTES_16(F, 0xE0), BYTES_16(F, 0xF0)

#define IS_UNRESERVED(b)                                                                           \
    (((b) >= '0' && (b) <= '9') || ((b) >= 'A' && (b) <= 'Z') || ((b) >= 'a' && (b) <= 'z') ||     \
     (b) == '-' || (b) == '.' || (b) == '_' || (b) == '~')
#define HEX_DIGIT(x) ((x) < 10 ? '0' + (x) : 'A' + (x)-10)
/* Every byte's encoding, padded to 4 so that one 4-byte store writes it... */
#define ENCODED(b)                                                                                 \
    { IS_UNRESERVED(b) ? (b) : '%', IS_UNRESERVED(b) ? 0 : HEX_DIGIT((b) >> 4),                    \
      IS_UNRESERVED(b) ? 0 : HEX_DIGIT((b)&15), 0 }
static const char encoded[256][4] = { BYTES_256(ENCODED) };

/* ...and its length: 1 when unreserved, else 3. */
#define ENCODED_LENGTH(b) (IS_UNRESERVED(b) ? 1 : 3)
static const unsigned char encoded_length[256] = { BYTES_256(ENCODED_LENGTH) };

/*
 * Validating UTF-8 as a state machine (The Unicode Standard, Table 3-7),
 * one table step a byte, no branches: the byte's class, then the state.
 */
enum utf8_class {
    C_ASCII, C_CONT_80_8F, C_CONT_90_9F, C_CONT_A0_BF, C_BAD, C_LEAD2, C_LEAD_E0, C_LEAD3,
    C_LEAD_ED, C_LEAD_F0, C_LEAD4, C_LEAD_F4, C_COUNT
};
enum utf8_state {
    S_ACCEPT,  /* between characters */
    S_NEED1,   /* one continuation byte (80..BF) to go */
    S_NEED2,   /* two to go */
    S_NEED3,   /* three to go */
    S_E0,      /* after E0: A0..BF, then one more */
    S_ED,      /* after ED: 80..9F (no surrogates), then one more */
    S_F0,      /* after F0: 90..BF (no overlong), then two more */
    S_F4,      /* after F4: 80..8F (nothing above U+10FFFF), then two more */
    S_REJECT,
    S_COUNT
};

#define UTF8_CLASS(b)                                                                              \
    ((b) < 0x80   ? C_ASCII                                                                        \
     : (b) < 0x90 ? C_CONT_80_8F                                                                   \
     : (b) < 0xA0 ? C_CONT_90_9F                                                                   \
     : (b) < 0xC0 ? C_CONT_A0_BF                                                                   \
     : (b) < 0xC2 ? C_BAD                                                                          \
     : (b) < 0xE0 ? C_LEAD2                                                                        \
     : (b) == 0xE0 ? C_LEAD_E0                                                                     \
     : (b) == 0xED ? C_LEAD_ED                                                                     \
     : (b) < 0xF0 ? C_LEAD3                                                                        \
     : (b) == 0xF0 ? C_LEAD_F0                                                                     \
     : (b) < 0xF4 ? C_LEAD4                                                                        \
     : (b) == 0xF4 ? C_LEAD_F4                                                                     \
                   : C_BAD)
static const unsigned char utf8_class_of[256] = { BYTES_256(UTF8_CLASS) };

/* clang-format off */
#define R S_REJECT
static const unsigned char utf8_next[S_COUNT][C_COUNT] = {
    /*           ASCII     80-8F    90-9F    A0-BF    bad  C2-DF    E0    E1-EF   ED    F0    F1-F3    F4 */
    [S_ACCEPT] = { S_ACCEPT, R,       R,       R,       R, S_NEED1, S_E0, S_NEED2, S_ED, S_F0, S_NEED3, S_F4 },
    [S_NEED1]  = { R,        S_ACCEPT, S_ACCEPT, S_ACCEPT, R, R, R, R, R, R, R, R },
    [S_NEED2]  = { R,        S_NEED1,  S_NEED1,  S_NEED1,  R, R, R, R, R, R, R, R },
    [S_NEED3]  = { R,        S_NEED2,  S_NEED2,  S_NEED2,  R, R, R, R, R, R, R, R },
    [S_E0]     = { R,        R,        R,        S_NEED1,  R, R, R, R, R, R, R, R },
    [S_ED]     = { R,        S_NEED1,  S_NEED1,  R,        R, R, R, R, R, R, R, R },
    [S_F0]     = { R,        R,        S_NEED2,  S_NEED2,  R, R, R, R, R, R, R, R },
    [S_F4]     = { R,        S_NEED2,  R,        R,        R, R, R, R, R, R, R, R },
    [S_REJECT] = { R,        R,        R,        R,        R, R, R, R, R, R, R, R },
};
#undef R
/* clang-format on */

/* Set bits in a chunk's mask (no popcount instruction is assumed). */
#define ONES_8(b)                                                                                  \
    (((b)&1) + (((b) >> 1) & 1) + (((b) >> 2) & 1) + (((b) >> 3) & 1) + (((b) >> 4) & 1) +         \
     (((b) >> 5) & 1) + (((b) >> 6) & 1) + (((b) >> 7) & 1))
static const unsigned char ones_in_byte[256] = { BYTES_256(ONES_8) };

static inline size_t ones(unsigned int mask)
{
    return (size_t)ones_in_byte[mask & 0xFF] + ones_in_byte[(mask >> 8) & 0xFF];
}

/* What a walk over a text learns. */
struct scan {
    size_t valid;  /* its longest prefix of whole, well-formed characters... */
    size_t length; /* ...and how long that prefix is encoded */
};

/*
 * The precise walk: from a character boundary, byte by byte, noting where
 * the last whole character ended. Used after the fast walk found a problem.
 */
static struct scan scan_precisely(const unsigned char *s, size_t n, struct scan at)
{
    unsigned int state = S_ACCEPT;
    size_t length = at.length;
    for (size_t i = at.valid; i < n && state != S_REJECT; i++) {
        state = utf8_next[state][utf8_class_of[s[i]]];
        length += encoded_length[s[i]];
        if (state == S_ACCEPT)
            at = (struct scan){ i + 1, length };
    }
    return at;
}

/* One byte's encoding at dst + *w: one 4-byte store (dst needs room for it). */
static inline void put_encoded(char *dst, size_t *w, unsigned char b)
{
    memcpy(dst + *w, encoded[b], 4);
    *w += encoded_length[b];
}

/*
 * A chunk of bytes that need no checking (ASCII, or already checked): copied
 * whole when all are unreserved, else byte by byte, each byte one 4-byte
 * store from the table (the byte itself, or "%XY") and an add of its length,
 * without branches. dst needs room for 3 bytes a byte and 3 more.
 */
static inline void put_chunk(char *dst, size_t *w, const unsigned char *s)
{
    if (clk_unreserved_mask(s) == CLK_UNRESERVED_ALL) {
        memcpy(dst + *w, s, CLK_UNRESERVED_CHUNK);
        *w += CLK_UNRESERVED_CHUNK;
        return;
    }
    for (size_t k = 0; k < CLK_UNRESERVED_CHUNK; k++)
        put_encoded(dst, w, s[k]);
}

/*
 * Write the encoding of s[0..n), well-formed, at dst, which has room for
 * `room` bytes: whole chunks while the room allows their overreach, then
 * the last bytes exactly.
 */
static void write_encoded(char *dst, const unsigned char *s, size_t n, size_t room)
{
    size_t i = 0, w = 0;

    for (; n - i >= CLK_UNRESERVED_CHUNK && room - w >= 3 * CLK_UNRESERVED_CHUNK + 3;
         i += CLK_UNRESERVED_CHUNK)
        put_chunk(dst, &w, s + i);
    for (; i < n; i++) {
        if (encoded_length[s[i]] == 1) {
            dst[w++] = (char)s[i];
        } else {
            memcpy(dst + w, encoded[s[i]], 3);
            w += 3;
        }
    }
}

/*
 * The walk over a text: how much of s[0..n) is well-formed UTF-8 and how
 * long it is encoded, and, when dst is not NULL, its encoding written there
 * in the same pass. dst then has room for the worst case, 3n + 1 bytes: the
 * wide stores stay inside it, for before byte i at most 3i bytes are
 * written, so a 4-byte store ends by 3i + 4 <= 3n + 1, and a chunk
 * (i + 16 <= n) by 3i + 16 < 3n.
 *
 * A chunk at a time: an ASCII chunk needs no state machine (counting, its
 * length comes from the ones in its mask); others take one table step a
 * byte. Only chunk ends that fall between characters are noted; on an
 * ill-formed or cut-off sequence, what follows the last of them is walked
 * again precisely (and written again).
 *
 * Always inlined: the counting walk (dst NULL) and the writing walk each
 * lose the branches on dst.
 */
static inline __attribute__((always_inline)) struct scan walk(char *dst, const unsigned char *s,
                                                              size_t n)
{
    size_t i = 0, w = 0;
    struct scan safe = { 0, 0 }; /* the last chunk end between characters */
    unsigned int state = S_ACCEPT;

    while (i < n) {
        size_t end = n - i > CLK_UNRESERVED_CHUNK ? i + CLK_UNRESERVED_CHUNK : n;
        if (state == S_ACCEPT && end - i == CLK_UNRESERVED_CHUNK && clk_ascii_chunk(s + i)) {
            if (dst != NULL)
                put_chunk(dst, &w, s + i);
            else
                w += 3 * CLK_UNRESERVED_CHUNK - 2 * ones(clk_unreserved_mask(s + i));
            i = end;
        } else {
            for (; i < end; i++) {
                unsigned char b = s[i];
                state = utf8_next[state][utf8_class_of[b]];
                if (dst != NULL)
                    put_encoded(dst, &w, b);
                else
                    w += encoded_length[b];
            }
            if (state == S_REJECT)
                break;
        }
        if (state == S_ACCEPT)
            safe = (struct scan){ i, w };
    }
    if (state == S_ACCEPT)
        return (struct scan){ n, w };
    struct scan scan = scan_precisely(s, n, safe);
    if (dst != NULL)
        write_encoded(dst + safe.length, s + safe.valid, scan.valid - safe.valid, SIZE_MAX);
    return scan;
}

static struct scan measure_text(const unsigned char *s, size_t n)
{
    return walk(NULL, s, n);
}

static struct scan encode_in_one_pass(char *dst, const unsigned char *s, size_t n)
{
    return walk(dst, s, n);
}

/* U+0000..U+001F, U+007F..U+009F (C2 80..C2 9F) in well-formed s[0..n)? */
static bool has_control(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x20 || s[i] == 0x7F || (s[i] == 0xC2 && s[i + 1] < 0xA0))
            return true;
    }
    return false;
}

int clk_percent_encode_append(struct output *o, const char *text, size_t n, unsigned int flags,
                              int control_status)
{
    const unsigned char *s = (const unsigned char *)text;

    for (;;) {
        size_t room = o->buf != NULL && o->len < o->size ? o->size - o->len : 0;
        struct scan scan;
        if (room > 0 && (room - 1) / 3 >= n) {
            scan = encode_in_one_pass(o->buf + o->len, s, n);
        } else {
            /* No overflow: scan.length <= 3 * n, and n is the size of an object. */
            scan = measure_text(s, n);
            if (output_fits(o, scan.length))
                write_encoded(o->buf + o->len, s, scan.valid, room);
        }
        /* A control is an error: what was written is then emptied by the caller. */
        if (control_status != CHATLINK_OK && has_control(s, scan.valid))
            return control_status;
        output_grow(o, scan.length);
        if (scan.valid == n)
            return CHATLINK_OK;

        /* Ill-formed: an error, or one U+FFFD per maximal subpart, as browsers decode it. */
        if ((flags & CHATLINK_REPLACE_INVALID_UTF8) == 0)
            return CHATLINK_ERR_INVALID_UTF8;
        size_t bad = 1;
        clk_utf8_sequence(s + scan.valid, n - scan.valid, &bad);
        output_append_literal(o, "%EF%BF%BD");
        s += scan.valid + bad;
        n -= scan.valid + bad;
    }
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
