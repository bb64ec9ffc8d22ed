/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "phone.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "chatlink.h"
#include "phone-automata.h"
#include "unicode-digits.h"
#include "utf8.h"

/*
 * Digits kept while reading. Longer input is still read to the end, so that
 * a bad character anywhere is reported, and is then too long: after taking
 * off the most an international prefix, a calling code and two national
 * prefixes can take, more than PHONE_NSN_MAX digits would remain.
 */
#define TYPED_DIGITS_MAX (PHONE_NSN_MAX + PHONE_CALLING_CODE_MAX_DIGITS + 2 * PHONE_PREFIX_MATCH_MAX)

/*
 * Room for a national number after transform rules added digits: a rule uses
 * each group at most once (the generator checks), and groups lie inside the
 * match it replaces, so one rewrite adds at most the rule's length; a number
 * is rewritten at most twice (after its own calling code, then as usual).
 */
#define NATIONAL_DIGITS_MAX (TYPED_DIGITS_MAX + 2 * PHONE_TRANSFORM_MAX)

struct typed_number {
    char digits[TYPED_DIGITS_MAX];
    size_t len; /* digits read, which may be more than were kept */
    bool plus;
};

/* A national number being read, in one of the caller's buffers. */
struct national {
    const char *digits;
    size_t len;
};

enum char_class { CHAR_OTHER, CHAR_DIGIT, CHAR_PLUS, CHAR_SEPARATOR };

/*
 * What a character is in a phone number, as libphonenumber reads it: a
 * decimal digit of any script (Unicode Nd), one of its PLUS_CHARS, or one
 * of its VALID_PUNCTUATION (dashes, slashes, dots, white space, brackets,
 * tildes, and their full-width forms). Letters are not read as keypad
 * digits: a vanity number is refused rather than guessed at.
 */
static enum char_class classify(uint32_t c, char *digit)
{
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
    int value = clk_unicode_digit_value(c);
    if (value >= 0) {
        *digit = (char)('0' + value);
        return CHAR_DIGIT;
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

static const struct phone_region *region_at(uint16_t index_plus_one)
{
    return index_plus_one != 0 ? &clk_phone_regions[index_plus_one - 1] : NULL;
}

/* The region whose metadata libphonenumber uses for a calling code (US for +1). */
static const struct phone_region *main_region(const struct phone_region *region)
{
    return region_at(clk_phone_region_by_calling_code[region->calling_code]);
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

static bool matches_number_pattern(const struct phone_region *region, struct national n)
{
    return clk_phone_pattern_matches(region->number_pattern, n.digits, n.len);
}

/*
 * libphonenumber's maybeStripNationalPrefixAndCarrierCode: if `n` starts
 * with the region's national prefix (a trunk prefix such as "0", possibly
 * with a carrier code), take it off, or rewrite it by the region's
 * transform rule (Argentina: "0 11 15 ..." becomes "9 11 ..."), writing
 * into buf. Not when the number matched the region's pattern before and
 * would not after. Returns whether *n changed.
 */
static bool strip_national_prefix(const struct phone_region *region, struct national *n,
                                  char buf[NATIONAL_DIGITS_MAX])
{
    if (n->len == 0 || region->national_prefix == 0)
        return false;
    const struct phone_prefix_match *m =
        clk_phone_prefix_match(region->national_prefix, n->digits, n->len);
    if (m == NULL)
        return false;

    size_t len = 0;
    if (region->transform[0] != '\0' && m->last_group) {
        for (const char *t = region->transform; *t != '\0'; t++) {
            if (*t == '\1' || *t == '\2') {
                size_t g = (size_t)(*t - '\1');
                size_t group_len = (size_t)(m->group_end[g] - m->group_start[g]);
                memcpy(buf + len, n->digits + m->group_start[g], group_len);
                len += group_len;
            } else {
                buf[len++] = *t;
            }
        }
    }
    memcpy(buf + len, n->digits + m->length, n->len - m->length);
    len += n->len - m->length;

    struct national rest = { buf, len };
    if (matches_number_pattern(region, *n) && !matches_number_pattern(region, rest))
        return false;
    *n = rest;
    return true;
}

/*
 * libphonenumber's parsePrefixAsIdd: take the region's international
 * prefix ("00", "011", "0011", ...) off the front, unless a 0 follows it
 * (no calling code starts with 0).
 */
static bool strip_international_prefix(const struct phone_region *region, struct national *n)
{
    if (region->international_prefix == 0)
        return false;
    const struct phone_prefix_match *m =
        clk_phone_prefix_match(region->international_prefix, n->digits, n->len);
    if (m == NULL || (m->length < n->len && n->digits[m->length] == '0'))
        return false;
    n->digits += m->length;
    n->len -= m->length;
    return true;
}

/*
 * Read the calling code at the start of `n` (libphonenumber's
 * extractCountryCode): the assigned codes are prefix-free, so the first 1,
 * 2 or 3 digits that form one are it. On success, *region is its main
 * region and the code is taken off `n`.
 */
static int read_calling_code(struct national *n, const struct phone_region **region)
{
    unsigned int code = 0;

    if (n->digits[0] == '0')
        return CHATLINK_ERR_PHONE_COUNTRY_CODE;
    for (size_t i = 0; i < PHONE_CALLING_CODE_MAX_DIGITS && i < n->len; i++) {
        code = code * 10 + (unsigned int)(n->digits[i] - '0');
        const struct phone_region *found = region_at(clk_phone_region_by_calling_code[code]);
        if (found != NULL) {
            *region = found;
            n->digits += i + 1;
            n->len -= i + 1;
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

/*
 * The second half of libphonenumber's maybeExtractCountryCode, for a number
 * dialled without an international prefix: people often write the
 * region's calling code without a "+" ("31 6 12345678" in NL). Read it so
 * when the number does not fit the region's pattern with the code and does
 * without it, or is too long with it. On success *main is the code's main
 * region and `n` the rest, national prefix taken off.
 */
static bool strip_own_calling_code(const struct phone_region *region, struct national *n,
                                   const struct phone_region **main, char buf[NATIONAL_DIGITS_MAX])
{
    char code[PHONE_CALLING_CODE_MAX_DIGITS];
    size_t code_len = write_calling_code(region, code);

    if (n->len < code_len || memcmp(n->digits, code, code_len) != 0)
        return false;
    struct national rest = { n->digits + code_len, n->len - code_len };
    strip_national_prefix(region, &rest, buf);
    if ((!matches_number_pattern(region, *n) && matches_number_pattern(region, rest)) ||
        check_length(region, n->len) == CHATLINK_ERR_PHONE_TOO_LONG) {
        *n = rest;
        *main = main_region(region);
        return true;
    }
    return false;
}

/*
 * Find the calling code of a number and take it and any prefix in front of
 * it off (libphonenumber's maybeExtractCountryCode, and its retry without
 * the "+"). *plan is the region whose rules read the rest: the main region
 * of a calling code read from the number, else `region`.
 */
static int read_country(bool plus, const struct phone_region *region, struct national *n,
                        const struct phone_region **plan, char buf[NATIONAL_DIGITS_MAX])
{
    bool international = plus;

    *plan = region;
    if (!international) {
        if (region != NULL) {
            international = strip_international_prefix(region, n);
        } else if (n->len >= 2 && n->digits[0] == '0' && n->digits[1] == '0') {
            /* No region: "00" is the prefix most of the world dials. */
            n->digits += 2;
            n->len -= 2;
            international = true;
        } else if (n->digits[0] == '0') {
            /* Without a region, only a trunk "0" marks a number as national. */
            return CHATLINK_ERR_PHONE_NO_COUNTRY;
        } else {
            /* No region: a number without "+" or "00" is read as if it had one. */
            international = true;
        }
    }

    if (!international) {
        strip_own_calling_code(region, n, plan, buf);
        return CHATLINK_OK;
    }
    if (n->len <= PHONE_NSN_MIN)
        return CHATLINK_ERR_PHONE_TOO_SHORT; /* libphonenumber's TOO_SHORT_AFTER_IDD */
    struct national after_plus = *n;
    int rc = read_calling_code(n, plan);
    if (rc == CHATLINK_ERR_PHONE_COUNTRY_CODE && plus && region != NULL) {
        /* "+00 31 ...": libphonenumber tries again as if there were no "+". */
        *n = after_plus;
        rc = read_country(false, region, n, plan, buf);
        if (rc == CHATLINK_OK && n->digits == after_plus.digits)
            return CHATLINK_ERR_PHONE_COUNTRY_CODE; /* no calling code there either */
    }
    return rc;
}

/*
 * libphonenumber's isValidNumber: find the region the number belongs to
 * among those sharing its calling code (by their leading digits, or else
 * by their patterns), and check it against that region's patterns.
 */
static bool is_valid(const struct phone_region *main, struct national n)
{
    for (const struct phone_region *r = main; r != NULL; r = region_at(r->next_same_code)) {
        if (r->leading_digits != 0) {
            if (clk_phone_pattern_matches_start(r->leading_digits, n.digits, n.len))
                return clk_phone_pattern_matches(r->valid_number, n.digits, n.len);
        } else if (clk_phone_pattern_matches(r->valid_number, n.digits, n.len)) {
            return true;
        }
    }
    return false;
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
    *region = region_at(clk_phone_region_by_iso[slot]);
    return *region != NULL ? CHATLINK_OK : CHATLINK_ERR_REGION;
}

/*
 * libphonenumber's parseHelper, from the digits on, then its validity
 * check. strip_prefix: take a national prefix off the national number, as
 * libphonenumber does; without it the digits after the calling code are the
 * national number as they stand (a number already in E.164 form).
 */
static int parse_number(const char *text, const struct phone_region *region, bool possible_only,
                        bool strip_prefix, struct phone_number *number)
{
    struct typed_number t;
    int rc = read_typed(text, &t);
    if (rc != CHATLINK_OK)
        return rc;
    if (t.len > TYPED_DIGITS_MAX)
        return CHATLINK_ERR_PHONE_TOO_LONG;

    char country_buf[NATIONAL_DIGITS_MAX], prefix_buf[NATIONAL_DIGITS_MAX];
    struct national n = { t.digits, t.len };
    const struct phone_region *plan;
    rc = read_country(t.plus, region, &n, &plan, country_buf);
    if (rc != CHATLINK_OK)
        return rc;
    if (n.len < PHONE_NSN_MIN)
        return CHATLINK_ERR_PHONE_TOO_SHORT;

    /* A national prefix goes only if what is left has a possible length, or is too long. */
    struct national stripped = n;
    if (strip_prefix && strip_national_prefix(plan, &stripped, prefix_buf)) {
        rc = check_length(plan, stripped.len);
        if (rc == CHATLINK_OK || rc == CHATLINK_ERR_PHONE_TOO_LONG)
            n = stripped;
    }
    if (n.len < PHONE_NSN_MIN)
        return CHATLINK_ERR_PHONE_TOO_SHORT;
    if (n.len > PHONE_NSN_MAX)
        return CHATLINK_ERR_PHONE_TOO_LONG;

    /*
     * isPossibleNumber checks lengths against the main region of the calling
     * code; isValidNumber against the patterns of the region the number
     * belongs to. When it is not valid, its length says why, if it can.
     *
     * A valid number is possible too. Google's isPossibleNumber also takes
     * the main region's local-only lengths, which libphonenumber-js's
     * metadata lacks: without this, CA's valid 7-digit 310 numbers (+1 310
     * 0123) would be "too short" only when the caller asked to check less.
     * (The fuzzer found it.)
     */
    const struct phone_region *main = main_region(plan);
    if (!is_valid(main, n)) {
        rc = check_length(main, n.len);
        if (rc == CHATLINK_OK && !possible_only)
            rc = CHATLINK_ERR_PHONE_INVALID;
        if (rc != CHATLINK_OK)
            return rc;
    }

    number->len = write_calling_code(plan, number->digits);
    memcpy(number->digits + number->len, n.digits, n.len);
    number->len += n.len;
    return CHATLINK_OK;
}

int clk_phone_parse(const char *text, const struct phone_region *region, bool possible_only,
                    struct phone_number *number)
{
    return parse_number(text, region, possible_only, true, number);
}

int clk_phone_parse_e164(const char *text, bool possible_only, struct phone_number *number)
{
    return parse_number(text, NULL, possible_only, false, number);
}
