/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "chatlink.h"

unsigned int chatlink_version_number(void)
{
    return CHATLINK_VERSION_NUMBER;
}

const char *chatlink_version_string(void)
{
    return CHATLINK_VERSION_STRING;
}
