/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "calls.h"
#include "chatlink.h"

int call_run(const void *inputs, char *out, size_t out_size, size_t *out_len)
{
    const struct call *c = inputs;
    switch (c->kind) {
    case CALL_WHATSAPP:
        return chatlink_whatsapp(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_TWITTER_DM:
        return chatlink_twitter_dm(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_MESSENGER:
        return chatlink_messenger(out, out_size, out_len, c->a, c->b, c->c, c->flags);
    case CALL_PHONE_E164:
        return chatlink_phone_e164(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_PERCENT_ENCODE:
        return chatlink_percent_encode(out, out_size, out_len, c->a, c->a_len, c->flags);
    case CALL_TELEGRAM:
        return chatlink_telegram(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_INSTAGRAM:
        return chatlink_instagram(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_SMS:
        return chatlink_sms(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_SIGNAL:
        return chatlink_signal(out, out_size, out_len, c->a, c->flags);
    case CALL_VIBER:
        return chatlink_viber(out, out_size, out_len, c->a, c->flags);
    case CALL_LINE:
        return chatlink_line(out, out_size, out_len, c->a, c->b, c->flags);
    case CALL_HTML_ANCHOR:
        return chatlink_html_anchor(out, out_size, out_len, c->a, c->b, c->flags);
    }
    return -1;
}

unsigned int call_flags_taken(enum call_kind kind)
{
    switch (kind) {
    case CALL_WHATSAPP:
        return CHATLINK_WHATSAPP_API_HOST | CHATLINK_PHONE_POSSIBLE_ONLY |
               CHATLINK_REPLACE_INVALID_UTF8;
    case CALL_TWITTER_DM:
        return CHATLINK_TWITTER_HOST | CHATLINK_REPLACE_INVALID_UTF8;
    case CALL_MESSENGER:
    case CALL_PERCENT_ENCODE:
    case CALL_LINE:
        return CHATLINK_REPLACE_INVALID_UTF8;
    case CALL_PHONE_E164:
    case CALL_SIGNAL:
    case CALL_VIBER:
        return CHATLINK_PHONE_POSSIBLE_ONLY;
    case CALL_TELEGRAM:
    case CALL_SMS:
        return CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8;
    case CALL_INSTAGRAM:
        return CHATLINK_NO_FLAGS;
    case CALL_HTML_ANCHOR:
        return CHATLINK_HTML_SAME_TAB | CHATLINK_REPLACE_INVALID_UTF8;
    }
    return 0;
}
