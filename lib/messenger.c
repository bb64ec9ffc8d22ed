/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Facebook Messenger m.me links (developers.facebook.com, Messenger Platform,
 * "m.me Links"): https://m.me/<page>?text=<value>&ref=<value>.
 */

#include <string.h>

#include "chatlink.h"
#include "decimal-id.h"
#include "output.h"
#include "percent-encode.h"

#define MESSENGER_FLAGS CHATLINK_REPLACE_INVALID_UTF8

/* Meta: "Length for this value can not exceed 2,083 characters." Counted in bytes. */
#define MESSENGER_REF_MAX 2083

/* Facebook: usernames "must be at least 5 characters long". */
#define FACEBOOK_USERNAME_MIN 5

/*
 * A page is named by its username (Facebook: "can only contain alphanumeric
 * characters (A-Z, 0-9) and periods", at least 5 long) or its numeric id.
 * An all-digit name is read as an id; Facebook documents no upper bound on
 * a username's length, so none is imposed.
 */
static bool page_valid(const char *page, size_t *len)
{
    size_t n = 0;
    bool all_digits = true;

    for (;; n++) {
        unsigned char c = (unsigned char)page[n];
        if (c == '\0')
            break;
        if (is_ascii_digit(c))
            continue;
        all_digits = false;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.'))
            return false;
    }
    if (all_digits)
        return clk_decimal_id_valid(page, len);
    *len = n;
    return n >= FACEBOOK_USERNAME_MIN;
}

int chatlink_messenger(char *out, size_t out_size, size_t *out_len, const char *page,
                       const char *text, const char *ref, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, page != NULL, flags, MESSENGER_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    size_t page_len;
    if (!page_valid(page, &page_len))
        return clk_output_fail(&o, CHATLINK_ERR_USERNAME);

    size_t ref_len = ref != NULL ? strlen(ref) : 0;
    if (ref_len > MESSENGER_REF_MAX)
        return clk_output_fail(&o, CHATLINK_ERR_TOO_LONG);

    output_append_literal(&o, "https://m.me/");
    output_append(&o, page, page_len);

    bool has_text = text != NULL && text[0] != '\0';
    rc = clk_percent_encode_param(&o, "?text=", text, flags, CHATLINK_OK);
    if (rc == CHATLINK_OK && ref_len > 0) {
        /* Control characters have no business in a tracking value: see chatlink.h. */
        output_append(&o, has_text ? "&ref=" : "?ref=", 5);
        rc = clk_percent_encode_append(&o, ref, ref_len, flags, CHATLINK_ERR_REF);
    }
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    return clk_output_finish(&o);
}
