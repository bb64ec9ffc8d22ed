/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_phone_e164(phone, region): on top of the output rules, a result
 * is '+' and 3 to 20 digits (a 1 to 3 digit calling code and 2 to 17 for
 * the national number, libphonenumber's bounds), and a valid number is also
 * a possible one, with the same result.
 *
 * Reading a result again need not give it back: libphonenumber takes a
 * national prefix off once per reading, so "+31 00315827" is +310315827
 * (possible), read again +31315827; and "+375 0 8100111613" is
 * +3758100111613 (valid), read again +375 100111613, invalid. Google's C++
 * 8.12.57 does both; the fuzzers found both. What holds: read again, it is
 * the same number, or the same with digits taken out after the calling
 * code, or (when validity is checked) refused as invalid.
 */

#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* `again` is `e164` with some digits taken out in the middle (after the "+"), and shorter. */
static bool is_shortened(const char *again, const char *e164)
{
    size_t a = strlen(again), e = strlen(e164), head = 0, tail = 0;
    while (head < a && again[head] == e164[head])
        head++;
    while (tail < a - head && again[a - 1 - tail] == e164[e - 1 - tail])
        tail++;
    return a < e && head >= 2 && head + tail == a;
}

static void check_read_again(const char *e164, const char *region, unsigned int flags)
{
    char again[64];
    int status = chatlink_phone_e164(again, sizeof again, NULL, e164, region, flags);
    bool refused_ok = status == CHATLINK_ERR_PHONE_INVALID && !(flags & CHATLINK_PHONE_POSSIBLE_ONLY);
    if (status != CHATLINK_OK && !refused_ok)
        fuzz_fail("%s read again (region %s): status %d", e164, region ? region : "-", status);
    if (status == CHATLINK_OK && strcmp(again, e164) != 0 && !is_shortened(again, e164))
        fuzz_fail("%s read again (region %s) is %s", e164, region ? region : "-", again);
}

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
        check_read_again(r.link, region, flags);
        check_read_again(r.link, NULL, flags);
        char again[64];
        int status;
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
