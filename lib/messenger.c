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
#include "internal-calls.h"
#include "names.h"
#include "output.h"
#include "percent-encode.h"

#define MESSENGER_FLAGS CHATLINK_REPLACE_INVALID_UTF8

/* Meta: "Length for this value can not exceed 2,083 characters." Counted in bytes. */
#define MESSENGER_REF_MAX 2083

int chatlink_messenger(char *out, size_t out_size, size_t *out_len, const char *page,
                       const char *text, const char *ref, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, page != NULL, flags, MESSENGER_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    size_t page_len = strlen(page);
    if (!clk_facebook_page_valid(page, page_len))
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
CLK_DEFINE_INTERNAL(chatlink_messenger);
