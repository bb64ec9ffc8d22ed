/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_CALLS_H
#define CHATLINK_CALLS_H

#include <stddef.h>

/* Every public builder behind one signature (contract_call), for tables of
 * inputs in tests and for the fuzzers. */

enum call_kind {
    CALL_WHATSAPP,
    CALL_TWITTER_DM,
    CALL_MESSENGER,
    CALL_PHONE_E164,
    CALL_PERCENT_ENCODE,
    CALL_TELEGRAM,
    CALL_INSTAGRAM,
    CALL_SMS,
    CALL_SIGNAL,
    CALL_VIBER,
    CALL_LINE,
    CALL_HTML_ANCHOR,
};

struct call {
    enum call_kind kind;
    /* whatsapp: phone, text; twitter_dm: recipient_id, text; messenger:
     * page, text, ref; phone_e164: phone, region; percent_encode: a
     * (a_len bytes, NUL allowed); telegram: recipient, text; instagram:
     * username, ref; sms: phone, body; signal, viber: phone; line:
     * line_id, text; html_anchor: url, label. */
    const char *a, *b, *c;
    size_t a_len;
    unsigned int flags;
};

/* chatlink_xxx(out, out_size, out_len, ...) for the struct call at `inputs`. */
int call_run(const void *inputs, char *out, size_t out_size, size_t *out_len);

/* The flag bits chatlink.h says the builder takes. */
unsigned int call_flags_taken(enum call_kind kind);

#endif /* CHATLINK_CALLS_H */
