/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_messenger(page, text, ref): on top of the output rules, the page
 * is accepted exactly when it is a 64-bit decimal id or at least 5 of
 * A-Z a-z 0-9 . (checked here independently), the ref is at most 2,083
 * bytes and has no control character, and text and ref read back exactly.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"
#include "fuzz-decimal.h"
#include "whatwg-reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool is_page_name(const char *page)
{
    size_t n = strlen(page);
    bool all_digits = n > 0;
    for (size_t i = 0; i < n; i++) {
        char c = page[i];
        bool digit = c >= '0' && c <= '9';
        all_digits = all_digits && digit;
        if (!digit && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '.')
            return false;
    }
    return all_digits ? fuzz_is_u64_decimal(page) : n >= 5;
}

/* A C0 or C1 control, or DEL, after a browser's decoding. */
static bool has_control(const char *ref)
{
    size_t n = strlen(ref), errors;
    uint32_t *cps = malloc((n + 1) * sizeof *cps);
    if (cps == NULL)
        fuzz_fail("out of memory");
    size_t count = whatwg_utf8_decode((const unsigned char *)ref, n, cps, &errors);
    bool found = false;
    for (size_t i = 0; i < count; i++)
        found = found || cps[i] < 0x20 || (cps[i] >= 0x7F && cps[i] <= 0x9F);
    free(cps);
    return found;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_MESSENGER, data, size, &in);
    const char *page = in.call.a, *text = in.call.b, *ref = in.call.c;
    struct contract_result r = fuzz_check_call(&in, page != NULL);

    if (page != NULL && r.status == CHATLINK_ERR_USERNAME && is_page_name(page))
        fuzz_fail("a page name or id refused: %s", page);
    if (r.status == CHATLINK_OK) {
        if (!is_page_name(page))
            fuzz_fail("not a page name or id, accepted: %s", page);
        bool has_text = text != NULL && text[0] != '\0';
        bool has_ref = ref != NULL && ref[0] != '\0';
        if (has_ref && (strlen(ref) > 2083 || has_control(ref)))
            fuzz_fail("a ref over 2,083 bytes or with a control, accepted");
        char head[64];
        snprintf(head, sizeof head, "https://m.me/");
        if (!fuzz_starts_with(r.link, head) || !fuzz_starts_with(r.link + strlen(head), page))
            fuzz_fail("the link is not https://m.me/%s...: %s", page, r.link);
        const char *rest = r.link + strlen(head) + strlen(page);
        if (rest[0] != '\0' && rest[0] != '?')
            fuzz_fail("unexpected after the page: %s", r.link);
        fuzz_check_param(r.link, "text", text, text ? strlen(text) : 0, in.call.flags);
        fuzz_check_param(r.link, "ref", ref, ref ? strlen(ref) : 0, in.call.flags);
        if (fuzz_param_count(r.link) != (size_t)has_text + has_ref)
            fuzz_fail("unexpected parameters: %s", r.link);
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
