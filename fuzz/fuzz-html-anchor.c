/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_html_anchor(url, label): the output rules; a URL is accepted
 * only if every byte is printable ASCII and its scheme is https, http, sms,
 * whatsapp or viber; the result is one line of the form
 * <a href="...">...</a> (with target and rel unless SAME_TAB) whose href
 * and text, with character references decoded, are exactly url and label
 * (U+FFFD in place of invalid UTF-8 with the flag), and which has no raw
 * < > " ' or & outside a reference.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ASCII case-insensitive prefix test (strncasecmp would follow the locale). */
static bool allowed_scheme(const char *url)
{
    static const char *const schemes[] = { "https:", "http:", "sms:", "whatsapp:", "viber:" };
    for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++) {
        size_t k = 0;
        while (schemes[i][k] != '\0' && url[k] != '\0' &&
               (url[k] >= 'A' && url[k] <= 'Z' ? url[k] + 32 : url[k]) == schemes[i][k])
            k++;
        if (schemes[i][k] == '\0')
            return true;
    }
    return false;
}

/* Decode the references an HTML parser would, in s[0..n); NULL if a raw special is found. */
static char *unescape(const char *s, size_t n)
{
    static const struct {
        const char *ref, *c;
    } refs[] = { { "&amp;", "&" },  { "&lt;", "<" },   { "&gt;", ">" },  { "&quot;", "\"" },
                 { "&#39;", "'" }, { "&#13;", "\r" }, { "&#10;", "\n" } };
    char *out = malloc(n + 1), *w = out;
    for (size_t i = 0; i < n;) {
        if (strchr("<>\"'\n\r", s[i]) != NULL)
            goto bad;
        if (s[i] != '&') {
            *w++ = s[i++];
            continue;
        }
        size_t k = 0;
        while (k < sizeof refs / sizeof refs[0] && strncmp(s + i, refs[k].ref, strlen(refs[k].ref)))
            k++;
        if (k == sizeof refs / sizeof refs[0])
            goto bad;
        *w++ = refs[k].c[0];
        i += strlen(refs[k].ref);
    }
    *w = '\0';
    return out;
bad:
    free(out);
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_HTML_ANCHOR, data, size, &in);
    const char *url = in.call.a, *label = in.call.b;
    struct contract_result r = fuzz_check_call(&in, url != NULL && label != NULL);

    if (r.status == CHATLINK_OK) {
        for (const char *p = url; *p; p++) {
            if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7F)
                fuzz_fail("a URL with byte 0x%02X accepted", (unsigned char)*p);
        }
        if (!allowed_scheme(url))
            fuzz_fail("a URL of another scheme accepted: %s", url);
        if (label[0] == '\0')
            fuzz_fail("an empty label accepted");
        const char *tail = (in.call.flags & CHATLINK_HTML_SAME_TAB)
                               ? "\">"
                               : "\" target=\"_blank\" rel=\"noopener\">";
        const char *href = r.link + strlen("<a href=\"");
        const char *href_end = strstr(href, tail);
        if (!fuzz_starts_with(r.link, "<a href=\"") || href_end == NULL)
            fuzz_fail("not <a href=\"...%s: %s", tail, r.link);
        const char *text = href_end + strlen(tail);
        size_t len = strlen(r.link);
        if (len < 4 || strcmp(r.link + len - 4, "</a>") != 0)
            fuzz_fail("does not end with </a>: %s", r.link);
        char *href_back = unescape(href, (size_t)(href_end - href));
        char *label_back = unescape(text, (size_t)(r.link + len - 4 - text));
        if (href_back == NULL || label_back == NULL)
            fuzz_fail("a raw special character or a line break in %s", r.link);
        if (strcmp(href_back, url) != 0)
            fuzz_fail("the href reads back as %s, not %s", href_back, url);
        if (fuzz_is_utf8(label) ? strcmp(label_back, label) != 0 : !fuzz_is_utf8(label_back))
            fuzz_fail("the label does not read back: %s", r.link);
        if (!fuzz_is_utf8(label) && !(in.call.flags & CHATLINK_REPLACE_INVALID_UTF8))
            fuzz_fail("an invalid UTF-8 label accepted without the flag");
        free(href_back);
        free(label_back);
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
