/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "corpus.h"

#include <stdio.h>
#include <string.h>

#include "example-numbers.h"

#define EXAMPLES (sizeof example_numbers / sizeof example_numbers[0])

/*
 * What people put in a "message us" button, in the languages of the
 * regions: plain ASCII, accents, CJK, Cyrillic, Arabic and Hebrew, emoji
 * sequences, newlines and tabs, and the characters links get wrong.
 */
static const char *const messages[] = {
    "Hello! I would like to book a table for 2 tonight.",
    "Hallo, ik wil graag een afspraak maken voor dinsdag.",
    "Bonjour, je voudrais réserver une chambre pour deux nuits, s'il vous plaît.",
    "Guten Tag, ist der Artikel noch verfügbar? Größe 42, Farbe grün.",
    "こんにちは、予約をお願いします。明日の午後7時、2名です。",
    "您好，我想咨询一下价格和送货时间。",
    "Здравствуйте! Хочу заказать доставку на завтра.",
    "مرحبا، أود الاستفسار عن المنتج المعروض.",
    "שלום, אני רוצה לקבוע תור למחר בבוקר.",
    "Fish & chips? 2+2=4 #deal 100% off!",
    "Order #1234:\n- 2x pizza\n- 1x cola\nTotal: €23,50",
    "Hi 👋 Can I get a quote? 🇳🇱🇧🇪 👩‍💻 ✨",
    "¿Hola! ¿Tienen disponibilidad el sábado? ¡Gracias!",
    "Olá, gostaria de saber o preço do frete para São Paulo.",
    "नमस्ते, मुझे अपॉइंटमेंट चाहिए।",
    "Merhaba, siparişim ne zaman gelir? Teşekkürler.",
};

void corpus_build(struct corpus *c)
{
    size_t n_messages = sizeof messages / sizeof messages[0];
    c->count = 0;
    c->text_bytes = 0;
    for (size_t i = 0; i < EXAMPLES && i < CORPUS_MAX; i++) {
        const struct example_number *e = &example_numbers[i];
        size_t k = c->count++;
        /* Typed as people type: groups of digits after the calling code. */
        size_t n = (size_t)snprintf(c->phone[k], sizeof c->phone[k], "+%s", e->calling_code);
        for (size_t d = 0; e->national[d] != '\0' && n + 3 < sizeof c->phone[k]; d++) {
            if (d % 3 == 0)
                c->phone[k][n++] = ' ';
            c->phone[k][n++] = e->national[d];
        }
        c->phone[k][n] = '\0';
        snprintf(c->national[k], sizeof c->national[k], "%s", e->national);
        c->region[k] = e->region;
        c->text[k] = messages[i % n_messages];
        c->text_len[k] = strlen(c->text[k]);
        c->text_bytes += c->text_len[k];
    }
}
