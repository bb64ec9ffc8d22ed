/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Builds links for roundtrip-node.py. Reads lines
 *     KIND <TAB> FLAGS <TAB> A <TAB> B <TAB> C
 * where KIND is a chatlink(1) command that builds a link (whatsapp, twitter,
 * messenger, telegram, instagram, sms, signal, viber, line), FLAGS a decimal number, and
 * A, B, C the inputs in hex ("-" for NULL); writes "STATUS<TAB>LINK" a line.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* Decode a hex field in place; NULL for "-". */
static char *field(char *hex)
{
    if (strcmp(hex, "-") == 0)
        return NULL;
    size_t n = strlen(hex) / 2;
    for (size_t i = 0; i < n; i++)
        hex[i] = (char)(hex_digit(hex[2 * i]) * 16 + hex_digit(hex[2 * i + 1]));
    hex[n] = '\0';
    return hex;
}

static int build(const char *kind, unsigned int flags, const char *a, const char *b,
                 const char *c, char *out, size_t size, size_t *len)
{
    if (strcmp(kind, "whatsapp") == 0)
        return chatlink_whatsapp(out, size, len, a, b, flags);
    if (strcmp(kind, "twitter") == 0)
        return chatlink_twitter_dm(out, size, len, a, b, flags);
    if (strcmp(kind, "messenger") == 0)
        return chatlink_messenger(out, size, len, a, b, c, flags);
    if (strcmp(kind, "telegram") == 0)
        return chatlink_telegram(out, size, len, a, b, flags);
    if (strcmp(kind, "instagram") == 0)
        return chatlink_instagram(out, size, len, a, b, flags);
    if (strcmp(kind, "sms") == 0)
        return chatlink_sms(out, size, len, a, b, flags);
    if (strcmp(kind, "signal") == 0)
        return chatlink_signal(out, size, len, a, flags);
    if (strcmp(kind, "viber") == 0)
        return chatlink_viber(out, size, len, a, flags);
    if (strcmp(kind, "line") == 0)
        return chatlink_line(out, size, len, a, b, flags);
    return -1;
}

int main(void)
{
    /* Lines hold texts of up to a few hundred thousand bytes, in hex. */
    size_t cap = 1 << 23;
    char *line = malloc(cap);
    if (line == NULL)
        return 1;
    while (fgets(line, (int)cap, stdin) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        char *parts[5] = { line };
        for (int i = 1; i < 5 && parts[i - 1] != NULL; i++) {
            char *tab = strchr(parts[i - 1], '\t');
            if (tab != NULL)
                *tab = '\0';
            parts[i] = tab != NULL ? tab + 1 : NULL;
        }
        if (parts[4] == NULL) {
            fprintf(stderr, "link-builder: a line without 5 fields\n");
            return 2;
        }
        unsigned int flags = (unsigned int)strtoul(parts[1], NULL, 10);
        const char *a = field(parts[2]), *b = field(parts[3]), *c = field(parts[4]);
        size_t need = 0;
        int status = build(parts[0], flags, a, b, c, NULL, 0, &need);
        char *out = status == CHATLINK_OK ? malloc(need + 1) : NULL;
        if (out != NULL)
            status = build(parts[0], flags, a, b, c, out, need + 1, NULL);
        printf("%d\t%s\n", status, status == CHATLINK_OK && out != NULL ? out : "");
        free(out);
    }
    free(line);
    return ferror(stdin) ? 1 : 0;
}
