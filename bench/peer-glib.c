/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "peers.h"

size_t peer_glib_escape(const char *s, size_t n, char *out)
{
    (void)n; /* GLib takes a NUL-terminated string */
    /* No reserved characters allowed through, no raw UTF-8: the same set as ours. */
    char *escaped = g_uri_escape_string(s, NULL, FALSE);
    size_t len = strlen(escaped);
    memcpy(out, escaped, len + 1);
    g_free(escaped);
    return len;
}

const char *peer_glib_version(void)
{
    static char version[32];
    snprintf(version, sizeof version, "%u.%u.%u", glib_major_version, glib_minor_version,
             glib_micro_version);
    return version;
}
