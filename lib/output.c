/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "output.h"

#include "chatlink.h"

int clk_output_begin(struct output *o, char *out, size_t out_size, size_t *out_len,
                     bool inputs_present, unsigned int flags, unsigned int flags_taken)
{
    o->buf = out;
    o->size = out_size;
    o->len_out = out_len;
    o->len = 0;
    o->overflow = false;

    if (out == NULL && out_size > 0) {
        /* Nothing can be written; only the length can be reset. */
        o->size = 0;
        return clk_output_fail(o, CHATLINK_ERR_NULL_ARGUMENT);
    }
    if (!inputs_present)
        return clk_output_fail(o, CHATLINK_ERR_NULL_ARGUMENT);
    if ((flags & ~flags_taken) != 0)
        return clk_output_fail(o, CHATLINK_ERR_BAD_FLAGS);
    return CHATLINK_OK;
}

int clk_output_finish(struct output *o)
{
    if (o->overflow)
        return clk_output_fail(o, CHATLINK_ERR_TOO_LONG);

    if (o->len_out != NULL)
        *o->len_out = o->len;

    if (o->buf == NULL) /* a sizing call: out_size is 0 here */
        return CHATLINK_OK;

    if (o->len >= o->size) {
        if (o->size > 0)
            o->buf[0] = '\0';
        return CHATLINK_ERR_BUFFER_TOO_SMALL;
    }
    o->buf[o->len] = '\0';
    return CHATLINK_OK;
}

int clk_output_fail(struct output *o, int status)
{
    if (o->size > 0)
        o->buf[0] = '\0';
    if (o->len_out != NULL)
        *o->len_out = 0;
    return status;
}
