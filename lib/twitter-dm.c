/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * X Direct Message compose link (developer.x.com, x-for-websites,
 * direct-message-button): https://x.com/messages/compose?recipient_id=<id>
 * &text=<value>. The id is the numeric user id (X's id_str), not the handle.
 */

#include "chatlink.h"
#include "internal-calls.h"
#include "decimal-id.h"
#include "output.h"
#include "percent-encode.h"

#define TWITTER_DM_FLAGS (CHATLINK_TWITTER_HOST | CHATLINK_REPLACE_INVALID_UTF8)

int chatlink_twitter_dm(char *out, size_t out_size, size_t *out_len, const char *recipient_id,
                        const char *text, unsigned int flags)
{
    struct output o;
    int rc =
        clk_output_begin(&o, out, out_size, out_len, recipient_id != NULL, flags, TWITTER_DM_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    size_t id_len;
    if (!clk_decimal_id_valid(recipient_id, &id_len))
        return clk_output_fail(&o, CHATLINK_ERR_RECIPIENT_ID);

    if (flags & CHATLINK_TWITTER_HOST)
        output_append_literal(&o, "https://twitter.com/messages/compose?recipient_id=");
    else
        output_append_literal(&o, "https://x.com/messages/compose?recipient_id=");
    output_append(&o, recipient_id, id_len);

    rc = clk_percent_encode_param(&o, "&text=", text, flags, CHATLINK_OK);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_twitter_dm);
