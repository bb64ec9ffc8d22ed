/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Instagram Direct (Meta, Instagram Platform, "ig.me links"):
 * https://ig.me/m/<username>?ref=<value>. There is no text parameter.
 */

#include <string.h>

#include "chatlink.h"
#include "internal-calls.h"
#include "names.h"
#include "output.h"
#include "percent-encode.h"

int chatlink_instagram(char *out, size_t out_size, size_t *out_len, const char *username,
                       const char *ref, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, username != NULL, flags, CHATLINK_NO_FLAGS);
    if (rc != CHATLINK_OK)
        return rc;

    const char *name = skip_handle_at(username);
    size_t name_len = strlen(name);
    if (!clk_instagram_username_valid(name, name_len))
        return clk_output_fail(&o, CHATLINK_ERR_USERNAME);

    size_t ref_len = ref != NULL ? strlen(ref) : 0;
    if (ref_len > INSTAGRAM_REF_MAX)
        return clk_output_fail(&o, CHATLINK_ERR_TOO_LONG);
    if (!clk_instagram_ref_valid(ref, ref_len))
        return clk_output_fail(&o, CHATLINK_ERR_REF);

    output_append_literal(&o, "https://ig.me/m/");
    output_append(&o, name, name_len);
    if (ref_len > 0) {
        /*
         * Only "=" of the ref's characters is reserved; it is written %3D like
         * any other. The ref is ASCII without controls (checked above), so the
         * encoder has nothing to refuse.
         */
        output_append_literal(&o, "?ref=");
        (void)clk_percent_encode_append(&o, ref, ref_len, CHATLINK_NO_FLAGS, CHATLINK_ERR_REF);
    }
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_instagram);
