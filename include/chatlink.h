/*
 * libchatlink: correct "chat with us" links.
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/**
 * @file chatlink.h
 * @brief The whole public API of libchatlink.
 *
 * Every function here is pure: it does not allocate, keeps no global or
 * static mutable state, never reads the locale and never changes `errno`.
 * All functions are thread-safe, reentrant and async-signal-safe.
 *
 * ## Output rules
 *
 * Every function that writes a string takes `(char *out, size_t out_size,
 * size_t *out_len)` first and follows the same rules:
 *
 * 1. Success: `out` holds the NUL-terminated result, `*out_len` (when
 *    `out_len` is not NULL) its length without the NUL; the function returns
 *    #CHATLINK_OK.
 * 2. Sizing call: with `out == NULL && out_size == 0` the inputs are
 *    validated, nothing is written, and `*out_len` is set to the length the
 *    result needs. A buffer of `*out_len + 1` bytes then always suffices.
 * 3. Buffer too small: #CHATLINK_ERR_BUFFER_TOO_SMALL, `*out_len` is the
 *    length needed, and `out` holds the empty string (when `out_size > 0`).
 * 4. Any other error: `out` holds the empty string (when `out_size > 0`) and
 *    `*out_len` is 0. A partial link is never handed back, and no byte is
 *    ever written at or beyond `out[out_size]`.
 * 5. `out == NULL` with `out_size > 0`, or a required input that is NULL:
 *    #CHATLINK_ERR_NULL_ARGUMENT. A flag bit the function does not take:
 *    #CHATLINK_ERR_BAD_FLAGS.
 *
 * Text inputs are NUL-terminated UTF-8 unless a length is passed.
 *
 * This header is usable from C89 and C++ and includes only `<stddef.h>`.
 */

#ifndef CHATLINK_H
#define CHATLINK_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup version Version
 * The version of this header, and of the library loaded at run time.
 *
 * Compare #CHATLINK_VERSION_NUMBER (what you compiled against) with
 * chatlink_version_number() (what was loaded) to detect a mismatch.
 * @{
 */

/** Major version: changes only with an incompatible ABI (never, we hope). @since 1.0 */
#define CHATLINK_VERSION_MAJOR 1
/** Minor version: new functions or flags, nothing removed. @since 1.0 */
#define CHATLINK_VERSION_MINOR 1
/** Micro version: fixes only. @since 1.0 */
#define CHATLINK_VERSION_MICRO 0

/** The version as one number, `major * 10000 + minor * 100 + micro`. @since 1.0 */
#define CHATLINK_VERSION_NUMBER \
    (CHATLINK_VERSION_MAJOR * 10000 + CHATLINK_VERSION_MINOR * 100 + CHATLINK_VERSION_MICRO)

/** @cond INTERNAL */
#define CHATLINK_QUOTE_(x) #x
#define CHATLINK_EXPAND_AND_QUOTE_(x) CHATLINK_QUOTE_(x)
/** @endcond */

/** The version as a string, e.g. `"1.1.0"`. @since 1.0 */
#define CHATLINK_VERSION_STRING                                                 \
    CHATLINK_EXPAND_AND_QUOTE_(CHATLINK_VERSION_MAJOR) "."                      \
    CHATLINK_EXPAND_AND_QUOTE_(CHATLINK_VERSION_MINOR) "."                      \
    CHATLINK_EXPAND_AND_QUOTE_(CHATLINK_VERSION_MICRO)

/** @} */

/** @cond INTERNAL */
#if defined(__GNUC__) && __GNUC__ >= 4
#define CHATLINK_EXPORT __attribute__((visibility("default")))
#else
#define CHATLINK_EXPORT
#endif
/** @endcond */

/**
 * @defgroup status Status codes
 * What every building or checking function returns.
 *
 * The numbers are part of the ABI and never change; new codes get new
 * numbers. chatlink_strerror() turns each into a sentence for end users.
 * @{
 */

/** The result of a libchatlink call. @since 1.0 */
enum chatlink_status {
    /** Success. @since 1.0 */
    CHATLINK_OK = 0,
    /** A required pointer is NULL (or `out` is NULL with `out_size > 0`). @since 1.0 */
    CHATLINK_ERR_NULL_ARGUMENT = 1,
    /** A flag bit that this function does not take. @since 1.0 */
    CHATLINK_ERR_BAD_FLAGS = 2,
    /** `out_size` is too small; `*out_len` says how long the result is. @since 1.0 */
    CHATLINK_ERR_BUFFER_TOO_SMALL = 3,
    /** Text is not valid UTF-8 (overlong forms, surrogates, values above U+10FFFF, truncated sequences). @since 1.0 */
    CHATLINK_ERR_INVALID_UTF8 = 4,
    /** An input exceeds a documented limit, or the result would not fit in a `size_t`. @since 1.0 */
    CHATLINK_ERR_TOO_LONG = 5,
    /** Nothing to link to (e.g. a WhatsApp link with neither number nor text). @since 1.0 */
    CHATLINK_ERR_EMPTY = 6,
    /** Memory could not be allocated (only chatlink_link_parse() allocates). @since 1.1 */
    CHATLINK_ERR_NO_MEMORY = 7,
    /** chatlink_html_anchor() was given an empty label. @since 1.1 */
    CHATLINK_ERR_LABEL_EMPTY = 8,
    /** The phone number has no digits. @since 1.0 */
    CHATLINK_ERR_PHONE_EMPTY = 10,
    /** A character that has no place in a phone number (a letter, `*`, `#`, ...). @since 1.0 */
    CHATLINK_ERR_PHONE_CHARACTER = 11,
    /** A national number (e.g. `06 12345678`) and no region to read it in. @since 1.0 */
    CHATLINK_ERR_PHONE_NO_COUNTRY = 12,
    /** No country has that calling code. @since 1.0 */
    CHATLINK_ERR_PHONE_COUNTRY_CODE = 13,
    /** The number is too short for its country. @since 1.0 */
    CHATLINK_ERR_PHONE_TOO_SHORT = 14,
    /** The number is too long for its country. @since 1.0 */
    CHATLINK_ERR_PHONE_TOO_LONG = 15,
    /** No number of that country looks like this one. @since 1.0 */
    CHATLINK_ERR_PHONE_INVALID = 16,
    /** The region is not a known ISO 3166-1 alpha-2 code. @since 1.0 */
    CHATLINK_ERR_REGION = 17,
    /** An X user id must be 1 to 20 digits, no leading zero, at most 2^64-1. @since 1.0 */
    CHATLINK_ERR_RECIPIENT_ID = 20,
    /** Not a valid user or page name for that platform. @since 1.0 */
    CHATLINK_ERR_USERNAME = 21,
    /** A `ref` value with characters the platform does not take. @since 1.0 */
    CHATLINK_ERR_REF = 22,
    /** Not a URL: no scheme, or an `http(s)` URL without a host. @since 1.1 */
    CHATLINK_ERR_LINK_SYNTAX = 30,
    /** A URL, but not of a chat app libchatlink knows (or not of a scheme allowed in a chat link). @since 1.1 */
    CHATLINK_ERR_LINK_UNKNOWN = 31,
    /** A link of a known chat app that does not open a conversation with one recipient:
     *  a profile, group, invitation or short link. @since 1.1 */
    CHATLINK_ERR_LINK_UNSUPPORTED = 32,
    /** A chat link whose values are ambiguous or damaged: a parameter given twice, or
     *  a NUL character (`%00`) in a value. @since 1.1 */
    CHATLINK_ERR_LINK_MALFORMED = 33
};

/** @} */

/**
 * @defgroup flags Flags
 * One namespace of flag bits; each function says which it takes.
 * @{
 */

/** No flags: the default behaviour. Taken by every function. @since 1.0 */
#define CHATLINK_NO_FLAGS 0u
/**
 * chatlink_whatsapp(): build `https://api.whatsapp.com/send?phone=...&text=...`
 * instead of `https://wa.me/...`.
 * @since 1.0
 */
#define CHATLINK_WHATSAPP_API_HOST (1u << 0)
/**
 * chatlink_twitter_dm(): use `https://twitter.com/` instead of `https://x.com/`.
 * @since 1.0
 */
#define CHATLINK_TWITTER_HOST (1u << 1)
/**
 * chatlink_whatsapp(), chatlink_phone_e164(): only check that the number has a
 * possible length for its country (libphonenumber's isPossibleNumber), for
 * numbers newer than the library's metadata. A number valid without this
 * flag is always accepted with it.
 * @since 1.0
 */
#define CHATLINK_PHONE_POSSIBLE_ONLY (1u << 2)
/**
 * Every function with a free-text input (message text, `ref`): replace each
 * ill-formed UTF-8 sequence with U+FFFD, as browsers do, instead of failing
 * with #CHATLINK_ERR_INVALID_UTF8. Never applies to phone numbers, ids or
 * names.
 * @since 1.0
 */
#define CHATLINK_REPLACE_INVALID_UTF8 (1u << 3)
/**
 * chatlink_html_anchor(): leave out `target="_blank" rel="noopener"`, so the
 * link opens where it is (for app links such as `sms:` on mobile pages).
 * @since 1.1
 */
#define CHATLINK_HTML_SAME_TAB (1u << 4)

/** @} */

/**
 * @defgroup links Links
 * Functions that build links. Each follows the output rules in chatlink.h.
 * @{
 */

/**
 * Build a WhatsApp click-to-chat link.
 *
 * Result: `https://wa.me/31612345678?text=Hallo%21`; with no number,
 * `https://wa.me/?text=...` (WhatsApp then lets the user pick a contact);
 * with #CHATLINK_WHATSAPP_API_HOST,
 * `https://api.whatsapp.com/send?phone=31612345678&text=...`.
 *
 * The number is written as WhatsApp asks: the full international number,
 * digits only, without `+`, international prefix or national trunk prefix.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length (without the NUL); may be NULL.
 * @param[in]  phone     An international number as people type it
 *                       (`+31 6 1234 5678`, `0031-6-12345678`, `+31 (0)6 12345678`,
 *                       `31612345678`): the `+` or `00` may be missing; spaces,
 *                       dashes, dots, slashes and brackets are separators. It is
 *                       read and checked as chatlink_phone_e164() does with no region.
 *                       NULL or `""` for a text-only link.
 * @param[in]  text      The message to pre-fill, UTF-8; NULL or `""` for none.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or any of #CHATLINK_WHATSAPP_API_HOST,
 *                       #CHATLINK_PHONE_POSSIBLE_ONLY, #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or
 *   #CHATLINK_ERR_NULL_ARGUMENT, #CHATLINK_ERR_BAD_FLAGS,
 *   #CHATLINK_ERR_BUFFER_TOO_SMALL, #CHATLINK_ERR_EMPTY (neither number nor
 *   text), #CHATLINK_ERR_INVALID_UTF8, #CHATLINK_ERR_TOO_LONG, or a phone
 *   status: #CHATLINK_ERR_PHONE_EMPTY, #CHATLINK_ERR_PHONE_CHARACTER,
 *   #CHATLINK_ERR_PHONE_NO_COUNTRY, #CHATLINK_ERR_PHONE_COUNTRY_CODE,
 *   #CHATLINK_ERR_PHONE_TOO_SHORT, #CHATLINK_ERR_PHONE_TOO_LONG,
 *   #CHATLINK_ERR_PHONE_INVALID.
 * @since 1.0
 */
CHATLINK_EXPORT int chatlink_whatsapp(char *out, size_t out_size, size_t *out_len,
                                      const char *phone, const char *text,
                                      unsigned int flags);

/**
 * Build an X (Twitter) Direct Message compose link.
 *
 * Result: `https://x.com/messages/compose?recipient_id=3805104374&text=...`;
 * with #CHATLINK_TWITTER_HOST the host is `twitter.com`. The receiving account
 * must allow Direct Messages from anyone.
 *
 * @param[out] out           Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size      Size of `out` in bytes, including the NUL.
 * @param[out] out_len       Receives the link's length; may be NULL.
 * @param[in]  recipient_id  The numeric user id (not the \@handle) as a decimal
 *                           string: 1 to 20 digits, no leading zero, and at
 *                           most `18446744073709551615` (2^64-1). Required.
 * @param[in]  text          The message to pre-fill, UTF-8; NULL or `""` for none.
 * @param[in]  flags         #CHATLINK_NO_FLAGS or any of #CHATLINK_TWITTER_HOST,
 *                           #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_RECIPIENT_ID, #CHATLINK_ERR_INVALID_UTF8,
 *   #CHATLINK_ERR_TOO_LONG.
 * @since 1.0
 */
CHATLINK_EXPORT int chatlink_twitter_dm(char *out, size_t out_size, size_t *out_len,
                                        const char *recipient_id, const char *text,
                                        unsigned int flags);

/**
 * Build a Facebook Messenger m.me link.
 *
 * Result: `https://m.me/saysimple.haarlem?text=...&ref=...`.
 *
 * The `ref` value is passed to the page's webhook. Meta allows up to 2,083
 * characters and documents no character set; libchatlink counts the limit in
 * bytes of UTF-8 and, as a best-practice choice, refuses control characters
 * (U+0000 to U+001F, U+007F to U+009F) in it, which a tracking value never
 * needs and which would reach the webhook unseen.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length; may be NULL.
 * @param[in]  page      A Facebook page username (at least 5 of `A-Z a-z 0-9 .`)
 *                       or a numeric page id (1 to 20 digits, no leading
 *                       zero, at most 2^64-1). Required.
 * @param[in]  text      The message to pre-fill, UTF-8; NULL or `""` for none.
 * @param[in]  ref       A referral value for the page's webhook, UTF-8, at most
 *                       2,083 bytes; NULL or `""` for none.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_USERNAME, #CHATLINK_ERR_REF, #CHATLINK_ERR_INVALID_UTF8,
 *   #CHATLINK_ERR_TOO_LONG (a `ref` over 2,083 bytes).
 * @since 1.0
 */
CHATLINK_EXPORT int chatlink_messenger(char *out, size_t out_size, size_t *out_len,
                                       const char *page, const char *text,
                                       const char *ref, unsigned int flags);

/**
 * Build a Telegram link.
 *
 * Result: `https://t.me/chatlinkbot?text=...` to a user name, or
 * `https://t.me/+31612345678?text=...` to a phone number.
 *
 * A recipient that starts with `@` or contains a letter or `_` is a user
 * name; anything else is a phone number. A draft text that starts with `@`
 * (after any spaces) gets one space in front, as Telegram asks, so that it
 * does not start an inline query; chatlink_link_parse() takes that space
 * off again.
 *
 * @param[out] out        Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size   Size of `out` in bytes, including the NUL.
 * @param[out] out_len    Receives the link's length; may be NULL.
 * @param[in]  recipient  A user name, optionally written `@name`: 5 to 32 of
 *                        `A-Z a-z 0-9 _`, starting with a letter (Telegram's
 *                        apps require the letter; its API docs do not say);
 *                        or a phone number as for chatlink_whatsapp().
 *                        Required.
 * @param[in]  text       The draft message, UTF-8; NULL or `""` for none.
 * @param[in]  flags      #CHATLINK_NO_FLAGS or any of #CHATLINK_PHONE_POSSIBLE_ONLY,
 *                        #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_USERNAME, #CHATLINK_ERR_INVALID_UTF8,
 *   #CHATLINK_ERR_TOO_LONG, or a phone status as for chatlink_whatsapp().
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_telegram(char *out, size_t out_size, size_t *out_len,
                                      const char *recipient, const char *text,
                                      unsigned int flags);

/**
 * Build an Instagram Direct link.
 *
 * Result: `https://ig.me/m/saysimple?ref=spring-sale`. Instagram takes no
 * message text in these links.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length; may be NULL.
 * @param[in]  username  The Instagram user name, optionally written `@name`:
 *                       1 to 30 of `A-Z a-z 0-9 . _`, not periods only
 *                       (a browser reads `.` and `..` as path steps).
 *                       Required.
 * @param[in]  ref       A referral value for the account's webhook: at most
 *                       2,083 of `A-Z a-z 0-9 - _ =`, the only characters
 *                       Instagram supports; NULL or `""` for none.
 * @param[in]  flags     #CHATLINK_NO_FLAGS.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_USERNAME, #CHATLINK_ERR_REF, #CHATLINK_ERR_TOO_LONG
 *   (a `ref` over 2,083 characters).
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_instagram(char *out, size_t out_size, size_t *out_len,
                                       const char *username, const char *ref,
                                       unsigned int flags);

/**
 * Build an SMS link (RFC 5724).
 *
 * Result: `sms:+31612345678?body=Hallo%21`.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length; may be NULL.
 * @param[in]  phone     A phone number as for chatlink_whatsapp(). Required.
 * @param[in]  body      The message to pre-fill, UTF-8; NULL or `""` for none.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or any of #CHATLINK_PHONE_POSSIBLE_ONLY,
 *                       #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_INVALID_UTF8, #CHATLINK_ERR_TOO_LONG, or a phone status
 *   as for chatlink_whatsapp().
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_sms(char *out, size_t out_size, size_t *out_len,
                                 const char *phone, const char *body, unsigned int flags);

/**
 * Build a Signal link.
 *
 * Result: `https://signal.me/#p/+31612345678`. Signal documents no link
 * format; this is the one its apps open. It takes no message text.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length; may be NULL.
 * @param[in]  phone     A phone number as for chatlink_whatsapp(). Required.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or #CHATLINK_PHONE_POSSIBLE_ONLY.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL, or a phone
 *   status as for chatlink_whatsapp().
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_signal(char *out, size_t out_size, size_t *out_len,
                                    const char *phone, unsigned int flags);

/**
 * Build a Viber chat link.
 *
 * Result: `viber://chat?number=%2B31612345678` (common practice; Viber
 * documents text only for its public accounts). It takes no message text.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length; may be NULL.
 * @param[in]  phone     A phone number as for chatlink_whatsapp(). Required.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or #CHATLINK_PHONE_POSSIBLE_ONLY.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL, or a phone
 *   status as for chatlink_whatsapp().
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_viber(char *out, size_t out_size, size_t *out_len,
                                   const char *phone, unsigned int flags);

/**
 * Build a LINE link to a LINE Official Account's chat.
 *
 * Result: `https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21`:
 * the whole query is the text, with no key, and the ID's `@` is written
 * `%40`, as LINE documents.
 *
 * @param[out] out       Buffer for the link, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the link's length; may be NULL.
 * @param[in]  line_id   The account's basic or premium ID, with or without
 *                       its `@`: 4 to 20 of `a-z 0-9 . _ -` (LINE documents
 *                       no limits; these are libchatlink's). Required.
 * @param[in]  text      The message to pre-fill, UTF-8; NULL or `""` for none.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_USERNAME, #CHATLINK_ERR_INVALID_UTF8,
 *   #CHATLINK_ERR_TOO_LONG.
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_line(char *out, size_t out_size, size_t *out_len,
                                  const char *line_id, const char *text, unsigned int flags);

/**
 * Write a complete HTML link, `<a href="URL" target="_blank"
 * rel="noopener">label</a>`, for CMS templates.
 *
 * Both `url` and `label` are plain text, not HTML: `& < > " '` become
 * character references exactly once here, and so do CR and LF in the
 * label (`&#13;`, `&#10;`): the HTML parser would turn a raw CR into a LF,
 * and the result is always a single line. Pass them
 * unescaped; a value escaped before would show its `&amp;`. An HTML parser
 * gives back exactly `url` as the `href` and `label` as the text.
 *
 * The URL must be a link a browser takes as written (no spaces, controls or
 * raw non-ASCII bytes, as every link libchatlink builds) with the scheme
 * `https`, `http`, `sms`, `whatsapp` or `viber`. Any other scheme,
 * `javascript:` above all, is refused. To require a chat link the library
 * can read, check it with chatlink_link_parse() first.
 *
 * @param[out] out       Buffer for the HTML, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the HTML's length; may be NULL.
 * @param[in]  url       The link. Required.
 * @param[in]  label     The link's text, UTF-8, not empty. Required.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or any of #CHATLINK_HTML_SAME_TAB,
 *                       #CHATLINK_REPLACE_INVALID_UTF8 (for the label).
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_LINK_SYNTAX, #CHATLINK_ERR_LINK_UNKNOWN (a scheme not
 *   allowed), #CHATLINK_ERR_LABEL_EMPTY, #CHATLINK_ERR_INVALID_UTF8,
 *   #CHATLINK_ERR_TOO_LONG.
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_html_anchor(char *out, size_t out_size, size_t *out_len,
                                         const char *url, const char *label,
                                         unsigned int flags);

/** @} */

/**
 * @defgroup parse Reading links
 * Reading a chat link back: the channel, the recipient and the text.
 *
 * @code
 * struct chatlink_link *link;
 * int rc = chatlink_link_parse(&link, "https://wa.me/31612345678?text=Hi", CHATLINK_NO_FLAGS);
 * if (rc == CHATLINK_OK) {
 *     printf("%s %s %s\n", chatlink_channel_name(chatlink_link_channel(link)),
 *            chatlink_link_target(link), chatlink_link_text(link));
 *     chatlink_link_free(link);
 * } else {
 *     printf("%s\n", chatlink_strerror(rc));
 * }
 * @endcode
 * @{
 */

/** The chat apps, as chatlink_link_channel() names them. @since 1.1 */
enum chatlink_channel {
    /** chatlink_whatsapp() @since 1.1 */
    CHATLINK_CHANNEL_WHATSAPP = 1,
    /** chatlink_twitter_dm() @since 1.1 */
    CHATLINK_CHANNEL_TWITTER_DM = 2,
    /** chatlink_messenger() @since 1.1 */
    CHATLINK_CHANNEL_MESSENGER = 3,
    /** chatlink_telegram() @since 1.1 */
    CHATLINK_CHANNEL_TELEGRAM = 4,
    /** chatlink_instagram() @since 1.1 */
    CHATLINK_CHANNEL_INSTAGRAM = 5,
    /** chatlink_sms() @since 1.1 */
    CHATLINK_CHANNEL_SMS = 6,
    /** chatlink_signal() @since 1.1 */
    CHATLINK_CHANNEL_SIGNAL = 7,
    /** chatlink_viber() @since 1.1 */
    CHATLINK_CHANNEL_VIBER = 8,
    /** chatlink_line() @since 1.1 */
    CHATLINK_CHANNEL_LINE = 9
};

/**
 * A chat link, read. Opaque: only the functions below see inside it, so it
 * can grow without breaking the ABI.
 * @since 1.1
 */
struct chatlink_link;

/**
 * Read a chat link: any link these functions build, and the forms people
 * paste: `http://`, `www.` hosts (`www.m.me`), `twitter.com` and
 * `mobile.twitter.com`, `api.whatsapp.com/send/` and `web.whatsapp.com/send`,
 * `whatsapp://send`, `telegram.me`, trailing slashes, upper-case hosts,
 * surrounding white space, and parameters that are not the app's
 * (`utm_source`, ...), which are passed over.
 *
 * Values are decoded as a browser hands them to the app (`+` is a space in
 * a query value, except in LINE's key-less text). The result is then checked
 * by the rules of the channel's builder. A link's number is read as it
 * stands (the digits are its E.164 form) and must be valid, or possible
 * with the flag; only when it is not is it read as typed, so a pasted link
 * with a trunk prefix (`wa.me/310612345678`) reads as `+31612345678`. Every
 * link the builders make reads back to the number it was built for. (A
 * builder reads a number as typed, as libphonenumber does, which for a
 * few numbers whose national number starts with the trunk prefix gives
 * another number: see docs/reading.md.) The target is the E.164 number
 * (`+31612345678`) for WhatsApp,
 * Telegram by number, SMS, Signal and Viber; the user id for X; the page
 * for Messenger; the user name without `@` for Telegram and Instagram; the
 * LINE ID with its `@`. It is `""` in a WhatsApp link without a number.
 *
 * This is the one function in libchatlink that allocates memory: one block,
 * freed with chatlink_link_free().
 *
 * @param[out] link   Receives the link, or NULL on error. Required.
 * @param[in]  url    The link, UTF-8. Required.
 * @param[in]  flags  #CHATLINK_NO_FLAGS or any of #CHATLINK_PHONE_POSSIBLE_ONLY
 *                    (numbers), #CHATLINK_REPLACE_INVALID_UTF8 (text and ref).
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_NO_MEMORY,
 *   #CHATLINK_ERR_TOO_LONG, #CHATLINK_ERR_LINK_SYNTAX,
 *   #CHATLINK_ERR_LINK_UNKNOWN, #CHATLINK_ERR_LINK_UNSUPPORTED,
 *   #CHATLINK_ERR_LINK_MALFORMED, #CHATLINK_ERR_INVALID_UTF8,
 *   #CHATLINK_ERR_EMPTY, #CHATLINK_ERR_RECIPIENT_ID,
 *   #CHATLINK_ERR_USERNAME, #CHATLINK_ERR_REF, or a phone status as for
 *   chatlink_whatsapp().
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_link_parse(struct chatlink_link **link, const char *url,
                                        unsigned int flags);

/**
 * Free a link from chatlink_link_parse().
 * @param[in] link  The link, or NULL (nothing happens).
 * @since 1.1
 */
CHATLINK_EXPORT void chatlink_link_free(struct chatlink_link *link);

/**
 * @param[in] link  A link from chatlink_link_parse().
 * @return Its channel, an `enum chatlink_channel` value; 0 for a NULL link.
 * @since 1.1
 */
CHATLINK_EXPORT int chatlink_link_channel(const struct chatlink_link *link);

/**
 * @param[in] link  A link from chatlink_link_parse().
 * @return Its recipient (see chatlink_link_parse()), valid until the link
 *   is freed; never NULL.
 * @since 1.1
 */
CHATLINK_EXPORT const char *chatlink_link_target(const struct chatlink_link *link);

/**
 * @param[in] link  A link from chatlink_link_parse().
 * @return Its decoded message text (SMS: the body), valid UTF-8, or `""`;
 *   valid until the link is freed; never NULL.
 * @since 1.1
 */
CHATLINK_EXPORT const char *chatlink_link_text(const struct chatlink_link *link);

/**
 * @param[in] link  A link from chatlink_link_parse().
 * @return Its decoded `ref` (Messenger, Instagram), or `""`; valid until the
 *   link is freed; never NULL.
 * @since 1.1
 */
CHATLINK_EXPORT const char *chatlink_link_ref(const struct chatlink_link *link);

/**
 * @param[in] channel  An `enum chatlink_channel` value.
 * @return Its name, the chatlink(1) command for it (`"whatsapp"`,
 *   `"twitter"`, `"messenger"`, `"telegram"`, `"instagram"`, `"sms"`,
 *   `"signal"`, `"viber"`, `"line"`), or NULL for an unknown value.
 * @since 1.1
 */
CHATLINK_EXPORT const char *chatlink_channel_name(int channel);

/** @} */

/**
 * @defgroup phone Phone numbers
 * Reading and checking phone numbers as people type them.
 * @{
 */

/**
 * Normalize and check a phone number; write it in E.164 form (`+31612345678`).
 *
 * The number is read as Google's libphonenumber parses it with `region` as
 * the default region: with a region, national numbers (`06 12345678` in
 * `NL`), the region's international prefix (`011` in `US`), its national
 * prefix and transform rules, and its calling code typed without `+`; with
 * no region, `+`, `00` or bare digits start an international number and a
 * single leading `0` is #CHATLINK_ERR_PHONE_NO_COUNTRY. A trunk prefix after
 * the country code (`+31 (0)6 ...`) is dropped as libphonenumber drops it.
 * Separators: white space, `- . / ( ) [ ] ~` and their full-width forms.
 * Digits: every Unicode decimal digit. Anything else is
 * #CHATLINK_ERR_PHONE_CHARACTER: nothing is dropped or guessed.
 *
 * The number must then be valid (libphonenumber's isValidNumber: it matches
 * a number type of the region it belongs to), or, with
 * #CHATLINK_PHONE_POSSIBLE_ONLY, have a possible length (isPossibleNumber).
 *
 * @param[out] out       Buffer for the number, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the result's length; may be NULL.
 * @param[in]  phone     The number as typed. Required.
 * @param[in]  region    ISO 3166-1 alpha-2 code (any case) where a national
 *                       number is read, or NULL (or `""`) for none.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or #CHATLINK_PHONE_POSSIBLE_ONLY.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_INVALID_UTF8, #CHATLINK_ERR_REGION,
 *   #CHATLINK_ERR_PHONE_EMPTY, #CHATLINK_ERR_PHONE_CHARACTER,
 *   #CHATLINK_ERR_PHONE_NO_COUNTRY, #CHATLINK_ERR_PHONE_COUNTRY_CODE,
 *   #CHATLINK_ERR_PHONE_TOO_SHORT, #CHATLINK_ERR_PHONE_TOO_LONG,
 *   #CHATLINK_ERR_PHONE_INVALID.
 * @since 1.0
 */
CHATLINK_EXPORT int chatlink_phone_e164(char *out, size_t out_size, size_t *out_len,
                                        const char *phone, const char *region,
                                        unsigned int flags);

/** @} */

/**
 * @defgroup text Text
 * @{
 */

/**
 * Percent-encode text for a URL query value.
 *
 * Every byte outside the RFC 3986 unreserved set `A-Z a-z 0-9 - . _ ~` is
 * written as `%XX` with upper-case hex, space included (`%20`, never `+`).
 * A WHATWG URL parser (every browser's) gives back exactly the input.
 *
 * @param[out] out       Buffer for the encoded text, or NULL in a sizing call.
 * @param[in]  out_size  Size of `out` in bytes, including the NUL.
 * @param[out] out_len   Receives the result's length; may be NULL.
 * @param[in]  in        The text, UTF-8; it may contain NUL bytes. Required,
 *                       even when `in_len` is 0.
 * @param[in]  in_len    Length of `in` in bytes.
 * @param[in]  flags     #CHATLINK_NO_FLAGS or #CHATLINK_REPLACE_INVALID_UTF8.
 *
 * @return #CHATLINK_OK, or #CHATLINK_ERR_NULL_ARGUMENT,
 *   #CHATLINK_ERR_BAD_FLAGS, #CHATLINK_ERR_BUFFER_TOO_SMALL,
 *   #CHATLINK_ERR_INVALID_UTF8, #CHATLINK_ERR_TOO_LONG (the result would
 *   not fit in a `size_t`).
 * @since 1.0
 */
CHATLINK_EXPORT int chatlink_percent_encode(char *out, size_t out_size, size_t *out_len,
                                            const char *in, size_t in_len,
                                            unsigned int flags);

/** @} */

/**
 * @ingroup status
 * Describe a status code in a short English sentence a CMS can show its user.
 *
 * @param[in] status  A value returned by a libchatlink function.
 * @return A static string; never NULL. Unknown values get a generic sentence.
 * @since 1.0
 */
CHATLINK_EXPORT const char *chatlink_strerror(int status);

/**
 * @ingroup version
 * @return The version of the loaded library as `major * 10000 + minor * 100 + micro`.
 * @since 1.0
 */
CHATLINK_EXPORT unsigned int chatlink_version_number(void);

/**
 * @ingroup version
 * @return The version of the loaded library as a string, e.g. `"1.0.0"`.
 * @since 1.0
 */
CHATLINK_EXPORT const char *chatlink_version_string(void);

#ifdef __cplusplus
}
#endif

#endif /* CHATLINK_H */
