/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_link_parse(url): any bytes. A link is handed out exactly on
 * success; its channel is known, its fields are valid UTF-8, a number is
 * "+" and digits, and what it gives back builds again (with the channel's
 * builder) into a link that parses to the very same fields: the parser
 * and the builders agree on every rule. The flag rule holds as for the
 * builders.
 */

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define PARSE_FLAGS (CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8)

static int rebuild(const struct chatlink_link *l, unsigned int flags, char *out, size_t size,
                   size_t *len)
{
    const char *target = chatlink_link_target(l), *text = chatlink_link_text(l),
               *ref = chatlink_link_ref(l);
    unsigned int possible = flags & CHATLINK_PHONE_POSSIBLE_ONLY;
    switch (chatlink_link_channel(l)) {
    case CHATLINK_CHANNEL_WHATSAPP:
        return chatlink_whatsapp(out, size, len, target, text, possible);
    case CHATLINK_CHANNEL_TWITTER_DM:
        return chatlink_twitter_dm(out, size, len, target, text, 0);
    case CHATLINK_CHANNEL_MESSENGER:
        return chatlink_messenger(out, size, len, target, text, ref, 0);
    case CHATLINK_CHANNEL_TELEGRAM:
        return chatlink_telegram(out, size, len, target, text, possible);
    case CHATLINK_CHANNEL_INSTAGRAM:
        return chatlink_instagram(out, size, len, target, ref, 0);
    case CHATLINK_CHANNEL_SMS:
        return chatlink_sms(out, size, len, target, text, possible);
    case CHATLINK_CHANNEL_SIGNAL:
        return chatlink_signal(out, size, len, target, possible);
    case CHATLINK_CHANNEL_VIBER:
        return chatlink_viber(out, size, len, target, possible);
    case CHATLINK_CHANNEL_LINE:
        return chatlink_line(out, size, len, target, text, 0);
    default:
        fuzz_fail("unknown channel %d", chatlink_link_channel(l));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in;
    fuzz_input_parse(CALL_PERCENT_ENCODE, data, size, &in); /* one field: the URL */
    const char *url = in.call.a != NULL ? in.call.a : "";
    unsigned int flags = in.call.flags;

    struct chatlink_link *l = (struct chatlink_link *)&in;
    int rc = chatlink_link_parse(&l, url, flags);
    if ((rc == CHATLINK_OK) != (l != NULL))
        fuzz_fail("status %d with link %p", rc, (void *)l);
    if ((rc == CHATLINK_ERR_BAD_FLAGS) != ((flags & ~PARSE_FLAGS) != 0))
        fuzz_fail("flags 0x%X gave status %d", flags, rc);
    if (rc == CHATLINK_ERR_NULL_ARGUMENT || rc == CHATLINK_ERR_BUFFER_TOO_SMALL)
        fuzz_fail("status %d from a parse", rc);
    if (rc == CHATLINK_OK) {
        int channel = chatlink_link_channel(l);
        if (chatlink_channel_name(channel) == NULL)
            fuzz_fail("channel %d has no name", channel);
        const char *target = chatlink_link_target(l);
        if (!fuzz_is_utf8(target) || !fuzz_is_utf8(chatlink_link_text(l)) ||
            !fuzz_is_utf8(chatlink_link_ref(l)))
            fuzz_fail("invalid UTF-8 handed out for %s", url);
        if (target[0] == '+' && strspn(target + 1, "0123456789") != strlen(target + 1))
            fuzz_fail("a number that is not + and digits: %s", target);

        /*
         * The builders read a number as typed, and for a few the E.164 form
         * typed is another number or none (+3758100111613 is +375 100111613,
         * invalid, as in libphonenumber). Then the rebuilt link fails as
         * chatlink_phone_e164 does, or names that other number.
         */
        char typed[32];
        int typed_status = target[0] == '+' ? chatlink_phone_e164(typed, sizeof typed, NULL, target,
                                                                   NULL, flags & CHATLINK_PHONE_POSSIBLE_ONLY)
                                            : CHATLINK_OK;
        bool number_moves = target[0] == '+' && (typed_status != CHATLINK_OK || strcmp(typed, target) != 0);

        size_t need = 0;
        rc = rebuild(l, flags, NULL, 0, &need);
        char *again = malloc(need + 1);
        if (rc == CHATLINK_OK)
            rc = rebuild(l, flags, again, need + 1, NULL);
        if (rc != CHATLINK_OK && !(number_moves && rc == typed_status))
            fuzz_fail("what was read does not build again (%d): %s", rc, url);
        if (rc == CHATLINK_OK && !number_moves)
            fuzz_check_parses_back(again, flags, channel, target, chatlink_link_text(l),
                                   chatlink_link_ref(l));
        free(again);
        chatlink_link_free(l);
    }
    fuzz_input_free(&in);
    return 0;
}
