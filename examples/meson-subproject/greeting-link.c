/*
 * Print a WhatsApp link whose message greets in several scripts.
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>

#include <chatlink.h>

int main(void)
{
    char link[512];
    size_t len = 0;
    int status = chatlink_whatsapp(link, sizeof link, &len, "+44 20 7946 0958",
                                   "Hello, Grüß Gott, 你好 & مرحبا 👋", CHATLINK_NO_FLAGS);
    if (status != CHATLINK_OK) {
        fprintf(stderr, "%s\n", chatlink_strerror(status));
        return 1;
    }
    printf("%s\n(%zu bytes, libchatlink %s)\n", link, len, chatlink_version_string());
    return 0;
}
