/*
 * Print every link for one contact, as a CMS "contact us" block would.
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>

#include <chatlink.h>

static int print_link(const char *what, int status, const char *link)
{
    if (status != CHATLINK_OK) {
        fprintf(stderr, "%s: %s\n", what, chatlink_strerror(status));
        return 1;
    }
    printf("%-9s %s\n", what, link);
    return 0;
}

int main(void)
{
    /* Links are short: a fixed buffer is enough, and too small is reported, not cut. */
    char link[256];
    int failed = 0;

    failed |= print_link("phone", chatlink_phone_e164(link, sizeof link, NULL,
                         "020 794 6095", "NL", CHATLINK_NO_FLAGS), link);
    failed |= print_link("whatsapp", chatlink_whatsapp(link, sizeof link, NULL,
                         "+31 20 794 6095", "Table for 2 at 19:00?", CHATLINK_NO_FLAGS), link);
    failed |= print_link("messenger", chatlink_messenger(link, sizeof link, NULL,
                         "saysimple.haarlem", "Hi!", "cmake-example", CHATLINK_NO_FLAGS), link);
    failed |= print_link("x", chatlink_twitter_dm(link, sizeof link, NULL,
                         "3805104374", "Hello", CHATLINK_NO_FLAGS), link);
    return failed;
}
