/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_CLI_BATCH_H
#define CHATLINK_CLI_BATCH_H

#include <stdbool.h>
#include <stdio.h>

#include "commands.h"

struct batch_options {
    bool csv;
    bool header; /* the first record names the columns: skip it */
    unsigned int flags;
};

/*
 * Run `cmd` on every record of `in`: one result line on `out` for each
 * record, in order. A record the library refuses, or that cannot be read,
 * gets an empty line and, on `err`, its line number and the reason; a blank
 * line gets an empty line. Returns 0 when every record gave a result, 1
 * when some did not, and -1 when memory ran out (reading stops).
 */
int batch_run(const struct command *cmd, const struct batch_options *opts, FILE *in, FILE *out,
              FILE *err);

#endif /* CHATLINK_CLI_BATCH_H */
