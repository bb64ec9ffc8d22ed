/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "contract.h"

#define GUARD      32
#define GUARD_BYTE 0xA5
#define POISON     0x5A /* what out[] holds before a call */

static char problem[512];

static const char *broken(const char *what, size_t out_size, int status)
{
    snprintf(problem, sizeof problem, "out_size %zu, status %d: %s", out_size, status, what);
    return problem;
}

/* One call with out_size bytes of buffer; *len_out and the status it gave. */
static const char *one_call(contract_call call, const void *inputs, size_t out_size,
                            const struct contract_result *expected, char *copy)
{
    unsigned char *mem = malloc(out_size + 2 * GUARD);
    if (mem == NULL)
        return "out of memory";
    memset(mem, GUARD_BYTE, GUARD);
    memset(mem + GUARD, POISON, out_size);
    memset(mem + GUARD + out_size, GUARD_BYTE, GUARD);
    char *out = (char *)mem + GUARD;
    size_t len = (size_t)-1;
    int status = call(inputs, out, out_size, &len);
    const char *why = NULL;

    for (size_t g = 0; g < GUARD && why == NULL; g++) {
        if (mem[g] != GUARD_BYTE)
            why = broken("a byte before out[0] was written", out_size, status);
        if (mem[GUARD + out_size + g] != GUARD_BYTE)
            why = broken("a byte at or past out[out_size] was written", out_size, status);
    }
    if (why == NULL && expected->status != CHATLINK_OK) {
        /* An error is the same error at every size, with the output emptied. */
        if (status != expected->status)
            why = broken("a different status than the sizing call's", out_size, status);
        else if (len != 0)
            why = broken("an error with *out_len not 0", out_size, status);
        else if (out_size > 0 && out[0] != '\0')
            why = broken("an error that left output", out_size, status);
    } else if (why == NULL && out_size > expected->length) {
        if (status != CHATLINK_OK)
            why = broken("failed with a buffer that fits the announced length", out_size, status);
        else if (len != expected->length)
            why = broken("*out_len differs from the sizing call's", out_size, status);
        else if (memchr(out, '\0', out_size) != out + len)
            why = broken("the result's NUL is not at out[*out_len]", out_size, status);
        else if (copy != NULL)
            memcpy(copy, out, len + 1);
    } else if (why == NULL) {
        if (status != CHATLINK_ERR_BUFFER_TOO_SMALL)
            why = broken("a buffer too small did not give CHATLINK_ERR_BUFFER_TOO_SMALL", out_size,
                         status);
        else if (len != expected->length)
            why = broken("too small, but *out_len is not the needed length", out_size, status);
        else if (out_size > 0 && out[0] != '\0')
            why = broken("too small, but out[0] is not NUL (a partial result)", out_size, status);
    }
    free(mem);
    return why;
}

const char *contract_check(contract_call call, const void *inputs, size_t every_size_up_to,
                           struct contract_result *result)
{
    result->link = NULL;
    size_t len = (size_t)-1;
    result->status = call(inputs, NULL, 0, &len);
    if (result->status != CHATLINK_OK && len != 0)
        return broken("a sizing call that fails must set *out_len to 0", 0, result->status);
    if (result->status == CHATLINK_ERR_BUFFER_TOO_SMALL)
        return broken("a sizing call gave CHATLINK_ERR_BUFFER_TOO_SMALL", 0, result->status);
    result->length = result->status == CHATLINK_OK ? len : 0;
    if (result->length == (size_t)-1)
        return broken("the sizing call did not set *out_len", 0, result->status);

    /* With NULL out_len too, the call must give the same status. */
    if (call(inputs, NULL, 0, NULL) != result->status)
        return broken("the sizing call's status depends on out_len being NULL", 0, result->status);

    size_t need = result->length;
    char *copy = result->status == CHATLINK_OK ? malloc(need + 1) : NULL;
    if (result->status == CHATLINK_OK && copy == NULL)
        return "out of memory";
    const char *why = NULL;
    if (need <= every_size_up_to) {
        for (size_t size = 0; size <= need + 1 && why == NULL; size++)
            why = one_call(call, inputs, size, result, size == need + 1 ? copy : NULL);
    } else {
        const size_t edge[] = { 0, 1, need / 2, need > 0 ? need - 1 : 0, need, need + 2, need + 1 };
        for (size_t i = 0; i < sizeof edge / sizeof edge[0] && why == NULL; i++)
            why = one_call(call, inputs, edge[i], result, edge[i] == need + 1 ? copy : NULL);
    }
    if (why != NULL) {
        free(copy);
        return why;
    }
    result->link = copy;
    return NULL;
}
