/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Telegram (core.telegram.org/api/links): https://t.me/<username>?text=<value>
 * and https://t.me/+<phone>?text=<value>, the phone digits only after "+".
 */

#include <string.h>

#include "chatlink.h"
#include "internal-calls.h"
#include "names.h"
#include "output.h"
#include "percent-encode.h"
#include "phone.h"

#define TELEGRAM_FLAGS (CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8)

int chatlink_telegram(char *out, size_t out_size, size_t *out_len, const char *recipient,
                      const char *text, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, recipient != NULL, flags, TELEGRAM_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    output_append_literal(&o, "https://t.me/");
    if (clk_telegram_is_username(recipient)) {
        const char *name = skip_handle_at(recipient);
        size_t name_len = strlen(name);
        if (!clk_telegram_username_valid(name, name_len))
            return clk_output_fail(&o, CHATLINK_ERR_USERNAME);
        output_append(&o, name, name_len);
    } else {
        struct phone_number number;
        rc = clk_phone_parse(recipient, NULL, (flags & CHATLINK_PHONE_POSSIBLE_ONLY) != 0, &number);
        if (rc != CHATLINK_OK)
            return clk_output_fail(&o, rc);
        output_append_literal(&o, "+");
        output_append(&o, number.digits, number.len);
    }

    size_t text_len = text != NULL ? strlen(text) : 0;
    if (text_len > 0) {
        output_append_literal(&o, "?text=");
        if (clk_telegram_draft_needs_space(text, text_len))
            output_append_literal(&o, "%20");
        rc = clk_percent_encode_append(&o, text, text_len, flags, CHATLINK_OK);
        if (rc != CHATLINK_OK)
            return clk_output_fail(&o, rc);
    }
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_telegram);
