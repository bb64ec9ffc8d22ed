/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Taking a URL apart the way the WHATWG URL Standard (every browser) does,
 * as far as chat links need it: scheme, host, path, query and fragment,
 * path segments, query parameters, and percent-decoding.
 */

#ifndef CHATLINK_URL_H
#define CHATLINK_URL_H

#include <stdbool.h>
#include <stddef.h>

/* A piece of a string: `n` bytes at `p`, not NUL-terminated. */
struct span {
    const char *p;
    size_t n;
};

struct url {
    struct span scheme;   /* without the ":" */
    struct span host;     /* empty without an authority */
    struct span path;     /* for "sms:" the whole opaque path */
    struct span query;    /* without the "?" */
    struct span fragment; /* without the "#" */
    bool has_authority;
    bool has_query;
};

/*
 * Split `in`, already cleaned (see clk_url_clean). Returns CHATLINK_OK,
 * CHATLINK_ERR_LINK_SYNTAX (no scheme), or CHATLINK_ERR_LINK_UNKNOWN
 * (user info or a port that is not the scheme's default: not a link to a
 * chat app's own host).
 */
int clk_url_split(struct span in, struct url *u);

/*
 * Copy url[0..n) to `dst` as a browser reads it: leading and trailing C0
 * controls and spaces trimmed, every tab, LF and CR removed. `dst` has room
 * for n bytes. Returns the span written.
 */
struct span clk_url_clean(char *dst, const char *url, size_t n);

/* True when `s` equals the lower-case ASCII `lit`, ignoring ASCII case. */
bool clk_span_is(struct span s, const char *lit);

/*
 * Split a path into segments: one leading "/" and one trailing "/" (a
 * trailing slash people add) do not count. Writes at most `max` segments;
 * returns how many there are (more than `max` when there are too many).
 */
size_t clk_url_segments(struct span path, struct span *segs, size_t max);

/*
 * The next "name=value" of a query, split on "&" and at the first "=" as
 * application/x-www-form-urlencoded says. Empty pieces are skipped. Returns
 * false at the end.
 */
bool clk_query_next(struct span *rest, struct span *name, struct span *value);

/*
 * Percent-decode `s` into `dst` (room for s.n bytes): "%XX" with two hex
 * digits becomes the byte, any other "%" stays; with `plus_is_space`, as in
 * form values, "+" becomes a space. Returns the decoded length.
 */
size_t clk_percent_decode(char *dst, struct span s, bool plus_is_space);

#endif /* CHATLINK_URL_H */
