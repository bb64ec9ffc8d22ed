/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_twitter_dm(recipient_id, text): on top of the output rules, the
 * id is accepted exactly when it is the decimal form of a 64-bit unsigned
 * integer (checked here independently), the link carries it unchanged, and
 * the text reads back exactly.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"
#include "fuzz-decimal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_TWITTER_DM, data, size, &in);
    const char *id = in.call.a, *text = in.call.b;
    struct contract_result r = fuzz_check_call(&in, id != NULL);

    if (id != NULL && r.status == CHATLINK_ERR_RECIPIENT_ID && fuzz_is_u64_decimal(id))
        fuzz_fail("a 64-bit decimal id refused: %s", id);
    if (r.status == CHATLINK_OK) {
        if (!fuzz_is_u64_decimal(id))
            fuzz_fail("an id that is not a 64-bit decimal accepted: %s", id);
        char head[128];
        snprintf(head, sizeof head, "https://%s/messages/compose?recipient_id=%s",
                 (in.call.flags & CHATLINK_TWITTER_HOST) ? "twitter.com" : "x.com", id);
        if (!fuzz_starts_with(r.link, head))
            fuzz_fail("the link does not start with %s: %s", head, r.link);
        bool has_text = text != NULL && text[0] != '\0';
        const char *rest = r.link + strlen(head);
        if (has_text ? !fuzz_starts_with(rest, "&text=") : rest[0] != '\0')
            fuzz_fail("unexpected after the id: %s", r.link);
        fuzz_check_param(r.link, "text", text, text ? strlen(text) : 0, in.call.flags);
        if (fuzz_param_count(r.link) != 1u + has_text)
            fuzz_fail("unexpected parameters: %s", r.link);
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
