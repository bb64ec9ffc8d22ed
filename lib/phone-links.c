/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Links whose recipient is a phone number in E.164 form: SMS (RFC 5724),
 * Signal and Viber. The number is read and checked as for WhatsApp.
 */

#include "chatlink.h"
#include "internal-calls.h"
#include "output.h"
#include "percent-encode.h"
#include "phone.h"

#define PHONE_LINK_FLAGS CHATLINK_PHONE_POSSIBLE_ONLY

/*
 * Begin a link to `phone`: check the arguments, read the number, and write
 * `prefix` and the number's digits. Returns CHATLINK_OK or the failed
 * call's status (the output already emptied).
 */
static int begin_phone_link(struct output *o, char *out, size_t out_size, size_t *out_len,
                            const char *phone, unsigned int flags, unsigned int flags_taken,
                            const char *prefix, size_t prefix_len)
{
    int rc = clk_output_begin(o, out, out_size, out_len, phone != NULL, flags, flags_taken);
    if (rc != CHATLINK_OK)
        return rc;

    struct phone_number number;
    rc = clk_phone_parse(phone, NULL, (flags & CHATLINK_PHONE_POSSIBLE_ONLY) != 0, &number);
    if (rc != CHATLINK_OK)
        return clk_output_fail(o, rc);
    output_append(o, prefix, prefix_len);
    output_append(o, number.digits, number.len);
    return CHATLINK_OK;
}

#define BEGIN_PHONE_LINK(o, phone, flags, taken, prefix)                                           \
    begin_phone_link((o), out, out_size, out_len, (phone), (flags), (taken), (prefix),             \
                     sizeof(prefix) - 1)

/* RFC 5724: sms:<global-number>?body=<value>, the value unreserved or %XX. */
int chatlink_sms(char *out, size_t out_size, size_t *out_len, const char *phone, const char *body,
                 unsigned int flags)
{
    struct output o;
    int rc = BEGIN_PHONE_LINK(&o, phone, flags, PHONE_LINK_FLAGS | CHATLINK_REPLACE_INVALID_UTF8,
                              "sms:+");
    if (rc != CHATLINK_OK)
        return rc;
    rc = clk_percent_encode_param(&o, "?body=", body, flags, CHATLINK_OK);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    return clk_output_finish(&o);
}

/* Signal: https://signal.me/#p/+<E.164> (common practice; Signal documents no link). */
int chatlink_signal(char *out, size_t out_size, size_t *out_len, const char *phone,
                    unsigned int flags)
{
    struct output o;
    int rc = BEGIN_PHONE_LINK(&o, phone, flags, PHONE_LINK_FLAGS, "https://signal.me/#p/+");
    if (rc != CHATLINK_OK)
        return rc;
    return clk_output_finish(&o);
}

/* Viber: viber://chat?number=%2B<E.164> (common practice, undocumented). */
int chatlink_viber(char *out, size_t out_size, size_t *out_len, const char *phone,
                   unsigned int flags)
{
    struct output o;
    int rc = BEGIN_PHONE_LINK(&o, phone, flags, PHONE_LINK_FLAGS, "viber://chat?number=%2B");
    if (rc != CHATLINK_OK)
        return rc;
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_sms);
CLK_DEFINE_INTERNAL(chatlink_signal);
CLK_DEFINE_INTERNAL(chatlink_viber);
