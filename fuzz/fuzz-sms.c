/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_sms(phone, body), chatlink_signal(phone), chatlink_viber(phone),
 * picked by the first input's length: the output rules, the number as
 * chatlink_phone_e164 reads it, the exact prefix, the body read back as a
 * browser does, and the whole link read back by the parser.
 */

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "fuzz-phone-channels.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct {
        enum call_kind kind;
        int channel;
        const char *prefix;
    } kinds[] = {
        { CALL_SMS, CHATLINK_CHANNEL_SMS, "sms:" },
        { CALL_SIGNAL, CHATLINK_CHANNEL_SIGNAL, "https://signal.me/#p/" },
        { CALL_VIBER, CHATLINK_CHANNEL_VIBER, "viber://chat?number=%2B" },
    };
    struct fuzz_input in;
    fuzz_input_parse(CALL_SMS, data, size, &in);
    size_t pick = in.call.a != NULL ? strlen(in.call.a) % 3 : 0;
    in.call.kind = kinds[pick].kind;
    const char *phone = in.call.a, *body = in.call.b;
    struct contract_result r = fuzz_check_call(&in, phone != NULL);

    if (phone != NULL && r.status != CHATLINK_ERR_BAD_FLAGS) {
        char e164[32];
        fuzz_check_phone_status(phone, in.call.flags, r.status, e164);
        if (r.status == CHATLINK_OK) {
            const char *digits = e164 + 1;
            size_t prefix_len = strlen(kinds[pick].prefix);
            if (!fuzz_starts_with(r.link, kinds[pick].prefix))
                fuzz_fail("not %s...: %s", kinds[pick].prefix, r.link);
            const char *number = r.link + prefix_len;
            if (in.call.kind == CALL_SMS || in.call.kind == CALL_SIGNAL) {
                if (number[0] != '+')
                    fuzz_fail("no + before the number: %s", r.link);
                number++;
            }
            if (!fuzz_starts_with(number, digits))
                fuzz_fail("the number is not %s: %s", e164, r.link);
            const char *rest = number + strlen(digits);
            if (in.call.kind == CALL_SMS) {
                if (rest[0] != '\0' && rest[0] != '?')
                    fuzz_fail("unexpected after the number: %s", r.link);
                fuzz_check_param(r.link, "body", body, body ? strlen(body) : 0, in.call.flags);
            } else if (rest[0] != '\0') {
                fuzz_fail("unexpected after the number: %s", r.link);
            }
            bool exact = in.call.kind != CALL_SMS || body == NULL || fuzz_is_utf8(body);
            fuzz_check_parses_back(r.link, in.call.flags, kinds[pick].channel, e164,
                                   in.call.kind != CALL_SMS ? "" : exact ? (body ? body : "") : NULL,
                                   "");
        }
    }
    free(r.link);
    fuzz_input_free(&in);
    return 0;
}
