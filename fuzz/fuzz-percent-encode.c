/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_percent_encode(in, in_len): on top of the output rules, the
 * result has only unreserved characters and %XX with upper-case hex, is
 * exactly 1 or 3 bytes per input byte when the input is valid UTF-8, and
 * decodes back, as a browser's URLSearchParams does, to the input (NUL bytes
 * included), or to its WHATWG replacement decoding with
 * CHATLINK_REPLACE_INVALID_UTF8.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool is_unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

static bool is_upper_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_PERCENT_ENCODE, data, size, &in);
    struct contract_result r = fuzz_check_call(&in, in.call.a != NULL);

    if (r.status == CHATLINK_OK && in.call.a != NULL) {
        size_t expected_len = 0;
        for (size_t i = 0; i < in.call.a_len; i++)
            expected_len += is_unreserved(in.call.a[i]) ? 1 : 3;
        for (size_t i = 0; i < r.length; i++) {
            if (r.link[i] == '%') {
                if (i + 2 >= r.length + 1 || !is_upper_hex(r.link[i + 1]) || !is_upper_hex(r.link[i + 2]))
                    fuzz_fail("a '%%' not followed by two upper-case hex digits: %s", r.link);
                i += 2;
            } else if (!is_unreserved(r.link[i])) {
                fuzz_fail("byte 0x%02X left unencoded", (unsigned char)r.link[i]);
            }
        }
        if (in.call.a_len == 0) {
            if (r.length != 0)
                fuzz_fail("empty input, non-empty result: %s", r.link);
        } else {
            /* Read back through the same reader as the links, as one query value. */
            char *link = malloc(r.length + 32);
            if (link == NULL)
                fuzz_fail("out of memory");
            snprintf(link, r.length + 32, "https://e.example/?v=%s", r.link);
            fuzz_check_param(link, "v", in.call.a, in.call.a_len, in.call.flags);
            free(link);
            if (!(in.call.flags & CHATLINK_REPLACE_INVALID_UTF8) && r.length != expected_len)
                fuzz_fail("%zu bytes encoded to %zu, expected %zu", in.call.a_len, r.length,
                          expected_len);
        }
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
