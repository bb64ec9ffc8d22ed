/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_phone_e164(phone, region): on top of the output rules, a result
 * is '+' and 3 to 20 digits (a 1 to 3 digit calling code and 2 to 17 for
 * the national number, libphonenumber's bounds), reading it again (with the
 * same or no region) is accepted, and a valid number is also a possible
 * one, with the same result.
 *
 * A valid number's E.164 form reads back unchanged. A merely possible one
 * need not: "+31 00315827" is +310315827 (the national prefix 0 comes off
 * once), and +310315827 is +31315827. libphonenumber does the same (checked
 * with its C++ 8.12.57); the fuzzer found it, and only valid numbers are held
 * to the fixed point.
 */

#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_PHONE_E164, data, size, &in);
    const char *phone = in.call.a, *region = in.call.b;
    unsigned int flags = in.call.flags;
    struct contract_result r = fuzz_check_call(&in, phone != NULL);

    if (r.status == CHATLINK_OK) {
        size_t digits = strspn(r.link + 1, "0123456789");
        if (r.link[0] != '+' || r.link[1 + digits] != '\0' || digits < 3 || digits > 20)
            fuzz_fail("not '+' and 3 to 20 digits: %s", r.link);
        bool fixed_point = !(flags & CHATLINK_PHONE_POSSIBLE_ONLY);
        char again[64];
        int status = chatlink_phone_e164(again, sizeof again, NULL, r.link, region, flags);
        if (status != CHATLINK_OK || (fixed_point && strcmp(again, r.link) != 0))
            fuzz_fail("%s read again in region %s: status %d, %s", r.link, region ? region : "-",
                      status, status == CHATLINK_OK ? again : "");
        status = chatlink_phone_e164(again, sizeof again, NULL, r.link, NULL, flags);
        if (status != CHATLINK_OK || (fixed_point && strcmp(again, r.link) != 0))
            fuzz_fail("%s read again with no region: status %d", r.link, status);
        if (!(flags & CHATLINK_PHONE_POSSIBLE_ONLY)) {
            status = chatlink_phone_e164(again, sizeof again, NULL, phone, region,
                                         flags | CHATLINK_PHONE_POSSIBLE_ONLY);
            if (status != CHATLINK_OK || strcmp(again, r.link) != 0)
                fuzz_fail("valid as %s but not possible (status %d)", r.link, status);
        }
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
