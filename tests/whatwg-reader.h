/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_WHATWG_READER_H
#define CHATLINK_WHATWG_READER_H

#include <stddef.h>
#include <stdint.h>

/*
 * Encoding Standard, "UTF-8 decoder", over a whole byte string with error
 * mode "replacement": writes at most n code points to out; *errors counts
 * the U+FFFD it emitted.
 */
size_t whatwg_utf8_decode(const unsigned char *in, size_t n, uint32_t *out, size_t *errors);

#define WHATWG_ABSENT   (-1L) /* no such parameter in the query */
#define WHATWG_BAD_LINK (-2L) /* white space, a control, '#' or non-ASCII in the link */

/*
 * The value of parameter `name` in the query of `link` (after its first
 * '?'), decoded as a browser's URLSearchParams does, as code points in cps
 * (room for strlen(link) of them; scratch: strlen(link) bytes). Returns
 * their count, or WHATWG_ABSENT, or WHATWG_BAD_LINK.
 */
long whatwg_query_param(const char *link, const char *name, uint32_t *cps, unsigned char *scratch);

#endif /* CHATLINK_WHATWG_READER_H */
