/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_CONTRACT_H
#define CHATLINK_CONTRACT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The output rules of chatlink.h, checked on one builder call with given
 * inputs, for the exhaustive buffer test and for the fuzzers.
 */

/* A builder with its inputs bound: calls chatlink_xxx(out, out_size, out_len, ...). */
typedef int (*contract_call)(const void *inputs, char *out, size_t out_size, size_t *out_len);

struct contract_result {
    int status;    /* what the call gives with a buffer that fits */
    size_t length; /* the result's length (0 on error) */
    char *link;    /* on success, a malloc'd copy of the result; else NULL */
};

/*
 * Run the sizing call, then calls with each out_size in heap buffers of
 * exactly out_size bytes between guard bytes: every size from 0 to
 * needed + 1 when the result is at most `every_size_up_to` bytes long, else
 * the edges (0, 1, half, needed - 1, needed, needed + 1, needed + 2). Check
 * every rule:
 * the sizing call and the real call agree; success writes the NUL-terminated
 * result of the announced length; a buffer too small gives
 * CHATLINK_ERR_BUFFER_TOO_SMALL, the needed length and the empty string; any
 * other error empties the output and zeroes the length at every size; no
 * byte outside out[0..out_size) changes, ever.
 *
 * Returns NULL when all hold (and fills *result; free result->link), else a
 * description of the first rule broken (static storage: not thread-safe).
 */
const char *contract_check(contract_call call, const void *inputs, size_t every_size_up_to,
                           struct contract_result *result);

#endif /* CHATLINK_CONTRACT_H */
