/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * libchatlink against the libraries people use instead, in one run, on the
 * same data (corpus.c: every region's example number, typed, with a message
 * in a language of the region):
 *
 *   link      ns per validated WhatsApp link: chatlink_whatsapp() against
 *             libphonenumber (Parse, IsValidNumber, Format E164) +
 *             curl_easy_escape() + snprintf();
 *   encode    percent-encoding throughput, MB/s of input: against
 *             curl_easy_escape(), GLib's g_uri_escape_string() and
 *             uriparser's uriEscapeExA(), with memcpy() as the ceiling;
 *   phone     phone numbers validated per second against libphonenumber;
 *   callgrind instructions per link, counted by valgrind --tool=callgrind
 *             (the same on a busy machine as on an idle one).
 *
 * Every peer's output is compared with libchatlink's before it is timed: a
 * ratio between two programs that do different work would mean nothing.
 *
 * Usage: chatlink-bench [SECONDS_PER_ROUND [SECTION...]]
 *        chatlink-bench --count SUBJECT N   (what callgrind runs)
 */

#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-clock.h"
#include "callgrind.h"
#include "chatlink.h"
#include "corpus.h"
#include "peer-libphonenumber.h"
#include "peers.h"

#define ROUNDS   5
#define UNRESERVED "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
#define LINK_MAX 4096

static struct corpus corpus;
static size_t sink; /* results land here, so no pass can be optimized away */

/* --- The link: chatlink_whatsapp() against libphonenumber + curl + snprintf. --- */

static void links_libchatlink(void *arg)
{
    (void)arg;
    char out[LINK_MAX];
    size_t ok = 0;
    for (size_t i = 0; i < corpus.count; i++)
        ok += chatlink_whatsapp(out, sizeof out, NULL, corpus.phone[i], corpus.text[i], 0) ==
              CHATLINK_OK;
    sink += ok;
}

#if defined(HAVE_LIBPHONENUMBER) && defined(HAVE_CURL)
#define HAVE_LINK_PEER 1
static void links_peer(void *arg)
{
    (void)arg;
    char out[LINK_MAX];
    size_t ok = 0;
    for (size_t i = 0; i < corpus.count; i++)
        ok += (size_t)peer_whatsapp_link(corpus.phone[i], corpus.text[i], corpus.text_len[i], out,
                                         sizeof out);
    sink += ok;
}
#endif

/* Both must build the same links; returns how many pairs both accept. */
static size_t links_compared(size_t *differ)
{
    size_t both = 0;
    *differ = 0;
#ifdef HAVE_LINK_PEER
    char ours[LINK_MAX], theirs[LINK_MAX];
    for (size_t i = 0; i < corpus.count; i++) {
        int a = chatlink_whatsapp(ours, sizeof ours, NULL, corpus.phone[i], corpus.text[i], 0);
        int b = peer_whatsapp_link(corpus.phone[i], corpus.text[i], corpus.text_len[i], theirs,
                                   sizeof theirs);
        if (a == CHATLINK_OK && b) {
            both++;
            *differ += strcmp(ours, theirs) != 0;
        }
    }
#endif
    return both;
}

static double section_link(double seconds)
{
    printf("== validated WhatsApp link, %zu (number, message) pairs, %zu regions\n", corpus.count,
           corpus.count);
    printf("%-46s %10s %12s %8s\n", "", "ns/link", "links/s", "ratio");
    double ours = bench_best_ns_per_item(links_libchatlink, NULL, corpus.count, ROUNDS, seconds);
    printf("%-46s %10.1f %12.0f %8s\n", "libchatlink " CHATLINK_VERSION_STRING, ours, 1e9 / ours,
           "1");
#ifdef HAVE_LINK_PEER
    size_t differ;
    size_t both = links_compared(&differ);
    double peer = bench_best_ns_per_item(links_peer, NULL, corpus.count, ROUNDS, seconds);
    char name[96];
    snprintf(name, sizeof name, "libphonenumber %s + curl %s", peer_libphonenumber_version(),
             peer_curl_version());
    printf("%-46s %10.1f %12.0f %7.0fx\n", name, peer, 1e9 / peer, peer / ours);
    printf("(same link for %zu of the %zu pairs both accept)\n\n", both - differ, both);
    return peer / ours;
#else
    printf("%-46s %s\n\n", "libphonenumber + curl", "not built in (Debian: libphonenumber-dev, "
                                                     "libcurl4-openssl-dev)");
    return 0;
#endif
}

/* --- Percent-encoding throughput. --- */

typedef size_t (*escape_fn)(const char *s, size_t n, char *out);

static escape_fn escape_under_test;

static size_t escape_libchatlink(const char *s, size_t n, char *out)
{
    size_t len = 0;
    chatlink_percent_encode(out, 3 * n + 1, &len, s, n, 0);
    return len;
}

static size_t escape_memcpy(const char *s, size_t n, char *out)
{
    memcpy(out, s, n + 1);
    return n;
}

static void encode_pass(void *arg)
{
    char *out = arg;
    size_t total = 0;
    for (size_t i = 0; i < corpus.count; i++)
        total += escape_under_test(corpus.text[i], corpus.text_len[i], out);
    sink += total;
}

static double encode_mb_per_s(escape_fn fn, double seconds)
{
    static char out[LINK_MAX * 3];
    escape_under_test = fn;
    double ns_per_text = bench_best_ns_per_item(encode_pass, out, corpus.count, ROUNDS, seconds);
    double bytes_per_text = (double)corpus.text_bytes / (double)corpus.count;
    return bytes_per_text / ns_per_text * 1e3; /* bytes per ns = GB/s; *1e3 = MB/s */
}

/* How many texts fn encodes differently from libchatlink. */
static size_t encode_differences(escape_fn fn)
{
    static char ours[LINK_MAX * 3], theirs[LINK_MAX * 3];
    size_t differ = 0;
    for (size_t i = 0; i < corpus.count; i++) {
        escape_libchatlink(corpus.text[i], corpus.text_len[i], ours);
        fn(corpus.text[i], corpus.text_len[i], theirs);
        differ += strcmp(ours, theirs) != 0;
    }
    return differ;
}

static double section_encode(double seconds)
{
    struct {
        const char *name;
        const char *version;
        escape_fn fn;
    } peers[] = {
#ifdef HAVE_CURL
        { "curl_easy_escape", peer_curl_version(), peer_curl_escape },
#endif
#ifdef HAVE_GLIB
        { "GLib g_uri_escape_string", peer_glib_version(), peer_glib_escape },
#endif
#ifdef HAVE_URIPARSER
        { "uriparser uriEscapeExA", peer_uriparser_version(), peer_uriparser_escape },
#endif
        { NULL, NULL, NULL },
    };
    size_t escaped = 0;
    for (size_t i = 0; i < corpus.count; i++) {
        for (size_t k = 0; k < corpus.text_len[i]; k++)
            escaped += strchr(UNRESERVED, corpus.text[i][k]) == NULL;
    }
    printf("== percent-encoding, the %zu messages (%zu bytes, %.0f%% of them to escape)\n",
           corpus.count, corpus.text_bytes, 100.0 * (double)escaped / (double)corpus.text_bytes);
    printf("%-46s %10s %12s %8s\n", "", "MB/s", "", "ours is");
    double ceiling = encode_mb_per_s(escape_memcpy, seconds);
    double ours = encode_mb_per_s(escape_libchatlink, seconds);
    printf("%-46s %10.0f %12s %7.0f%%\n", "memcpy (the ceiling)", ceiling, "", 100 * ours / ceiling);
    printf("%-46s %10.0f %12s %8s\n", "libchatlink " CHATLINK_VERSION_STRING, ours, "", "1");
    double fastest_peer = 0;
    for (size_t p = 0; peers[p].name != NULL; p++) {
        size_t differ = encode_differences(peers[p].fn);
        double mb = encode_mb_per_s(peers[p].fn, seconds);
        char name[96];
        snprintf(name, sizeof name, "%s %s", peers[p].name, peers[p].version);
        printf("%-46s %10.0f %12s %7.1fx%s\n", name, mb, "", ours / mb,
               differ ? "  (output differs!)" : "");
        if (mb > fastest_peer)
            fastest_peer = mb;
    }
#ifndef HAVE_CURL
    printf("%-46s not built in (Debian: libcurl4-openssl-dev)\n", "curl_easy_escape");
#endif
#ifndef HAVE_GLIB
    printf("%-46s not built in (Debian: libglib2.0-dev)\n", "GLib g_uri_escape_string");
#endif
#ifndef HAVE_URIPARSER
    printf("%-46s not built in (Debian: liburiparser-dev)\n", "uriparser uriEscapeExA");
#endif
    printf("\n");
    return fastest_peer > 0 ? ours / fastest_peer : 0;
}

/* --- Phone validation. --- */

static void phones_libchatlink(void *arg)
{
    (void)arg;
    char out[32];
    size_t valid = 0;
    for (size_t i = 0; i < corpus.count; i++) {
        valid += chatlink_phone_e164(out, sizeof out, NULL, corpus.phone[i], NULL, 0) == CHATLINK_OK;
        valid += chatlink_phone_e164(out, sizeof out, NULL, corpus.national[i], corpus.region[i],
                                     0) == CHATLINK_OK;
    }
    sink += valid;
}

#ifdef HAVE_LIBPHONENUMBER
static void phones_libphonenumber(void *arg)
{
    (void)arg;
    char out[32];
    size_t valid = 0;
    for (size_t i = 0; i < corpus.count; i++) {
        valid += (size_t)peer_libphonenumber_e164(corpus.phone[i], NULL, out, sizeof out);
        valid += (size_t)peer_libphonenumber_e164(corpus.national[i], corpus.region[i], out,
                                                  sizeof out);
    }
    sink += valid;
}
#endif

static double section_phone(double seconds)
{
    printf("== phone numbers validated, %zu numbers (international and national form)\n",
           2 * corpus.count);
    printf("%-46s %10s %12s %8s\n", "", "ns/number", "numbers/s", "ratio");
    size_t n = 2 * corpus.count;
    double ours = bench_best_ns_per_item(phones_libchatlink, NULL, n, ROUNDS, seconds);
    printf("%-46s %10.1f %12.0f %8s\n", "libchatlink " CHATLINK_VERSION_STRING, ours, 1e9 / ours,
           "1");
#ifdef HAVE_LIBPHONENUMBER
    double peer = bench_best_ns_per_item(phones_libphonenumber, NULL, n, ROUNDS, seconds);
    char name[64];
    snprintf(name, sizeof name, "libphonenumber %s", peer_libphonenumber_version());
    printf("%-46s %10.1f %12.0f %7.0fx\n\n", name, peer, 1e9 / peer, peer / ours);
    return peer / ours;
#else
    printf("%-46s not built in (Debian: libphonenumber-dev)\n\n", "libphonenumber");
    return 0;
#endif
}

/* --- Instructions, counted by callgrind on this same program. --- */

/* Run `n` links of one subject, untimed: what callgrind counts. */
static int count_mode(const char *subject, long n)
{
    for (long k = 0; k < n; k++) {
        if (strcmp(subject, "libchatlink") == 0)
            links_libchatlink(NULL);
#ifdef HAVE_LINK_PEER
        else if (strcmp(subject, "peer") == 0)
            links_peer(NULL);
#endif
        else
            return 2;
    }
    return sink > 0 ? 0 : 1;
}

static double section_callgrind(const char *self)
{
    printf("== instructions per validated WhatsApp link (valgrind --tool=callgrind)\n");
    double ours = callgrind_instructions_per_item(self, "libchatlink", corpus.count);
    if (ours <= 0) {
        printf("valgrind not found or failed: skipped\n\n");
        return 0;
    }
    printf("%-46s %10.0f\n", "libchatlink " CHATLINK_VERSION_STRING, ours);
#ifdef HAVE_LINK_PEER
    double peer = callgrind_instructions_per_item(self, "peer", corpus.count);
    printf("%-46s %10.0f %20.0fx\n\n", "libphonenumber + curl + snprintf", peer, peer / ours);
    return peer / ours;
#else
    printf("\n");
    return 0;
#endif
}

static int wanted(int argc, char **argv, const char *section)
{
    if (argc <= 2)
        return 1;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], section) == 0)
            return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    corpus_build(&corpus);
    if (argc == 4 && strcmp(argv[1], "--count") == 0)
        return count_mode(argv[2], atol(argv[3]));

    double seconds = argc > 1 ? atof(argv[1]) : 0.3;
    char cpu[128];
    printf("chatlink-bench: best of %d rounds of %.2f s each; machine: %s\n\n", ROUNDS, seconds,
           bench_cpu_name(cpu, sizeof cpu));

    double link = wanted(argc, argv, "link") ? section_link(seconds) : 0;
    double encode = wanted(argc, argv, "encode") ? section_encode(seconds) : 0;
    double phone = wanted(argc, argv, "phone") ? section_phone(seconds) : 0;
    double instructions = wanted(argc, argv, "callgrind") ? section_callgrind(argv[0]) : 0;

    printf("== targets\n");
    if (link > 0)
        printf("validated link vs libphonenumber + curl: %.0fx (target 200x): %s\n", link,
               link >= 200 ? "met" : "NOT met");
    if (instructions > 0)
        printf("instructions per link vs libphonenumber + curl: %.0fx\n", instructions);
    if (encode > 0)
        printf("percent-encoding vs the fastest peer: %.1fx (target 10x): %s\n", encode,
               encode >= 10 ? "met" : "NOT met");
    if (phone > 0)
        printf("phone validation vs libphonenumber: %.0fx\n", phone);
    return 0;
}
