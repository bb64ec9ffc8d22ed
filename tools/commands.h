/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The commands of chatlink(1), one table for the command line and for
 * batch mode: a command takes up to COMMAND_FIELDS_MAX values, from its
 * arguments or from the columns of a batch line.
 */

#ifndef CHATLINK_CLI_COMMANDS_H
#define CHATLINK_CLI_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define COMMAND_FIELDS_MAX 3

struct command {
    const char *name;
    /* The values it takes, in order, as named in --help ("PHONE", "TEXT", ...). */
    const char *fields[COMMAND_FIELDS_MAX];
    size_t required; /* how many of them must be given */
    /* Builds into (out, out_size, out_len) from the values (NULL where not given). */
    int (*build)(char *out, size_t out_size, size_t *out_len, const char *const *values,
                 unsigned int flags);
};

/* The command called `name`, or NULL. */
const struct command *command_find(const char *name);

/* How many values the command takes. */
size_t command_field_count(const struct command *cmd);

/* The index of the field called `field` ("TEXT", "REF", "REGION"), or -1. */
int command_field_index(const struct command *cmd, const char *field);

/*
 * Run the command on `values` and print its result and a newline to `out`.
 * Returns the library's status; on error nothing is printed.
 */
int command_print(const struct command *cmd, const char *const *values, unsigned int flags,
                  FILE *out);

/* True for the one command that is not a builder: it reads a link and prints a TSV record. */
bool command_is_parse(const struct command *cmd);

#endif /* CHATLINK_CLI_COMMANDS_H */
