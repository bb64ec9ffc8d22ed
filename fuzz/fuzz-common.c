/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "fuzz-common.h"
#include "whatwg-reader.h"

/* The bit no function takes, added when byte 0's high bit is set. */
#define UNTAKEN_FLAG (1u << 12)

void fuzz_fail(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fputs("fuzz property broken: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    abort();
}

static char *copy_field(const uint8_t *bytes, size_t n)
{
    char *field = malloc(n + 1);
    if (field == NULL)
        fuzz_fail("out of memory");
    if (n > 0)
        memcpy(field, bytes, n);
    field[n] = '\0';
    return field;
}

void fuzz_input_parse(enum call_kind kind, const uint8_t *data, size_t size, struct fuzz_input *in)
{
    memset(in, 0, sizeof *in);
    in->call.kind = kind;
    if (size == 0)
        return;
    in->call.flags = (data[0] & 0x1Fu) | ((data[0] & 0x80u) ? UNTAKEN_FLAG : 0u);
    data++;
    size--;

    if (kind == CALL_PERCENT_ENCODE) {
        in->fields[0] = copy_field(data, size);
        in->call.a = in->fields[0];
        in->call.a_len = size;
        return;
    }
    size_t n = 0;
    while (n < 3 && size > 0) {
        const uint8_t *nul = memchr(data, 0, size);
        size_t len = nul ? (size_t)(nul - data) : size;
        in->fields[n++] = copy_field(data, len);
        data += len + (nul != NULL);
        size -= len + (nul != NULL);
    }
    in->call.a = in->fields[0];
    in->call.b = in->fields[1];
    in->call.c = in->fields[2];
}

void fuzz_input_free(struct fuzz_input *in)
{
    for (size_t i = 0; i < 3; i++)
        free(in->fields[i]);
}

struct contract_result fuzz_check_call(const struct fuzz_input *in, bool required_present)
{
    struct contract_result r;
    /* Short results: every size; long ones: the edges (every size would be quadratic). */
    const char *why = contract_check(call_run, &in->call, 64, &r);
    if (why != NULL)
        fuzz_fail("output rules: %s", why);

    bool bad_flags = (in->call.flags & ~call_flags_taken(in->call.kind)) != 0;
    if (required_present && bad_flags && r.status != CHATLINK_ERR_BAD_FLAGS)
        fuzz_fail("flags 0x%X include a bit not taken, status %d", in->call.flags, r.status);
    if (r.status == CHATLINK_ERR_BAD_FLAGS && !bad_flags)
        fuzz_fail("CHATLINK_ERR_BAD_FLAGS for flags 0x%X, all taken", in->call.flags);
    if (r.status == CHATLINK_ERR_NULL_ARGUMENT && required_present)
        fuzz_fail("CHATLINK_ERR_NULL_ARGUMENT with every required input given");
    if (r.status == CHATLINK_OK && r.link == NULL)
        fuzz_fail("success without a result");
    return r;
}

bool fuzz_starts_with(const char *link, const char *prefix)
{
    return strncmp(link, prefix, strlen(prefix)) == 0;
}

void fuzz_check_param(const char *link, const char *name, const char *text, size_t text_len,
                      unsigned int flags)
{
    size_t link_len = strlen(link);
    uint32_t *got = malloc((link_len + 1) * sizeof *got);
    unsigned char *scratch = malloc(link_len + 1);
    uint32_t *want = malloc((text_len + 1) * sizeof *want);
    if (got == NULL || scratch == NULL || want == NULL)
        fuzz_fail("out of memory");

    long count = whatwg_query_param(link, name, got, scratch);
    if (count == WHATWG_BAD_LINK)
        fuzz_fail("the link has white space, a control, '#' or non-ASCII: %s", link);
    if (text == NULL || text_len == 0) {
        if (count != WHATWG_ABSENT)
            fuzz_fail("'%s' is in the link, though empty: %s", name, link);
    } else {
        size_t errors;
        size_t n = whatwg_utf8_decode((const unsigned char *)text, text_len, want, &errors);
        if (errors != 0 && !(flags & CHATLINK_REPLACE_INVALID_UTF8))
            fuzz_fail("invalid UTF-8 in '%s' accepted without CHATLINK_REPLACE_INVALID_UTF8", name);
        if (count < 0)
            fuzz_fail("'%s' is missing from %s", name, link);
        if ((size_t)count != n || memcmp(got, want, n * sizeof *want) != 0)
            fuzz_fail("'%s' reads back as %ld code points, not the %zu given: %s", name, count, n,
                      link);
    }
    free(got);
    free(scratch);
    free(want);
}

size_t fuzz_param_count(const char *link)
{
    const char *q = strchr(link, '?');
    if (q == NULL)
        return 0;
    size_t n = 1;
    for (const char *p = q + 1; *p; p++)
        n += *p == '&';
    return n;
}

bool fuzz_is_utf8(const char *s)
{
    size_t n = strlen(s), errors;
    uint32_t *cps = malloc((n + 1) * sizeof *cps);
    if (cps == NULL)
        fuzz_fail("out of memory");
    whatwg_utf8_decode((const unsigned char *)s, n, cps, &errors);
    free(cps);
    return errors == 0;
}

void fuzz_check_parses_back(const char *link, unsigned int flags, int channel, const char *target,
                            const char *text, const char *ref)
{
    struct chatlink_link *parsed;
    int rc = chatlink_link_parse(&parsed, link,
                                 flags & (CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8));
    if (rc != CHATLINK_OK)
        fuzz_fail("a link just built does not parse (%s): %s", chatlink_strerror(rc), link);
    if (chatlink_link_channel(parsed) != channel)
        fuzz_fail("read back as channel %d, not %d: %s", chatlink_link_channel(parsed), channel, link);
    if (strcmp(chatlink_link_target(parsed), target) != 0)
        fuzz_fail("target reads back as '%s', not '%s': %s", chatlink_link_target(parsed), target, link);
    if (text != NULL && strcmp(chatlink_link_text(parsed), text) != 0)
        fuzz_fail("text does not read back: %s", link);
    if (ref != NULL && strcmp(chatlink_link_ref(parsed), ref) != 0)
        fuzz_fail("ref does not read back: %s", link);
    if (!fuzz_is_utf8(chatlink_link_target(parsed)) || !fuzz_is_utf8(chatlink_link_text(parsed)) ||
        !fuzz_is_utf8(chatlink_link_ref(parsed)))
        fuzz_fail("the parser gave back invalid UTF-8: %s", link);
    chatlink_link_free(parsed);
}
