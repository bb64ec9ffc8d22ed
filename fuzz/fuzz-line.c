/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_line(line_id, text): the output rules; the ID (after one
 * optional "@") accepted exactly when it is 4 to 20 of a-z 0-9 . _ -; the
 * link is https://line.me/R/oaMessage/%40<id>/ and "?" with the whole text
 * percent-encoded (only unreserved bytes and %XX); the parser gives back
 * the ID with its "@" and the text.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "fuzz-names.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_LINE, data, size, &in);
    const char *line_id = in.call.a, *text = in.call.b;
    struct contract_result r = fuzz_check_call(&in, line_id != NULL);

    if (line_id != NULL && r.status != CHATLINK_ERR_BAD_FLAGS) {
        const char *id = line_id[0] == '@' ? line_id + 1 : line_id;
        bool valid = fuzz_name_is(id, FUZZ_LOWER FUZZ_DIGITS "._-", 4, 20);
        if (valid != (r.status != CHATLINK_ERR_USERNAME))
            fuzz_fail("LINE ID '%s' %s", id, valid ? "refused" : "accepted");
        if (r.status == CHATLINK_OK) {
            char head[64], target[32];
            snprintf(head, sizeof head, "https://line.me/R/oaMessage/%%40%s/", id);
            snprintf(target, sizeof target, "@%s", id);
            if (!fuzz_starts_with(r.link, head))
                fuzz_fail("not %s: %s", head, r.link);
            const char *query = r.link + strlen(head);
            bool has_text = text != NULL && text[0] != '\0';
            if (has_text != (query[0] == '?') || (!has_text && query[0] != '\0'))
                fuzz_fail("the text and the query do not match: %s", r.link);
            for (const char *p = has_text ? query + 1 : query; *p; p++) {
                if (!strchr(FUZZ_LETTERS FUZZ_DIGITS "-._~%", *p))
                    fuzz_fail("'%c' in LINE's key-less text: %s", *p, r.link);
            }
            fuzz_check_parses_back(r.link, in.call.flags, CHATLINK_CHANNEL_LINE, target,
                                   text == NULL ? "" : fuzz_is_utf8(text) ? text : NULL, "");
        }
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
