/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "chatlink.h"

/* The names are those of the chatlink(1) commands, so scripts can use one for the other. */
const char *chatlink_channel_name(int channel)
{
    switch (channel) {
    case CHATLINK_CHANNEL_WHATSAPP:
        return "whatsapp";
    case CHATLINK_CHANNEL_TWITTER_DM:
        return "twitter";
    case CHATLINK_CHANNEL_MESSENGER:
        return "messenger";
    case CHATLINK_CHANNEL_TELEGRAM:
        return "telegram";
    case CHATLINK_CHANNEL_INSTAGRAM:
        return "instagram";
    case CHATLINK_CHANNEL_SMS:
        return "sms";
    case CHATLINK_CHANNEL_SIGNAL:
        return "signal";
    case CHATLINK_CHANNEL_VIBER:
        return "viber";
    case CHATLINK_CHANNEL_LINE:
        return "line";
    default:
        return NULL;
    }
}
