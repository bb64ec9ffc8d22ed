/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "batch.h"

#include "chatlink.h"
#include "records.h"

static void refuse(FILE *err, size_t line, const char *why)
{
    fprintf(err, "chatlink: line %zu: %s\n", line, why);
}

int batch_run(const struct command *cmd, const struct batch_options *opts, FILE *in, FILE *out,
              FILE *err)
{
    struct record_reader reader;
    struct record rec;
    enum record_result got;
    size_t nfields = command_field_count(cmd);
    bool skip = opts->header;
    int result = 0;

    record_reader_init(&reader, in, opts->csv);
    while ((got = record_next(&reader, &rec)) == RECORD_READ) {
        if (skip) {
            skip = false;
            continue;
        }
        if (rec.error != NULL || rec.nfields > nfields || (rec.nfields > 0 && rec.nfields < cmd->required)) {
            /* Every line gets its line of output, so results stay next to their inputs. */
            putc('\n', out);
            refuse(err, rec.line, rec.error         ? rec.error
                                  : rec.nfields > nfields ? "too many fields"
                                                          : "too few fields");
            result = 1;
            continue;
        }
        if (rec.nfields == 0) {
            putc('\n', out);
            continue;
        }

        const char *values[COMMAND_FIELDS_MAX] = { NULL };
        for (size_t i = 0; i < rec.nfields; i++)
            values[i] = rec.fields[i];
        int rc = command_print(cmd, values, opts->flags, out);
        if (rc == CHATLINK_ERR_NO_MEMORY) {
            got = RECORD_NO_MEMORY;
            break;
        }
        if (rc != CHATLINK_OK) {
            putc('\n', out);
            refuse(err, rec.line, chatlink_strerror(rc));
            result = 1;
        }
    }
    record_reader_release(&reader);
    if (got == RECORD_NO_MEMORY) {
        fputs("chatlink: out of memory\n", err);
        return -1;
    }
    return result;
}
