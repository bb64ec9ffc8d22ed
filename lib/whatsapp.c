/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * WhatsApp click to chat (https://faq.whatsapp.com/5913398998672934):
 * https://wa.me/<number>?text=<value>, where <number> is the full
 * international number, digits only, no "+", "00", brackets or dashes.
 * https://api.whatsapp.com/send?phone=<number>&text=<value> is the older
 * form, still served. With no number, WhatsApp offers a contact picker.
 */

#include "chatlink.h"
#include "internal-calls.h"
#include "output.h"
#include "percent-encode.h"
#include "phone.h"

#define WHATSAPP_FLAGS                                                                             \
    (CHATLINK_WHATSAPP_API_HOST | CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8)

int chatlink_whatsapp(char *out, size_t out_size, size_t *out_len, const char *phone,
                      const char *text, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, true, flags, WHATSAPP_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    bool has_phone = phone != NULL && phone[0] != '\0';
    bool has_text = text != NULL && text[0] != '\0';
    if (!has_phone && !has_text)
        return clk_output_fail(&o, CHATLINK_ERR_EMPTY);

    struct phone_number number = { .len = 0 };
    if (has_phone) {
        rc = clk_phone_parse(phone, NULL, (flags & CHATLINK_PHONE_POSSIBLE_ONLY) != 0, &number);
        if (rc != CHATLINK_OK)
            return clk_output_fail(&o, rc);
    }

    const char *text_param;
    if (flags & CHATLINK_WHATSAPP_API_HOST) {
        output_append_literal(&o, "https://api.whatsapp.com/send");
        if (has_phone) {
            output_append_literal(&o, "?phone=");
            output_append(&o, number.digits, number.len);
        }
        text_param = has_phone ? "&text=" : "?text=";
    } else {
        output_append_literal(&o, "https://wa.me/");
        output_append(&o, number.digits, number.len);
        text_param = "?text=";
    }

    rc = clk_percent_encode_param(&o, text_param, text, flags, CHATLINK_OK);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_whatsapp);
