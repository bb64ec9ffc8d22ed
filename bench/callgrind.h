/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#ifndef CHATLINK_BENCH_CALLGRIND_H
#define CHATLINK_BENCH_CALLGRIND_H

#include <stddef.h>

/*
 * Instructions per item of `subject`, counted by valgrind --tool=callgrind:
 * runs `self --count SUBJECT N` for 1 and for 3 passes of `items_per_pass`
 * items and divides the difference, so that start-up and set-up cancel
 * out. Returns 0 when valgrind is missing or fails.
 */
double callgrind_instructions_per_item(const char *self, const char *subject,
                                       size_t items_per_pass);

#endif
