/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * libchatlink's verdicts on phone numbers, for the differential test
 * against libphonenumber-js (phone-differential.py).
 *
 * Reads lines "REGION<TAB>NUMBER" (REGION may be empty) from stdin and
 * writes, for each, "VALID<TAB>POSSIBLE": each the E.164 form when
 * chatlink_phone_e164() accepts the number (by default, and with
 * CHATLINK_PHONE_POSSIBLE_ONLY), else "-" and the status number.
 */

#include <stdio.h>
#include <string.h>

#include "chatlink.h"

static void verdict(const char *number, const char *region, unsigned int flags)
{
    char e164[64];
    int rc = chatlink_phone_e164(e164, sizeof e164, NULL, number, region, flags);

    if (rc == CHATLINK_OK)
        fputs(e164, stdout);
    else
        printf("-%d", rc);
}

int main(void)
{
    char line[4096];

    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (tab == NULL) {
            fprintf(stderr, "phone-verdicts: no tab in line: %s\n", line);
            return 2;
        }
        *tab = '\0';
        const char *region = line[0] != '\0' ? line : NULL;
        verdict(tab + 1, region, 0);
        putchar('\t');
        verdict(tab + 1, region, CHATLINK_PHONE_POSSIBLE_ONLY);
        putchar('\n');
    }
    return ferror(stdin) ? 1 : 0;
}
