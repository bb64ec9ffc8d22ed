/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The libraries people use instead, each behind a C call, for the
 * benchmarks. Each is built in when meson finds it (HAVE_CURL, HAVE_GLIB,
 * HAVE_URIPARSER, HAVE_LIBPHONENUMBER); a missing one is reported.
 */

#ifndef CHATLINK_BENCH_PEERS_H
#define CHATLINK_BENCH_PEERS_H

#include <stddef.h>

/*
 * Percent-encode `s` (n bytes, NUL-terminated) as each library does it, into
 * `out` (room for 3n + 1). Returns the length written.
 */
size_t peer_curl_escape(const char *s, size_t n, char *out);
size_t peer_glib_escape(const char *s, size_t n, char *out);
size_t peer_uriparser_escape(const char *s, size_t n, char *out);

/* What a plugin does for a WhatsApp link without libchatlink: the number
 * through libphonenumber (Parse, IsValidNumber, Format E164), the text
 * through curl_easy_escape, both into snprintf. Returns 1 when valid. */
int peer_whatsapp_link(const char *phone, const char *text, size_t text_len, char *out,
                       size_t size);

const char *peer_curl_version(void);
const char *peer_glib_version(void);
const char *peer_uriparser_version(void);

#endif
