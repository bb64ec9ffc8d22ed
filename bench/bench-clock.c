/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#define _POSIX_C_SOURCE 200809L

#include "bench-clock.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

double bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

double bench_best_ns_per_item(void (*pass)(void *), void *arg, size_t items, int rounds,
                              double min_seconds)
{
    double best = -1;

    pass(arg); /* warm caches and lazy initialisation */
    for (int r = 0; r < rounds; r++) {
        size_t passes = 0;
        double start = bench_now_ns(), elapsed;
        do {
            pass(arg);
            passes++;
            elapsed = bench_now_ns() - start;
        } while (elapsed < min_seconds * 1e9);
        double per_item = elapsed / ((double)passes * (double)items);
        if (best < 0 || per_item < best)
            best = per_item;
    }
    return best;
}

const char *bench_cpu_name(char *buf, size_t size)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[256];

    snprintf(buf, size, "unknown");
    if (f == NULL)
        return buf;
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "model name", 10) == 0) {
            const char *colon = strchr(line, ':');
            if (colon != NULL) {
                snprintf(buf, size, "%s", colon + 2);
                buf[strcspn(buf, "\n")] = '\0';
            }
            break;
        }
    }
    fclose(f);
    return buf;
}
