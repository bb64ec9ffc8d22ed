/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdio.h>
#include <string.h>

#include <curl/curl.h>

#include "peer-libphonenumber.h"
#include "peers.h"

/* One handle for the whole run, as a long-lived plugin keeps one. */
static CURL *handle(void)
{
    static CURL *curl;
    if (curl == NULL)
        curl = curl_easy_init();
    return curl;
}

size_t peer_curl_escape(const char *s, size_t n, char *out)
{
    char *escaped = curl_easy_escape(handle(), s, (int)n);
    size_t len = strlen(escaped);
    memcpy(out, escaped, len + 1);
    curl_free(escaped);
    return len;
}

#ifdef HAVE_LIBPHONENUMBER
int peer_whatsapp_link(const char *phone, const char *text, size_t text_len, char *out,
                       size_t size)
{
    char e164[32];
    if (!peer_libphonenumber_e164(phone, NULL, e164, sizeof e164))
        return 0;
    char *escaped = curl_easy_escape(handle(), text, (int)text_len);
    snprintf(out, size, "https://wa.me/%s?text=%s", e164 + 1, escaped);
    curl_free(escaped);
    return 1;
}
#endif

const char *peer_curl_version(void)
{
    return LIBCURL_VERSION;
}
