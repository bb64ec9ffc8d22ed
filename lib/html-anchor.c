/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * A complete <a href="...">label</a> for CMS templates. Both inputs are
 * plain text, not HTML: each is escaped exactly once here, so a caller that
 * escaped them already would see "&amp;amp;"; the docs say so.
 */

#include <string.h>

#include "chatlink.h"
#include "output.h"
#include "url.h"
#include "utf8.h"

#define HTML_ANCHOR_FLAGS (CHATLINK_HTML_SAME_TAB | CHATLINK_REPLACE_INVALID_UTF8)

/*
 * What must be a character reference in HTML text and in a double-quoted
 * attribute value. "'" too, so the result is also safe inside single
 * quotes. CR because the HTML parser turns a raw CR (and CR LF) into LF;
 * "&#13;" keeps it. LF so that the result is always one line, which line-
 * based tools and templates can rely on.
 */
static const char *html_reference(unsigned char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    case '\r':
        return "&#13;";
    case '\n':
        return "&#10;";
    default:
        return NULL;
    }
}

/*
 * The URL schemes of chat links. Anything else, `javascript:` above all, is
 * refused: a CMS puts user-supplied links in this attribute.
 */
static int check_url(const char *url, size_t *len)
{
    static const char *const schemes[] = { "https", "http", "sms", "whatsapp", "viber" };
    size_t n = 0;

    for (; url[n] != '\0'; n++) {
        unsigned char c = (unsigned char)url[n];
        /* Links are written encoded: no space, control or raw non-ASCII byte. */
        if (c <= 0x20 || c >= 0x7F)
            return CHATLINK_ERR_LINK_SYNTAX;
    }
    *len = n;

    size_t colon = 0;
    while (colon < n && url[colon] != ':')
        colon++;
    if (colon == n || colon == 0)
        return CHATLINK_ERR_LINK_SYNTAX;
    for (size_t k = 0; k < sizeof schemes / sizeof schemes[0]; k++) {
        if (clk_span_is((struct span){ url, colon }, schemes[k]))
            return CHATLINK_OK;
    }
    return CHATLINK_ERR_LINK_UNKNOWN;
}

/* s[0..n) with the characters of html_reference() as references, all else as it is. */
static void append_escaped(struct output *o, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *ref = html_reference((unsigned char)s[i]);
        if (ref == NULL)
            continue;
        output_append(o, s + run, i - run);
        output_append(o, ref, strlen(ref));
        run = i + 1;
    }
    output_append(o, s + run, n - run);
}

/* The label: UTF-8 checked (or repaired, with the flag) and escaped. */
static int append_label(struct output *o, const char *label, unsigned int flags)
{
    const unsigned char *s = (const unsigned char *)label;
    size_t n = strlen(label);

    for (size_t i = 0;;) {
        size_t good = clk_utf8_valid_prefix(s + i, n - i);
        append_escaped(o, label + i, good);
        i += good;
        if (i == n)
            return CHATLINK_OK;
        if (!(flags & CHATLINK_REPLACE_INVALID_UTF8))
            return CHATLINK_ERR_INVALID_UTF8;
        size_t bad = 1; /* set by clk_utf8_sequence(); initialized for the compiler */
        clk_utf8_sequence(s + i, n - i, &bad);
        output_append_literal(o, UTF8_REPLACEMENT);
        i += bad;
    }
}

int chatlink_html_anchor(char *out, size_t out_size, size_t *out_len, const char *url,
                         const char *label, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, url != NULL && label != NULL, flags,
                              HTML_ANCHOR_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    size_t url_len;
    rc = check_url(url, &url_len);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    if (label[0] == '\0')
        return clk_output_fail(&o, CHATLINK_ERR_LABEL_EMPTY);

    output_append_literal(&o, "<a href=\"");
    append_escaped(&o, url, url_len);
    if (flags & CHATLINK_HTML_SAME_TAB)
        output_append_literal(&o, "\">");
    else
        output_append_literal(&o, "\" target=\"_blank\" rel=\"noopener\">");
    rc = append_label(&o, label, flags);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    output_append_literal(&o, "</a>");
    return clk_output_finish(&o);
}
