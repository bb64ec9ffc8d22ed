/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_FUZZ_COMMON_H
#define CHATLINK_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calls.h"
#include "chatlink.h"
#include "contract.h"

/*
 * What the fuzz targets share: turning the fuzzer's bytes into a call, and
 * the properties every target checks. A broken property prints what broke
 * and aborts, which libFuzzer reports as a crash with the input saved.
 *
 * Input layout: byte 0 picks the flags (its low 5 bits are the five flag
 * bits of chatlink.h; its high bit adds one bit no function takes); the rest
 * is the inputs, separated by NUL bytes, in the order of the function's
 * parameters. A missing input is NULL. Each input gets its own heap block
 * of exactly strlen + 1 bytes, so a read past its NUL is an ASan error.
 * percent_encode takes all the rest, NUL bytes included, as one input.
 */

struct fuzz_input {
    struct call call;
    char *fields[3];
};

void fuzz_input_parse(enum call_kind kind, const uint8_t *data, size_t size, struct fuzz_input *in);
void fuzz_input_free(struct fuzz_input *in);

/* Print the failure and abort(). */
void fuzz_fail(const char *format, ...) __attribute__((noreturn, format(printf, 1, 2)));

/*
 * Run the call through contract_check (every out_size for short results,
 * the edge sizes for long ones) and check the flag rule: a bit the function
 * does not take gives CHATLINK_ERR_BAD_FLAGS, and only such a bit does.
 * Returns the result; free result->link.
 */
struct contract_result fuzz_check_call(const struct fuzz_input *in, bool required_present);

/* Does the link start with prefix? */
bool fuzz_starts_with(const char *link, const char *prefix);

/*
 * The link's query parameter `name`, read back as a browser does
 * (whatwg-reader.c), must be exactly `text`: the same code points when text
 * is valid UTF-8, U+FFFD where a browser's decoder puts them when it is not
 * (only allowed with CHATLINK_REPLACE_INVALID_UTF8). NULL or "" text: the
 * parameter must be absent.
 */
void fuzz_check_param(const char *link, const char *name, const char *text, size_t text_len,
                      unsigned int flags);

/* How many '&'-separated parameters the link's query has (0 without '?'). */
size_t fuzz_param_count(const char *link);

/* True when `s` is well-formed UTF-8 (checked by whatwg-reader.c, not the library). */
bool fuzz_is_utf8(const char *s);

/*
 * A link just built must read back through chatlink_link_parse() with
 * `flags` (only the parser's own bits are passed on) as `channel`, `target`
 * and, where not NULL, `text` and `ref`; and each must be valid UTF-8.
 */
void fuzz_check_parses_back(const char *link, unsigned int flags, int channel, const char *target,
                            const char *text, const char *ref);

#endif /* CHATLINK_FUZZ_COMMON_H */
