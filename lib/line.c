/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * LINE (developers.line.biz, "Use LINE features with the LINE URL scheme"):
 * https://line.me/R/oaMessage/<LINE ID>/?<text>. The whole query is the
 * text, with no key. LINE asks for the ID's "@" percent-encoded: %40.
 */

#include <string.h>

#include "chatlink.h"
#include "internal-calls.h"
#include "names.h"
#include "output.h"
#include "percent-encode.h"

int chatlink_line(char *out, size_t out_size, size_t *out_len, const char *line_id,
                  const char *text, unsigned int flags)
{
    struct output o;
    int rc = clk_output_begin(&o, out, out_size, out_len, line_id != NULL, flags,
                              CHATLINK_REPLACE_INVALID_UTF8);
    if (rc != CHATLINK_OK)
        return rc;

    const char *id = skip_handle_at(line_id);
    size_t id_len = strlen(id);
    if (!clk_line_id_valid(id, id_len))
        return clk_output_fail(&o, CHATLINK_ERR_USERNAME);

    output_append_literal(&o, "https://line.me/R/oaMessage/%40");
    output_append(&o, id, id_len);
    output_append_literal(&o, "/");
    rc = clk_percent_encode_param(&o, "?", text, flags, CHATLINK_OK);
    if (rc != CHATLINK_OK)
        return clk_output_fail(&o, rc);
    return clk_output_finish(&o);
}
CLK_DEFINE_INTERNAL(chatlink_line);
