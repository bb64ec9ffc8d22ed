/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * A transcript of libchatlink's answers, under the locale the environment
 * names: compare-locales.sh runs it under C, tr_TR.UTF-8 and fr_FR.UTF-8 and
 * requires identical output.
 *
 * The inputs are the ones a locale-dependent implementation would get wrong:
 * Turkish dotted and dotless i (toupper('i') is 'İ' in tr_TR, so a region
 * "tr" or a name "sa.ysimple" would fold differently), upper and lower case
 * everywhere case is folded, the French thousands separators (U+202F, U+00A0)
 * in numbers, decimal commas, and every region's example number in its
 * national and international forms.
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "example-numbers.h"

static void show(const char *what, int status, const char *out)
{
    printf("%s\t%d\t%s\n", what, status, status == CHATLINK_OK ? out : chatlink_strerror(status));
}

int main(void)
{
    /* Adopt the environment's locale, as a host program (PHP, Python) does. */
    const char *wanted = getenv("LC_ALL");
    const char *got = setlocale(LC_ALL, "");
    if (got == NULL || (wanted != NULL && strcmp(got, wanted) != 0)) {
        fprintf(stderr, "transcript: locale %s is not available\n", wanted ? wanted : "(none)");
        return 77;
    }

    static const char *const regions[] = { "tr", "TR", "Tr", "nl", "NL", "fi", "FI", "ie", "IE",
                                           "\xC4\xB0T" /* İT */, "\xC4\xB1t" /* ıt */ };
    static const char *const numbers[] = {
        "0532 123 45 67", "+90 532 123 45 67", "0090 532 123 4567",
        "06\xE2\x80\xAF" "12\xE2\x80\xAF" "34\xE2\x80\xAF" "56\xE2\x80\xAF" "78", /* U+202F */
        "+33\xC2\xA0" "6\xC2\xA0" "12\xC2\xA0" "34\xC2\xA0" "56\xC2\xA0" "78",     /* U+00A0 */
        "+33 6 12 34 56 78,5", "+31 6 1234 567i", "+31 6 1234 567I", "+31 6 1234 567\xC4\xB1",
    };
    static const char *const pages[] = { "saysimple.haarlem", "SAYSIMPLE.HAARLEM", "Istanbul.cafe",
                                         "istanbul.cafe", "\xC4\xB0stanbul.cafe", "\xC4\xB1stanbul" };
    static const char *const texts[] = { "I i \xC4\xB0 \xC4\xB1 \xC5\x9E \xC3\x87", "1,5 \xE2\x82\xAC",
                                         "\xC2\xAB Bonjour \xC2\xBB", "caf\xC3\xA9 & cr\xC3\xA8me",
                                         "TAB\tNL\nCR\r" };
    char out[1024];
    char what[256];

    for (size_t r = 0; r < sizeof regions / sizeof regions[0]; r++) {
        for (size_t n = 0; n < sizeof numbers / sizeof numbers[0]; n++) {
            snprintf(what, sizeof what, "phone %s %s", regions[r], numbers[n]);
            show(what, chatlink_phone_e164(out, sizeof out, NULL, numbers[n], regions[r], 0), out);
        }
    }
    for (size_t n = 0; n < sizeof numbers / sizeof numbers[0]; n++) {
        for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
            snprintf(what, sizeof what, "whatsapp %s / %s", numbers[n], texts[t]);
            show(what, chatlink_whatsapp(out, sizeof out, NULL, numbers[n], texts[t], 0), out);
        }
    }
    for (size_t p = 0; p < sizeof pages / sizeof pages[0]; p++) {
        snprintf(what, sizeof what, "messenger %s", pages[p]);
        show(what, chatlink_messenger(out, sizeof out, NULL, pages[p], texts[0], "I=\xC4\xB1", 0), out);
    }
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        snprintf(what, sizeof what, "twitter %s", texts[t]);
        show(what, chatlink_twitter_dm(out, sizeof out, NULL, "3805104374", texts[t], 0), out);
        snprintf(what, sizeof what, "encode %s", texts[t]);
        show(what, chatlink_percent_encode(out, sizeof out, NULL, texts[t], strlen(texts[t]), 0), out);
    }
    for (size_t i = 0; i < sizeof example_numbers / sizeof example_numbers[0]; i++) {
        const struct example_number *e = &example_numbers[i];
        char lower[3] = { (char)(e->region[0] | 0x20), (char)(e->region[1] | 0x20), '\0' };
        char international[64];
        snprintf(international, sizeof international, "+%s %s", e->calling_code, e->national);
        snprintf(what, sizeof what, "example %s %s", lower, e->national);
        show(what, chatlink_phone_e164(out, sizeof out, NULL, e->national, lower, 0), out);
        snprintf(what, sizeof what, "example %s", international);
        show(what, chatlink_whatsapp(out, sizeof out, NULL, international, "I\xC4\xB1", 0), out);
    }
    /* 1.1: names and hosts with I/i (Turkish case folding must not touch them), HTML, parsing. */
    static const char *const names[] = { "Istanbul_Kebab", "ISTANBUL", "istanbul.cafe", "@Iiii",
                                         "\xC4\xB0stanbul" };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        snprintf(what, sizeof what, "telegram %s", names[k]);
        show(what, chatlink_telegram(out, sizeof out, NULL, names[k], texts[0], 0), out);
        snprintf(what, sizeof what, "instagram %s", names[k]);
        show(what, chatlink_instagram(out, sizeof out, NULL, names[k], "I=i", 0), out);
        snprintf(what, sizeof what, "line %s", names[k]);
        show(what, chatlink_line(out, sizeof out, NULL, names[k], texts[0], 0), out);
        snprintf(what, sizeof what, "html %s", names[k]);
        show(what, chatlink_html_anchor(out, sizeof out, NULL, "HTTPS://WA.ME/", names[k], 0), out);
    }
    static const char *const links[] = {
        "HTTPS://WWW.M.ME/Istanbul.cafe?TEXT=I", "https://wa.me/90?text=\xC4\xB1",
        "HTTP://T.ME/Istanbul_Kebab?text=%C4%B0", "SMS:+905321234567?BODY=I&body=i",
        "https://LINE.ME/R/OAMESSAGE/%40istanbul/?I", "https://IG.ME/M/ISTANBUL?REF=I",
        "VIBER://CHAT?number=%2B905321234567", "https://SIGNAL.ME/#p/+905321234567",
    };
    for (size_t k = 0; k < sizeof links / sizeof links[0]; k++) {
        struct chatlink_link *link;
        int status = chatlink_link_parse(&link, links[k], 0);
        snprintf(out, sizeof out, "%s %s %s %s", chatlink_channel_name(chatlink_link_channel(link)),
                 chatlink_link_target(link), chatlink_link_text(link), chatlink_link_ref(link));
        snprintf(what, sizeof what, "parse %s", links[k]);
        show(what, status, out);
        chatlink_link_free(link);
    }
    for (int status = -1; status <= 35; status++)
        printf("strerror %d\t%s\n", status, chatlink_strerror(status));
    return ferror(stdout) ? 1 : 0;
}
