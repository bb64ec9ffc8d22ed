/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_instagram(username, ref): the output rules; the name (after one
 * optional "@") accepted exactly when it is 1 to 30 of A-Z a-z 0-9 . _,
 * not periods only;
 * the ref exactly when it is at most 2,083 of A-Z a-z 0-9 - _ =; both read
 * back, by a browser and by the parser.
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
    fuzz_input_parse(CALL_INSTAGRAM, data, size, &in);
    const char *username = in.call.a, *ref = in.call.b;
    struct contract_result r = fuzz_check_call(&in, username != NULL);

    if (username != NULL && r.status != CHATLINK_ERR_BAD_FLAGS) {
        const char *name = username[0] == '@' ? username + 1 : username;
        bool name_ok = fuzz_name_is(name, FUZZ_LETTERS FUZZ_DIGITS "._", 1, 30) &&
                       strspn(name, ".") != strlen(name); /* "." and ".." are path steps */
        bool ref_ok = ref == NULL || fuzz_name_is(ref, FUZZ_LETTERS FUZZ_DIGITS "-_=", 0, 2083);
        if ((r.status == CHATLINK_OK) != (name_ok && ref_ok))
            fuzz_fail("status %d for name '%s' (%s) and ref (%s)", r.status, name,
                      name_ok ? "valid" : "invalid", ref_ok ? "valid" : "invalid");
        if (r.status == CHATLINK_OK) {
            char head[64];
            snprintf(head, sizeof head, "https://ig.me/m/%s", name);
            if (!fuzz_starts_with(r.link, head) ||
                (r.link[strlen(head)] != '\0' && r.link[strlen(head)] != '?'))
                fuzz_fail("not %s: %s", head, r.link);
            fuzz_check_param(r.link, "ref", ref, ref ? strlen(ref) : 0, in.call.flags);
            fuzz_check_parses_back(r.link, in.call.flags, CHATLINK_CHANNEL_INSTAGRAM, name, "",
                                   ref ? ref : "");
        }
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
