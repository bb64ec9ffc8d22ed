/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * chatlink_strerror(status) for any int: never NULL, a sentence of 1 to 300
 * bytes of valid UTF-8 without control characters, ending with '.'.
 */

#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"
#include "whatwg-reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned int bits = 0;
    for (size_t i = 0; i < size && i < 4; i++)
        bits = bits << 8 | data[i];
    int status = (int)bits;

    const char *message = chatlink_strerror(status);
    if (message == NULL)
        fuzz_fail("NULL for status %d", status);
    size_t n = strlen(message);
    if (n == 0 || n > 300 || message[n - 1] != '.')
        fuzz_fail("status %d: not a sentence of 1 to 300 bytes: \"%s\"", status, message);
    uint32_t cps[301];
    size_t errors;
    size_t count = whatwg_utf8_decode((const unsigned char *)message, n, cps, &errors);
    if (errors != 0)
        fuzz_fail("status %d: invalid UTF-8 in \"%s\"", status, message);
    for (size_t i = 0; i < count; i++) {
        if (cps[i] < 0x20 || (cps[i] >= 0x7F && cps[i] <= 0x9F))
            fuzz_fail("status %d: a control character in \"%s\"", status, message);
    }
    return 0;
}
