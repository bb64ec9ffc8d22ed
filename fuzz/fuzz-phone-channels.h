/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * What the targets of the links to a phone number share: such a link is
 * built exactly when chatlink_phone_e164() accepts the number (with the
 * same POSSIBLE_ONLY flag and no region), fails with its status otherwise,
 * and names that number.
 *
 * The parser reads the link's number as typed, so it gives back the E.164
 * form of the E.164 form. For a valid number that is the same number; with
 * POSSIBLE_ONLY it may not be: "+31 0014077213" is +310014077213, read
 * again +31014077213, as libphonenumber reads them (the trunk prefix after
 * the country code comes off once per reading).
 */

#ifndef CHATLINK_FUZZ_PHONE_CHANNELS_H
#define CHATLINK_FUZZ_PHONE_CHANNELS_H

#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"

/*
 * Check `status` against the number; on success *e164 is its E.164 form and
 * the return value what the parser will read back from a link to it (NULL
 * if, read again, the number is refused: see above).
 */
static inline const char *fuzz_check_phone_status(const char *phone, unsigned int flags,
                                                  int status, char e164[32], char again[32])
{
    size_t len;
    int expected = chatlink_phone_e164(e164, 32, &len, phone, NULL,
                                       flags & CHATLINK_PHONE_POSSIBLE_ONLY);
    if (status == CHATLINK_OK && expected != CHATLINK_OK)
        fuzz_fail("a link to a number chatlink_phone_e164 refuses (%d): %s", expected, phone);
    if (status >= CHATLINK_ERR_PHONE_EMPTY && status <= CHATLINK_ERR_PHONE_INVALID &&
        status != expected)
        fuzz_fail("phone status %d, chatlink_phone_e164 says %d: %s", status, expected, phone);
    if (expected != CHATLINK_OK)
        return NULL;
    int rc = chatlink_phone_e164(again, 32, &len, e164, NULL, flags & CHATLINK_PHONE_POSSIBLE_ONLY);
    if (!(flags & CHATLINK_PHONE_POSSIBLE_ONLY) && (rc != CHATLINK_OK || strcmp(again, e164) != 0))
        fuzz_fail("a valid number's E.164 form reads back differently: %s", e164);
    return rc == CHATLINK_OK ? again : NULL;
}

#endif /* CHATLINK_FUZZ_PHONE_CHANNELS_H */
