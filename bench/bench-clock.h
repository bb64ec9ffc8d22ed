/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/* Timing for the benchmarks: the best of several runs, in nanoseconds per item. */

#ifndef CHATLINK_BENCH_CLOCK_H
#define CHATLINK_BENCH_CLOCK_H

#include <stddef.h>

/* Nanoseconds of CLOCK_MONOTONIC. */
double bench_now_ns(void);

/*
 * Run `pass` (one pass over `items` items) until at least min_seconds have
 * gone by in each of `rounds` rounds; return the best round's nanoseconds
 * per item. The best, not the mean: other load on the machine only ever
 * adds time.
 */
double bench_best_ns_per_item(void (*pass)(void *), void *arg, size_t items, int rounds,
                              double min_seconds);

/* The CPU's model name from /proc/cpuinfo, or "unknown". */
const char *bench_cpu_name(char *buf, size_t size);

#endif
