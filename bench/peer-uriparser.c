/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <uriparser/Uri.h>

#include "peers.h"

size_t peer_uriparser_escape(const char *s, size_t n, char *out)
{
    /* Space as %20 (not '+'), line breaks as they are. */
    char *end = uriEscapeExA(s, s + n, out, URI_FALSE, URI_FALSE);
    return (size_t)(end - out);
}

const char *peer_uriparser_version(void)
{
    return URI_VER_ANSI;
}
