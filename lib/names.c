/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "names.h"

#define TELEGRAM_USERNAME_MIN 5
#define TELEGRAM_USERNAME_MAX 32
#define INSTAGRAM_USERNAME_MAX 30
#define LINE_ID_MIN 4
#define LINE_ID_MAX 20
/* Facebook: usernames "must be at least 5 characters long". */
#define FACEBOOK_USERNAME_MIN 5

bool clk_telegram_username_valid(const char *s, size_t n)
{
    if (n < TELEGRAM_USERNAME_MIN || n > TELEGRAM_USERNAME_MAX || !is_ascii_letter((unsigned char)s[0]))
        return false;
    for (size_t i = 1; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_ascii_alnum(c) && c != '_')
            return false;
    }
    return true;
}

/*
 * A phone number has no letters and no "_"; a user name always has a
 * letter. So anything with either is read as a name, and a mistyped name is
 * reported as a bad name, not as a bad number.
 */
bool clk_telegram_is_username(const char *recipient)
{
    if (recipient[0] == '@')
        return true;
    for (size_t i = 0; recipient[i] != '\0'; i++) {
        unsigned char c = (unsigned char)recipient[i];
        if (is_ascii_letter(c) || c == '_')
            return true;
    }
    return false;
}

/*
 * A name of periods only is refused: "." and ".." in a URL path are read by
 * every browser as steps in the path (https://ig.me/m/. becomes /m/), so
 * the link would not name the account. (Found by the Node round trip.)
 */
bool clk_instagram_username_valid(const char *s, size_t n)
{
    bool only_periods = true;
    if (n == 0 || n > INSTAGRAM_USERNAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_ascii_alnum(c) && c != '.' && c != '_')
            return false;
        only_periods = only_periods && c == '.';
    }
    return !only_periods;
}

bool clk_instagram_ref_valid(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_ascii_alnum(c) && c != '-' && c != '_' && c != '=')
            return false;
    }
    return true;
}

bool clk_line_id_valid(const char *s, size_t n)
{
    if (n < LINE_ID_MIN || n > LINE_ID_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool lower_or_digit = (c >= 'a' && c <= 'z') || is_ascii_digit(c);
        if (!lower_or_digit && c != '.' && c != '_' && c != '-')
            return false;
    }
    return true;
}

/*
 * Facebook: "can only contain alphanumeric characters (A-Z, 0-9) and
 * periods", at least 5 long. An all-digit name is read as a page id;
 * Facebook documents no upper bound on a username's length, so none is
 * imposed.
 */
bool clk_facebook_page_valid(const char *s, size_t n)
{
    bool all_digits = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_ascii_digit(c))
            continue;
        all_digits = false;
        if (!is_ascii_letter(c) && c != '.')
            return false;
    }
    if (all_digits) {
        size_t id_len;
        return clk_decimal_id_valid(s, &id_len);
    }
    return n >= FACEBOOK_USERNAME_MIN;
}
