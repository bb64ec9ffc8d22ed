/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#define _POSIX_C_SOURCE 200809L

#include "callgrind.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Total instructions (Ir) of `self --count subject passes` under callgrind; 0 on failure. */
static double instructions(const char *self, const char *subject, int passes)
{
    char out_file[] = "/tmp/chatlink-bench-callgrind-XXXXXX";
    int fd = mkstemp(out_file);
    if (fd < 0)
        return 0;
    close(fd);

    char out_arg[64], passes_arg[16];
    snprintf(out_arg, sizeof out_arg, "--callgrind-out-file=%s", out_file);
    snprintf(passes_arg, sizeof passes_arg, "%d", passes);
    char *argv[] = { "valgrind", "--tool=callgrind", "--quiet", out_arg, (char *)self, "--count",
                     (char *)subject, passes_arg, NULL };

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", 1 /* O_WRONLY */, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", 1 /* O_WRONLY */, 0);
    pid_t pid;
    int status = -1;
    if (posix_spawnp(&pid, "valgrind", &actions, NULL, argv, environ) == 0)
        waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);

    double total = 0;
    FILE *f = fopen(out_file, "r");
    if (f != NULL) {
        char line[256];
        while (fgets(line, sizeof line, f) != NULL) {
            if (strncmp(line, "summary:", 8) == 0 || strncmp(line, "totals:", 7) == 0)
                total = atof(strchr(line, ':') + 1);
        }
        fclose(f);
    }
    remove(out_file);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? total : 0;
}

double callgrind_instructions_per_item(const char *self, const char *subject,
                                       size_t items_per_pass)
{
    double one = instructions(self, subject, 1);
    double three = instructions(self, subject, 3);
    if (one <= 0 || three <= one)
        return 0;
    return (three - one) / (2.0 * (double)items_per_pass);
}
