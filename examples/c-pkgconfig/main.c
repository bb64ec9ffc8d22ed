/*
 * A program that uses the installed libchatlink, found through pkg-config.
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>
#include <stdlib.h>

#include <chatlink.h>

int main(int argc, char **argv)
{
    const char *phone = argc > 1 ? argv[1] : "+31 6 1355 8270";
    const char *text = argc > 2 ? argv[2] : "Hallo!";
    size_t len;

    /* Ask how long the link is, then build it in a buffer of that size. */
    int rc = chatlink_whatsapp(NULL, 0, &len, phone, text, CHATLINK_NO_FLAGS);
    if (rc != CHATLINK_OK) {
        fprintf(stderr, "%s\n", chatlink_strerror(rc));
        return 1;
    }
    char *link = malloc(len + 1);
    if (link == NULL)
        return 1;
    rc = chatlink_whatsapp(link, len + 1, NULL, phone, text, CHATLINK_NO_FLAGS);
    if (rc == CHATLINK_OK)
        printf("%s\n", link);
    free(link);

    if (chatlink_version_number() != CHATLINK_VERSION_NUMBER)
        fprintf(stderr, "note: built with libchatlink %s, running with %s\n",
                CHATLINK_VERSION_STRING, chatlink_version_string());
    return rc == CHATLINK_OK ? 0 : 1;
}
