/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/* Google's libphonenumber (C++), behind a C call, for the benchmarks. */

#ifndef CHATLINK_BENCH_PEER_LIBPHONENUMBER_H
#define CHATLINK_BENCH_PEER_LIBPHONENUMBER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * What a program does with libphonenumber to get a validated E.164 number:
 * Parse (region NULL: none), IsValidNumber, Format as E164 into out.
 * Returns 1 when valid, else 0.
 */
int peer_libphonenumber_e164(const char *number, const char *region, char *out, size_t size);

/* The library's version, as its headers state it. */
const char *peer_libphonenumber_version(void);

#ifdef __cplusplus
}
#endif

#endif
