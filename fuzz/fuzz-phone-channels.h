/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * What the targets of the links to a phone number share: such a link is
 * built exactly when chatlink_phone_e164() accepts the number (with the
 * same POSSIBLE_ONLY flag and no region), fails with its status otherwise,
 * and names that number; the parser, reading the link's digits as they
 * stand, gives back exactly that E.164 form.
 */

#ifndef CHATLINK_FUZZ_PHONE_CHANNELS_H
#define CHATLINK_FUZZ_PHONE_CHANNELS_H

#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"

/* Check `status` against the number; on success *e164 is its E.164 form. */
static inline void fuzz_check_phone_status(const char *phone, unsigned int flags, int status,
                                           char e164[32])
{
    size_t len;
    int expected = chatlink_phone_e164(e164, 32, &len, phone, NULL,
                                       flags & CHATLINK_PHONE_POSSIBLE_ONLY);
    if (status == CHATLINK_OK && expected != CHATLINK_OK)
        fuzz_fail("a link to a number chatlink_phone_e164 refuses (%d): %s", expected, phone);
    if (status >= CHATLINK_ERR_PHONE_EMPTY && status <= CHATLINK_ERR_PHONE_INVALID &&
        status != expected)
        fuzz_fail("phone status %d, chatlink_phone_e164 says %d: %s", status, expected, phone);
}

#endif /* CHATLINK_FUZZ_PHONE_CHANNELS_H */
