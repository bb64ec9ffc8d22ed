/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The output rules of chatlink.h, in one place.
 *
 * A builder appends pieces to a struct output whether or not they fit: the
 * length keeps counting so that a too-small buffer still learns the size it
 * needs, and nothing is written unless the piece fits with room for the NUL.
 * Because the length only grows, once a piece has not fitted no later piece
 * is written either, so the buffer never holds bytes out of order.
 */

#ifndef CHATLINK_OUTPUT_H
#define CHATLINK_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct output {
    char *buf;       /* the caller's buffer; NULL in a sizing call */
    size_t size;     /* its size in bytes, NUL included */
    size_t *len_out; /* where the caller wants the length; may be NULL */
    size_t len;      /* bytes the result needs so far, without the NUL */
    bool overflow;   /* len would no longer fit in a size_t */
};

/*
 * Start a call. Checks, in this order, the (out, out_size) pair, that the
 * caller's required inputs are there (`inputs_present`), and that `flags`
 * has no bit outside `flags_taken`. On error the output is already emptied
 * and the status returned.
 */
int clk_output_begin(struct output *o, char *out, size_t out_size, size_t *out_len,
                     bool inputs_present, unsigned int flags, unsigned int flags_taken);

/* End a call that went well: NUL-terminate, report the length, or say the buffer is too small. */
int clk_output_finish(struct output *o);

/* End a call that failed: empty string, length 0, and `status` returned. */
int clk_output_fail(struct output *o, int status);

/* True when `n` more bytes can be written at o->len with room left for the NUL. */
static inline bool output_fits(const struct output *o, size_t n)
{
    return o->len < o->size && n < o->size - o->len;
}

/* Count `n` more bytes, noting an overflow of size_t. */
static inline void output_grow(struct output *o, size_t n)
{
    if (n > SIZE_MAX - o->len)
        o->overflow = true;
    else
        o->len += n;
}

static inline void output_append(struct output *o, const char *s, size_t n)
{
    if (output_fits(o, n))
        memcpy(o->buf + o->len, s, n);
    output_grow(o, n);
}

/* Append a string literal without measuring it at run time. */
#define output_append_literal(o, lit) output_append((o), (lit), sizeof(lit) - 1)

#endif /* CHATLINK_OUTPUT_H */
