/*
 * chatlink.h must compile as C89 and as C11, -pedantic, warnings as errors
 * (see tests/abi/meson.build).
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "chatlink.h"

int main(void)
{
    char buf[64];
    size_t len;
    int rc = chatlink_whatsapp(buf, sizeof buf, &len, "+31613558270", "Hi", CHATLINK_NO_FLAGS);
    return rc == CHATLINK_OK && chatlink_version_number() == CHATLINK_VERSION_NUMBER ? 0 : 1;
}
