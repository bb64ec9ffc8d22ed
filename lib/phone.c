/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "phone.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "chatlink.h"
#include "utf8.h"

/*
 * Digits kept while reading: a full number plus an international prefix
 * ("00") and a trunk prefix ("(0)"). Longer input is still read to the end,
 * so that a bad character anywhere is reported, and is then too long.
 */
#define TYPED_DIGITS_MAX (PHONE_DIGITS_MAX + 4)

struct typed_number {
    char digits[TYPED_DIGITS_MAX];
    size_t len; /* digits read, which may be more than were kept */
    bool plus;
};

enum char_class { CHAR_OTHER, CHAR_DIGIT, CHAR_PLUS, CHAR_SEPARATOR };

/*
 * What a character is in a phone number. The sets are libphonenumber's:
 * its VALID_DIGITS (ASCII, full-width, Arabic-Indic, Eastern Arabic-Indic),
 * PLUS_CHARS and VALID_PUNCTUATION (dashes, slashes, dots, white space,
 * brackets, tildes, and their full-width forms). Letters are not read as
 * keypad digits: a vanity number is refused rather than guessed at.
 */
static enum char_class classify(uint32_t c, char *digit)
{
    static const uint32_t zeros[] = { 0x0660, 0x06F0, 0xFF10 };
    static const uint32_t separators[] = {
        0x00A0, 0x00AD, 0x200B, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014,
        0x2015, 0x2053, 0x2060, 0x2212, 0x223C, 0x3000, 0x30FC, 0xFF08,
        0xFF09, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF3B, 0xFF3D, 0xFF5E,
    };

    if (c < 0x80) {
        if (c >= '0' && c <= '9') {
            *digit = (char)c;
            return CHAR_DIGIT;
        }
        switch (c) {
        case '+':
            return CHAR_PLUS;
        case ' ':
        case '(':
        case ')':
        case '-':
        case '.':
        case '/':
        case '[':
        case ']':
        case '~':
            return CHAR_SEPARATOR;
        default:
            return CHAR_OTHER;
        }
    }
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++) {
        if (c >= zeros[i] && c <= zeros[i] + 9) {
            *digit = (char)('0' + (c - zeros[i]));
            return CHAR_DIGIT;
        }
    }
    if (c == 0xFF0B)
        return CHAR_PLUS;
    for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
        if (c == separators[i])
            return CHAR_SEPARATOR;
    }
    return CHAR_OTHER;
}

/* Collect the digits of `text` and whether a `+` leads them. */
static int read_typed(const char *text, struct typed_number *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text);

    t->len = 0;
    t->plus = false;
    for (size_t i = 0; i < n;) {
        size_t seq_len = 1, bad;
        uint32_t c = s[i];
        if (c >= 0x80) {
            seq_len = clk_utf8_sequence(s + i, n - i, &bad);
            if (seq_len == 0)
                return CHATLINK_ERR_INVALID_UTF8;
            c = clk_utf8_decode(s + i, seq_len);
        }
        char digit = 0;
        switch (classify(c, &digit)) {
        case CHAR_DIGIT:
            if (t->len < TYPED_DIGITS_MAX)
                t->digits[t->len] = digit;
            t->len++;
            break;
        case CHAR_PLUS:
            /* One plus, before the first digit: "+31", "(+31)". */
            if (t->plus || t->len > 0)
                return CHATLINK_ERR_PHONE_CHARACTER;
            t->plus = true;
            break;
        case CHAR_SEPARATOR:
            break;
        case CHAR_OTHER:
            return CHATLINK_ERR_PHONE_CHARACTER;
        }
        i += seq_len;
    }
    return t->len == 0 ? CHATLINK_ERR_PHONE_EMPTY : CHATLINK_OK;
}

/*
 * libphonenumber's testNumberLength, in our statuses (its INVALID_LENGTH, a
 * length between two possible ones, is PHONE_INVALID).
 */
static int check_length(const struct phone_region *region, size_t len)
{
    uint32_t lengths = region->possible_lengths;

    if (len > PHONE_NSN_MAX || (lengths >> len) == 0)
        return CHATLINK_ERR_PHONE_TOO_LONG; /* no possible length >= len */
    if ((lengths & ((UINT32_C(2) << len) - 1)) == 0)
        return CHATLINK_ERR_PHONE_TOO_SHORT; /* none <= len */
    if ((lengths & (UINT32_C(1) << len)) == 0)
        return CHATLINK_ERR_PHONE_INVALID;
    return CHATLINK_OK;
}

/*
 * Drop a national trunk prefix in front of the national number ("0" in
 * "+31 (0)6 ..." or "06 ..."), as libphonenumber does: only when what is
 * left is not too short, nor of a length in between the possible ones.
 */
static void strip_national_prefix(const struct phone_region *region, const char **nsn,
                                  size_t *nsn_len)
{
    size_t prefix_len = strlen(region->national_prefix);

    if (prefix_len == 0 || *nsn_len < prefix_len ||
        memcmp(*nsn, region->national_prefix, prefix_len) != 0)
        return;

    int rest = check_length(region, *nsn_len - prefix_len);
    if (rest == CHATLINK_OK || rest == CHATLINK_ERR_PHONE_TOO_LONG) {
        *nsn += prefix_len;
        *nsn_len -= prefix_len;
    }
}

/*
 * Read the calling code at the start of `digits`: the assigned codes are
 * prefix-free, so the first 1, 2 or 3 digits that form one are it.
 */
static int read_calling_code(const char *digits, size_t len, const struct phone_region **region,
                             size_t *code_len)
{
    unsigned int code = 0;

    if (len == 0)
        return CHATLINK_ERR_PHONE_TOO_SHORT;
    if (digits[0] == '0')
        return CHATLINK_ERR_PHONE_COUNTRY_CODE;
    for (size_t i = 0; i < PHONE_CALLING_CODE_MAX_DIGITS; i++) {
        if (i == len)
            return CHATLINK_ERR_PHONE_TOO_SHORT;
        code = code * 10 + (unsigned int)(digits[i] - '0');
        uint16_t index = clk_phone_region_by_calling_code[code];
        if (index != 0) {
            *region = &clk_phone_regions[index - 1];
            *code_len = i + 1;
            return CHATLINK_OK;
        }
    }
    return CHATLINK_ERR_PHONE_COUNTRY_CODE;
}

/* Write the calling code of `region` into out (room for 3); return its length. */
static size_t write_calling_code(const struct phone_region *region, char *out)
{
    char tmp[PHONE_CALLING_CODE_MAX_DIGITS];
    size_t n = 0;

    for (unsigned int code = region->calling_code; code > 0; code /= 10)
        tmp[n++] = (char)('0' + code % 10);
    for (size_t i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

int clk_phone_region_find(const char *iso, const struct phone_region **region)
{
    *region = NULL;
    if (iso == NULL || iso[0] == '\0')
        return CHATLINK_OK;
    if (iso[1] == '\0' || iso[2] != '\0')
        return CHATLINK_ERR_REGION;

    unsigned int slot = 0;
    for (size_t i = 0; i < 2; i++) {
        /* ASCII letters only, compared without <ctype.h> so no locale applies. */
        unsigned char c = (unsigned char)(iso[i] & ~0x20);
        if (c < 'A' || c > 'Z')
            return CHATLINK_ERR_REGION;
        slot = slot * 26 + (unsigned int)(c - 'A');
    }
    uint16_t index = clk_phone_region_by_iso[slot];
    if (index == 0)
        return CHATLINK_ERR_REGION;
    *region = &clk_phone_regions[index - 1];
    return CHATLINK_OK;
}

int clk_phone_parse(const char *text, const struct phone_region *region,
                    struct phone_number *number)
{
    struct typed_number t;
    int rc = read_typed(text, &t);
    if (rc != CHATLINK_OK)
        return rc;

    const char *digits = t.digits;
    size_t len = t.len;
    bool international = t.plus;

    if (!international && len >= 2 && digits[0] == '0' && digits[1] == '0') {
        international = true;
        digits += 2;
        len -= 2;
    } else if (!international && region == NULL) {
        /* Without a region, only a trunk "0" marks a number as national. */
        if (digits[0] == '0')
            return CHATLINK_ERR_PHONE_NO_COUNTRY;
        international = true;
    }

    size_t code_len = 0;
    if (international) {
        rc = read_calling_code(digits, len, &region, &code_len);
        if (rc != CHATLINK_OK)
            return rc;
        digits += code_len;
        len -= code_len;
    }

    strip_national_prefix(region, &digits, &len);
    if (len < PHONE_NSN_MIN)
        return CHATLINK_ERR_PHONE_TOO_SHORT;
    rc = check_length(region, len);
    if (rc != CHATLINK_OK)
        return rc;

    /* check_length() passed, so len <= PHONE_NSN_MAX digits, all of them kept. */
    number->len = write_calling_code(region, number->digits);
    memcpy(number->digits + number->len, digits, len);
    number->len += len;
    return CHATLINK_OK;
}
