/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_PERCENT_ENCODE_H
#define CHATLINK_PERCENT_ENCODE_H

#include <stddef.h>

#include "output.h"

/*
 * Append `n` bytes of UTF-8 text to `o`, percent-encoded as a URL query value
 * (everything but the RFC 3986 unreserved bytes becomes %XX).
 *
 * Ill-formed UTF-8 is CHATLINK_ERR_INVALID_UTF8, or U+FFFD per maximal
 * subpart with CHATLINK_REPLACE_INVALID_UTF8 in `flags`. When
 * `control_status` is not CHATLINK_OK, a control character (U+0000..U+001F,
 * U+007F..U+009F) stops the encoding with that status.
 *
 * Returns CHATLINK_OK or the error; on error `o` holds a partial result that
 * the caller must discard with clk_output_fail().
 */
int clk_percent_encode_append(struct output *o, const char *text, size_t n, unsigned int flags,
                              int control_status);

/*
 * Append `"<prefix><encoded text>"` when `text` is neither NULL nor empty; a
 * query parameter such as "?text=" that is left out when there is no value.
 */
int clk_percent_encode_param(struct output *o, const char *prefix, const char *text,
                             unsigned int flags, int control_status);

#endif /* CHATLINK_PERCENT_ENCODE_H */
