/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "chatlink.h"
#include "internal-calls.h"
#include "output.h"
#include "phone.h"

int chatlink_phone_e164(char *out, size_t out_size, size_t *out_len, const char *phone,
                        const char *region, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, phone != NULL, flags,
                              CHATLINK_PHONE_POSSIBLE_ONLY);
    if (rc != CHATLINK_OK)
        return rc;

    const struct phone_region *where;
    rc = clk_phone_region_find(region, &where);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);

    struct phone_number number;
    rc = clk_phone_parse(phone, where, (flags & CHATLINK_PHONE_POSSIBLE_ONLY) != 0, &number);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);

    output_append_literal(&o, "+");
    output_append(&o, number.digits, number.len);
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_phone_e164);
