/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_whatsapp(phone, text): on top of the output rules, the link is
 * wa.me/<digits> or api.whatsapp.com/send?phone=<digits>, the digits are
 * what chatlink_phone_e164() makes of the phone with no region, the text
 * reads back exactly, and a phone error is the one chatlink_phone_e164()
 * gives.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool is_phone_status(int status)
{
    return status >= CHATLINK_ERR_PHONE_EMPTY && status <= CHATLINK_ERR_PHONE_INVALID;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_WHATSAPP, data, size, &in);
    struct contract_result r = fuzz_check_call(&in, true);
    const char *phone = in.call.a, *text = in.call.b;
    unsigned int flags = in.call.flags;
    bool has_phone = phone != NULL && phone[0] != '\0';
    bool has_text = text != NULL && text[0] != '\0';

    char e164[64];
    int phone_status = has_phone ? chatlink_phone_e164(e164, sizeof e164, NULL, phone, NULL,
                                                       flags & CHATLINK_PHONE_POSSIBLE_ONLY)
                                 : CHATLINK_OK;
    if (r.status == CHATLINK_ERR_EMPTY && (has_phone || has_text))
        fuzz_fail("CHATLINK_ERR_EMPTY with a phone or a text");
    if (is_phone_status(r.status) && r.status != phone_status)
        fuzz_fail("phone status %d, chatlink_phone_e164 says %d", r.status, phone_status);

    if (r.status == CHATLINK_OK) {
        if (!has_phone && !has_text)
            fuzz_fail("a link with neither phone nor text: %s", r.link);
        if (phone_status != CHATLINK_OK)
            fuzz_fail("a link for a phone chatlink_phone_e164 refuses (%d): %s", phone_status, r.link);
        bool api = (flags & CHATLINK_WHATSAPP_API_HOST) != 0;
        char head[128];
        const char *digits = has_phone ? e164 + 1 : "";
        if (api)
            snprintf(head, sizeof head, "https://api.whatsapp.com/send%s%s",
                     has_phone ? "?phone=" : "", digits);
        else
            snprintf(head, sizeof head, "https://wa.me/%s", digits);
        if (!fuzz_starts_with(r.link, head))
            fuzz_fail("the link does not start with %s: %s", head, r.link);
        const char *rest = r.link + strlen(head);
        if (has_text && !fuzz_starts_with(rest, api && has_phone ? "&text=" : "?text="))
            fuzz_fail("no text parameter after %s: %s", head, r.link);
        if (!has_text && rest[0] != '\0')
            fuzz_fail("something after %s: %s", head, r.link);
        fuzz_check_param(r.link, "text", text, text ? strlen(text) : 0, flags);
        if (fuzz_param_count(r.link) != (size_t)(api && has_phone) + has_text)
            fuzz_fail("unexpected parameters: %s", r.link);
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
