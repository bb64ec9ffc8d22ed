/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "url.h"

#include <string.h>

#include "chatlink.h"
#include "names.h"

static bool is_c0_or_space(unsigned char c)
{
    return c <= 0x20;
}

struct span clk_url_clean(char *dst, const char *url, size_t n)
{
    size_t start = 0, end = n;
    while (start < end && is_c0_or_space((unsigned char)url[start]))
        start++;
    while (end > start && is_c0_or_space((unsigned char)url[end - 1]))
        end--;

    size_t kept = 0;
    for (size_t i = start; i < end; i++) {
        char c = url[i];
        if (c != '\t' && c != '\n' && c != '\r')
            dst[kept++] = c;
    }
    return (struct span){ dst, kept };
}

bool clk_span_is(struct span s, const char *lit)
{
    size_t i = 0;
    for (; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (lit[i] == '\0' || c != (unsigned char)lit[i])
            return false;
    }
    return lit[i] == '\0';
}

static size_t find_any(struct span s, size_t from, const char *stops)
{
    while (from < s.n && strchr(stops, s.p[from]) == NULL)
        from++;
    return from;
}

static bool scheme_char(unsigned char c, bool first)
{
    return is_ascii_letter(c) || (!first && (is_ascii_digit(c) || c == '+' || c == '-' || c == '.'));
}

/* The port after the host, if any, must be the scheme's default (WHATWG drops it). */
static bool port_is_default(struct url *u)
{
    const char *colon = memchr(u->host.p, ':', u->host.n);
    if (colon == NULL)
        return true;
    struct span port = { colon + 1, u->host.n - (size_t)(colon + 1 - u->host.p) };
    u->host.n = (size_t)(colon - u->host.p);
    size_t zeros = 0;
    while (zeros < port.n && port.p[zeros] == '0')
        zeros++;
    struct span digits = { port.p + zeros, port.n - zeros };
    if (port.n == 0)
        return true;
    if (clk_span_is(u->scheme, "https"))
        return clk_span_is(digits, "443");
    if (clk_span_is(u->scheme, "http"))
        return clk_span_is(digits, "80");
    return false;
}

int clk_url_split(struct span in, struct url *u)
{
    memset(u, 0, sizeof *u);

    size_t i = 0;
    while (i < in.n && scheme_char((unsigned char)in.p[i], i == 0))
        i++;
    if (i == 0 || i == in.n || in.p[i] != ':')
        return CHATLINK_ERR_LINK_SYNTAX;
    u->scheme = (struct span){ in.p, i };
    i++;

    if (in.n - i >= 2 && in.p[i] == '/' && in.p[i + 1] == '/') {
        size_t host_end = find_any(in, i + 2, "/?#");
        u->has_authority = true;
        u->host = (struct span){ in.p + i + 2, host_end - (i + 2) };
        if (memchr(u->host.p, '@', u->host.n) != NULL || !port_is_default(u))
            return CHATLINK_ERR_LINK_UNKNOWN;
        i = host_end;
    }

    size_t path_end = find_any(in, i, "?#");
    u->path = (struct span){ in.p + i, path_end - i };
    i = path_end;
    if (i < in.n && in.p[i] == '?') {
        size_t query_end = find_any(in, i + 1, "#");
        u->has_query = true;
        u->query = (struct span){ in.p + i + 1, query_end - (i + 1) };
        i = query_end;
    }
    if (i < in.n) /* '#' */
        u->fragment = (struct span){ in.p + i + 1, in.n - (i + 1) };
    return CHATLINK_OK;
}

size_t clk_url_segments(struct span path, struct span *segs, size_t max)
{
    if (path.n > 0 && path.p[0] == '/') {
        path.p++;
        path.n--;
    }
    if (path.n > 0 && path.p[path.n - 1] == '/')
        path.n--;
    if (path.n == 0)
        return 0;

    size_t count = 0, start = 0;
    for (size_t i = 0; i <= path.n; i++) {
        if (i < path.n && path.p[i] != '/')
            continue;
        if (count < max)
            segs[count] = (struct span){ path.p + start, i - start };
        count++;
        start = i + 1;
    }
    return count;
}

bool clk_query_next(struct span *rest, struct span *name, struct span *value)
{
    while (rest->n > 0) {
        size_t end = find_any(*rest, 0, "&");
        struct span piece = { rest->p, end };
        rest->p += end < rest->n ? end + 1 : end;
        rest->n -= end < rest->n ? end + 1 : end;
        if (piece.n == 0)
            continue;
        size_t eq = find_any(piece, 0, "=");
        *name = (struct span){ piece.p, eq };
        *value = eq < piece.n ? (struct span){ piece.p + eq + 1, piece.n - eq - 1 }
                              : (struct span){ piece.p + piece.n, 0 };
        return true;
    }
    return false;
}

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

size_t clk_percent_decode(char *dst, struct span s, bool plus_is_space)
{
    size_t n = 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (c == '%' && s.n - i > 2) {
            int hi = hex_value((unsigned char)s.p[i + 1]), lo = hex_value((unsigned char)s.p[i + 2]);
            if (hi >= 0 && lo >= 0) {
                dst[n++] = (char)(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        dst[n++] = plus_is_space && c == '+' ? ' ' : (char)c;
    }
    return n;
}
