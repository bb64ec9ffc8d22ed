/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Reading records from TSV or CSV, one contact a record.
 *
 * TSV: fields separated by tabs, a record per line, taken literally (no
 * escapes, so a field cannot hold a tab or a line break; use CSV for that).
 * CSV (RFC 4180): fields separated by commas; a field in double quotes may
 * hold commas, line breaks and "" for a quote. Both: a CR before the LF
 * that ends a line is dropped (files written on Windows).
 */

#ifndef CHATLINK_CLI_RECORDS_H
#define CHATLINK_CLI_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define RECORD_FIELDS_MAX 8

struct record_reader {
    FILE *in;
    bool csv;
    size_t line;   /* lines read so far */
    char *buf;     /* the fields of the current record, each NUL-terminated */
    size_t cap;
};

struct record {
    size_t line;   /* the line the record starts on, from 1 */
    size_t nfields;
    const char *fields[RECORD_FIELDS_MAX];
    const char *error; /* why the record cannot be read, or NULL */
};

enum record_result { RECORD_END, RECORD_READ, RECORD_NO_MEMORY };

void record_reader_init(struct record_reader *r, FILE *in, bool csv);
void record_reader_release(struct record_reader *r);

/*
 * Read the next record. A record that cannot be read (too many fields, a
 * NUL byte, a stray quote) is RECORD_READ with `error` set; the reader has
 * gone on to the end of it, so the caller can report it and carry on.
 */
enum record_result record_next(struct record_reader *r, struct record *rec);

#endif /* CHATLINK_CLI_RECORDS_H */
