/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_telegram(recipient, text): the output rules; a recipient with a
 * letter, "_" or a leading "@" is a name, accepted exactly when it is 5 to
 * 32 of A-Z a-z 0-9 _ starting with a letter; any other is a number, as
 * chatlink_phone_e164 reads it. The text reads back as a browser does, with
 * one space in front when it starts with spaces and "@"; and the parser
 * gives back the inputs.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "fuzz-names.h"
#include "fuzz-phone-channels.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool meant_as_name(const char *r)
{
    return r[0] == '@' || strpbrk(r, FUZZ_LETTERS "_") != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_TELEGRAM, data, size, &in);
    const char *recipient = in.call.a, *text = in.call.b;
    struct contract_result r = fuzz_check_call(&in, recipient != NULL);

    if (recipient != NULL && r.status != CHATLINK_ERR_BAD_FLAGS) {
        char target[64];
        if (meant_as_name(recipient)) {
            const char *name = recipient[0] == '@' ? recipient + 1 : recipient;
            bool valid = fuzz_name_is(name, FUZZ_LETTERS FUZZ_DIGITS "_", 5, 32) &&
                         strchr(FUZZ_LETTERS, name[0]) != NULL;
            if (valid != (r.status != CHATLINK_ERR_USERNAME))
                fuzz_fail("user name '%s' %s", name, valid ? "refused" : "accepted");
            snprintf(target, sizeof target, "%s", valid ? name : "");
        } else {
            fuzz_check_phone_status(recipient, in.call.flags, r.status, target);
        }
        if (r.status == CHATLINK_OK) {
            char head[80];
            snprintf(head, sizeof head, "https://t.me/%s", target);
            if (!fuzz_starts_with(r.link, head) ||
                (r.link[strlen(head)] != '\0' && r.link[strlen(head)] != '?'))
                fuzz_fail("not %s: %s", head, r.link);
            size_t n = text ? strlen(text) : 0, spaces = strspn(text ? text : "", " ");
            if (spaces < n && text[spaces] == '@') {
                char *spaced = malloc(n + 2);
                spaced[0] = ' ';
                memcpy(spaced + 1, text, n + 1);
                fuzz_check_param(r.link, "text", spaced, n + 1, in.call.flags);
                free(spaced);
            } else {
                fuzz_check_param(r.link, "text", text, n, in.call.flags);
            }
            fuzz_check_parses_back(r.link, in.call.flags, CHATLINK_CHANNEL_TELEGRAM, target,
                                   text == NULL ? "" : fuzz_is_utf8(text) ? text : NULL, "");
        }
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
