/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "commands.h"

#include <stdlib.h>
#include <string.h>

#include "chatlink.h"

/* Adapters from the values of a command to the library's functions. */

static int build_whatsapp(char *out, size_t size, size_t *len, const char *const *v,
                          unsigned int flags)
{
    return chatlink_whatsapp(out, size, len, v[0], v[1], flags);
}

static int build_twitter(char *out, size_t size, size_t *len, const char *const *v,
                         unsigned int flags)
{
    return chatlink_twitter_dm(out, size, len, v[0], v[1], flags);
}

static int build_messenger(char *out, size_t size, size_t *len, const char *const *v,
                           unsigned int flags)
{
    return chatlink_messenger(out, size, len, v[0], v[1], v[2], flags);
}

static int build_telegram(char *out, size_t size, size_t *len, const char *const *v,
                          unsigned int flags)
{
    return chatlink_telegram(out, size, len, v[0], v[1], flags);
}

static int build_instagram(char *out, size_t size, size_t *len, const char *const *v,
                           unsigned int flags)
{
    return chatlink_instagram(out, size, len, v[0], v[1], flags);
}

static int build_sms(char *out, size_t size, size_t *len, const char *const *v, unsigned int flags)
{
    return chatlink_sms(out, size, len, v[0], v[1], flags);
}

static int build_signal(char *out, size_t size, size_t *len, const char *const *v,
                        unsigned int flags)
{
    return chatlink_signal(out, size, len, v[0], flags);
}

static int build_viber(char *out, size_t size, size_t *len, const char *const *v,
                       unsigned int flags)
{
    return chatlink_viber(out, size, len, v[0], flags);
}

static int build_line(char *out, size_t size, size_t *len, const char *const *v, unsigned int flags)
{
    return chatlink_line(out, size, len, v[0], v[1], flags);
}

static int build_html(char *out, size_t size, size_t *len, const char *const *v, unsigned int flags)
{
    return chatlink_html_anchor(out, size, len, v[0], v[1], flags);
}

static int build_phone(char *out, size_t size, size_t *len, const char *const *v,
                       unsigned int flags)
{
    return chatlink_phone_e164(out, size, len, v[0], v[1], flags);
}

static int build_encode(char *out, size_t size, size_t *len, const char *const *v,
                        unsigned int flags)
{
    return chatlink_percent_encode(out, size, len, v[0], strlen(v[0]), flags);
}

static const struct command commands[] = {
    { "whatsapp", { "PHONE", "TEXT" }, 1, build_whatsapp },
    { "twitter", { "ID", "TEXT" }, 1, build_twitter },
    { "messenger", { "PAGE", "TEXT", "REF" }, 1, build_messenger },
    { "telegram", { "RECIPIENT", "TEXT" }, 1, build_telegram },
    { "instagram", { "USERNAME", "REF" }, 1, build_instagram },
    { "sms", { "PHONE", "TEXT" }, 1, build_sms },
    { "signal", { "PHONE" }, 1, build_signal },
    { "viber", { "PHONE" }, 1, build_viber },
    { "line", { "ID", "TEXT" }, 1, build_line },
    { "html", { "URL", "LABEL" }, 2, build_html },
    { "phone", { "NUMBER", "REGION" }, 1, build_phone },
    { "encode", { "TEXT" }, 1, build_encode },
    { "parse", { "URL" }, 1, NULL },
};

const struct command *command_find(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    }
    return NULL;
}

size_t command_field_count(const struct command *cmd)
{
    size_t n = 0;
    while (n < COMMAND_FIELDS_MAX && cmd->fields[n] != NULL)
        n++;
    return n;
}

int command_field_index(const struct command *cmd, const char *field)
{
    for (size_t i = 0; i < command_field_count(cmd); i++) {
        if (strcmp(cmd->fields[i], field) == 0)
            return (int)i;
    }
    return -1;
}

bool command_is_parse(const struct command *cmd)
{
    return cmd->build == NULL;
}

/* A value in a TSV record: backslash, tab, LF and CR written \\ \t \n \r. */
static void print_escaped(const char *s, FILE *out)
{
    for (; *s != '\0'; s++) {
        switch (*s) {
        case '\\':
            fputs("\\\\", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        default:
            putc(*s, out);
        }
    }
}

static int print_parsed(const char *url, unsigned int flags, FILE *out)
{
    struct chatlink_link *link;
    int rc = chatlink_link_parse(&link, url, flags);
    if (rc != CHATLINK_OK)
        return rc;
    fprintf(out, "%s\t", chatlink_channel_name(chatlink_link_channel(link)));
    print_escaped(chatlink_link_target(link), out);
    putc('\t', out);
    print_escaped(chatlink_link_text(link), out);
    putc('\t', out);
    print_escaped(chatlink_link_ref(link), out);
    putc('\n', out);
    chatlink_link_free(link);
    return CHATLINK_OK;
}

int command_print(const struct command *cmd, const char *const *values, unsigned int flags,
                  FILE *out)
{
    if (command_is_parse(cmd))
        return print_parsed(values[0], flags, out);

    /* Measure, then build: the library's sizing call. */
    size_t needed = 0;
    int rc = cmd->build(NULL, 0, &needed, values, flags);
    if (rc != CHATLINK_OK)
        return rc;
    char *result = malloc(needed + 1);
    if (result == NULL)
        return CHATLINK_ERR_NO_MEMORY;
    rc = cmd->build(result, needed + 1, NULL, values, flags);
    if (rc == CHATLINK_OK) {
        fputs(result, out);
        putc('\n', out);
    }
    free(result);
    return rc;
}
