/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * The rules for user names, ids and refs of each platform, in one place, so
 * that the builders and the link parser can never disagree about them.
 * Where a platform does not document a rule, the choice is marked as ours.
 */

#ifndef CHATLINK_NAMES_H
#define CHATLINK_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "decimal-id.h" /* is_ascii_digit */

static inline bool is_ascii_letter(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline bool is_ascii_alnum(unsigned char c)
{
    return is_ascii_letter(c) || is_ascii_digit(c);
}

/* A name may be written as a handle, "@name"; the "@" is notation, not part of it. */
static inline const char *skip_handle_at(const char *name)
{
    return name[0] == '@' ? name + 1 : name;
}

/*
 * Telegram (core.telegram.org, account.checkUsername): "A-z
 * (case-insensitive), 0-9 and underscores", 5 to 32 characters. Our choice,
 * as Telegram's apps enforce it: the first character is a letter, which is
 * also what tells a user name from a phone number.
 */
bool clk_telegram_username_valid(const char *s, size_t n);

/* True when `recipient` (after any "@") is meant as a Telegram user name, not a number. */
bool clk_telegram_is_username(const char *recipient);

/*
 * Telegram: a draft text that starts with "@" would start an inline query
 * (core.telegram.org/api/links), so the builder puts a space in front. To
 * keep build and parse exact inverses, it does so for any text that starts
 * with spaces and then "@", and the parser takes one space off such a text.
 */
static inline bool clk_telegram_draft_needs_space(const char *text, size_t n)
{
    size_t i = 0;
    while (i < n && text[i] == ' ')
        i++;
    return i < n && text[i] == '@';
}

/* Instagram: at most 30 characters; letters, digits, periods and underscores; not only periods. */
bool clk_instagram_username_valid(const char *s, size_t n);

/* Instagram's ref: "Only alphanumeric characters, and -, _, = are supported", up to 2,083. */
#define INSTAGRAM_REF_MAX 2083
bool clk_instagram_ref_valid(const char *s, size_t n);

/*
 * A LINE Official Account's ID without its "@": basic IDs are "@" and 8
 * characters (e.g. @762eqvlg), premium IDs a chosen name of lower-case
 * letters, digits, ".", "_" and "-". LINE documents no limits: ours are 4
 * to 20 of those characters.
 */
bool clk_line_id_valid(const char *s, size_t n);

/*
 * Facebook page username (at least 5 of A-Z a-z 0-9 .) or numeric page id.
 * Every check here takes a NUL-terminated `s` of length `n`.
 */
bool clk_facebook_page_valid(const char *s, size_t n);

#endif /* CHATLINK_NAMES_H */
