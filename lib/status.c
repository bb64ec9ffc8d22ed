/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "chatlink.h"

/* Written for the people who typed the input: a CMS may show them as they are. */
const char *chatlink_strerror(int status)
{
    switch (status) {
    case CHATLINK_OK:
        return "Success.";
    case CHATLINK_ERR_NULL_ARGUMENT:
        return "A required value is missing.";
    case CHATLINK_ERR_BAD_FLAGS:
        return "An option was given that this kind of link does not support.";
    case CHATLINK_ERR_BUFFER_TOO_SMALL:
        return "The space reserved for the link is too small.";
    case CHATLINK_ERR_INVALID_UTF8:
        return "The text contains bytes that are not valid UTF-8.";
    case CHATLINK_ERR_TOO_LONG:
        return "A value is longer than the platform allows.";
    case CHATLINK_ERR_NO_MEMORY:
        return "There was not enough memory to read the link.";
    case CHATLINK_ERR_LABEL_EMPTY:
        return "The link's label is empty.";
    case CHATLINK_ERR_EMPTY:
        return "There is nothing to link to: give a phone number or a message.";
    case CHATLINK_ERR_PHONE_EMPTY:
        return "The phone number contains no digits.";
    case CHATLINK_ERR_PHONE_CHARACTER:
        return "The phone number contains a character that does not belong in a phone number.";
    case CHATLINK_ERR_PHONE_NO_COUNTRY:
        return "The phone number has no country code: write it in international form, "
               "starting with + and the country code.";
    case CHATLINK_ERR_PHONE_COUNTRY_CODE:
        return "The phone number starts with a country code that does not exist.";
    case CHATLINK_ERR_PHONE_TOO_SHORT:
        return "The phone number is too short for its country.";
    case CHATLINK_ERR_PHONE_TOO_LONG:
        return "The phone number is too long for its country.";
    case CHATLINK_ERR_PHONE_INVALID:
        return "The phone number is not a valid number for its country.";
    case CHATLINK_ERR_REGION:
        return "The region is not a known two-letter country code.";
    case CHATLINK_ERR_RECIPIENT_ID:
        return "The X account must be given by its numeric user id (up to 20 digits), "
               "not by its @handle.";
    case CHATLINK_ERR_USERNAME:
        return "The user or page name is not valid for this platform.";
    case CHATLINK_ERR_REF:
        return "The ref value contains characters the platform does not accept.";
    case CHATLINK_ERR_LINK_SYNTAX:
        return "This is not a web address (URL).";
    case CHATLINK_ERR_LINK_UNKNOWN:
        return "This is not a link to a chat app.";
    case CHATLINK_ERR_LINK_UNSUPPORTED:
        return "This link belongs to a chat app but does not open a conversation with one "
               "person or business (it may be a profile, group or invitation link).";
    case CHATLINK_ERR_LINK_MALFORMED:
        return "The link is damaged: a value is given twice or contains a NUL character.";
    default:
        return "An unknown error occurred while building the link.";
    }
}
