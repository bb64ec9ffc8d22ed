/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "records.h"

#include <stdlib.h>

void record_reader_init(struct record_reader *r, FILE *in, bool csv)
{
    *r = (struct record_reader){ .in = in, .csv = csv };
}

void record_reader_release(struct record_reader *r)
{
    free(r->buf);
    r->buf = NULL;
    r->cap = 0;
}

static bool put(struct record_reader *r, size_t *len, char c)
{
    if (*len == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 256;
        char *bigger = realloc(r->buf, cap);
        if (bigger == NULL)
            return false;
        r->buf = bigger;
        r->cap = cap;
    }
    r->buf[(*len)++] = c;
    return true;
}

/* Skip to the end of the line, after a record that cannot be read. */
static void skip_line(struct record_reader *r, int c)
{
    while (c != EOF && c != '\n')
        c = getc(r->in);
    if (c == '\n')
        r->line++;
}

enum record_result record_next(struct record_reader *r, struct record *rec)
{
    size_t len = 0;
    size_t starts[RECORD_FIELDS_MAX];
    bool quoted = false;     /* inside a quoted CSV field */
    bool after_quote = false; /* a quoted CSV field has just ended */
    char separator = r->csv ? ',' : '\t';
    int c = getc(r->in);

    if (c == EOF)
        return RECORD_END;
    *rec = (struct record){ .line = r->line + 1, .nfields = 1 };
    starts[0] = 0;

    for (;; c = getc(r->in)) {
        if (c == EOF && quoted) {
            rec->error = "a quoted field is not closed before the end of the input";
            break;
        }
        if (c == EOF || (c == '\n' && !quoted)) {
            r->line++;
            break;
        }
        if (c == '\0') {
            rec->error = "the line contains a NUL byte";
            skip_line(r, c);
            break;
        }
        if (r->csv && c == '"') {
            if (quoted) {
                int next = getc(r->in);
                if (next == '"') {
                    if (!put(r, &len, '"'))
                        return RECORD_NO_MEMORY;
                    continue;
                }
                ungetc(next, r->in);
                quoted = false;
                after_quote = true;
                continue;
            }
            if (len == starts[rec->nfields - 1] && !after_quote) {
                quoted = true;
                continue;
            }
            rec->error = "a quote in the middle of an unquoted field";
            skip_line(r, c);
            break;
        }
        if (c == '\n') /* inside quotes */
            r->line++;
        if (c == separator && !quoted) {
            if (rec->nfields == RECORD_FIELDS_MAX) {
                rec->error = "too many fields";
                skip_line(r, c);
                break;
            }
            if (!put(r, &len, '\0'))
                return RECORD_NO_MEMORY;
            starts[rec->nfields++] = len;
            after_quote = false;
            continue;
        }
        if (after_quote && c != '\r') {
            rec->error = "text after the closing quote of a field";
            skip_line(r, c);
            break;
        }
        if (!put(r, &len, (char)c))
            return RECORD_NO_MEMORY;
    }

    /* A CR before the end of the line belongs to the line break, not the field. */
    if (len > starts[rec->nfields - 1] && r->buf[len - 1] == '\r')
        len--;
    if (!put(r, &len, '\0'))
        return RECORD_NO_MEMORY;
    for (size_t i = 0; i < rec->nfields; i++)
        rec->fields[i] = r->buf + starts[i];
    /* A blank line is a record of no fields. */
    if (rec->nfields == 1 && rec->fields[0][0] == '\0' && rec->error == NULL)
        rec->nfields = 0;
    return RECORD_READ;
}
