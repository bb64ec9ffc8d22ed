/*
 * chatlink.h must compile as C++11 with -pedantic -Werror and link (extern "C").
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "chatlink.h"

#include <cstring>

int main()
{
    char buf[64];
    std::size_t len = 0;
    int rc = chatlink_whatsapp(buf, sizeof buf, &len, "+31613558270", "Hi", CHATLINK_NO_FLAGS);
    return rc == CHATLINK_OK && std::strcmp(buf, "https://wa.me/31613558270?text=Hi") == 0 ? 0 : 1;
}
