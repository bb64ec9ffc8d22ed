/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Reading a chat link back: which app, to whom, and with what text or ref.
 *
 * The URL is taken apart as a browser does (url.c), each value decoded as
 * the browser would hand it to the app, and then the whole result is
 * checked by the builder of that channel: whatever the parser returns,
 * the library can build again, and by the same rules.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"
#include "internal-calls.h"
#include "names.h"
#include "phone.h"
#include "url.h"
#include "utf8.h"

#define PARSE_FLAGS (CHATLINK_PHONE_POSSIBLE_ONLY | CHATLINK_REPLACE_INVALID_UTF8)

/* Room for "+" and the digits of any E.164 number, and its NUL. */
#define E164_ROOM 32

struct chatlink_link {
    int channel;
    const char *target;
    const char *text;
    const char *ref;
    unsigned int flags;
    size_t used; /* bytes of arena taken; chatlink_link_parse sizes it for the worst case */
    char arena[];
};

/* The raw pieces a channel reader finds, before decoding and checking. */
struct found {
    int channel;
    struct span target, text, ref;
    bool target_is_phone;
    bool target_form, text_form, ref_form; /* form-encoded ("+" is a space) or plain */
};

/* Room for `n` bytes and a NUL; the arena is sized so that it never runs out. */
static char *arena_take(struct chatlink_link *link, size_t n)
{
    char *p = link->arena + link->used;
    link->used += n + 1;
    return p;
}

/* ---- query parameters ------------------------------------------------------ */

/* The longest parameter name we look for, decoded. */
#define PARAM_NAME_MAX 16

/*
 * Find the parameters `names[k]` in the query; values[k] stays empty (p
 * NULL) for a missing one. A parameter given twice is
 * CHATLINK_ERR_LINK_MALFORMED: browsers take the first, many servers the
 * last, so the link has no one meaning. Other parameters (utm_source, ...)
 * are not ours and are passed over.
 */
static int query_get(struct span query, const char *const *names, struct span *values,
                     size_t count)
{
    struct span name, value;
    for (size_t k = 0; k < count; k++)
        values[k] = (struct span){ NULL, 0 };

    while (clk_query_next(&query, &name, &value)) {
        /* Decoding never lengthens; a longer raw name cannot decode to one of ours. */
        char decoded[3 * PARAM_NAME_MAX];
        if (name.n > sizeof decoded)
            continue;
        size_t n = clk_percent_decode(decoded, name, true);
        for (size_t k = 0; k < count; k++) {
            if (n != strlen(names[k]) || memcmp(decoded, names[k], n) != 0)
                continue;
            if (values[k].p != NULL)
                return CHATLINK_ERR_LINK_MALFORMED;
            values[k] = value;
        }
    }
    return CHATLINK_OK;
}

/* ---- the channels ---------------------------------------------------------- */

static const char *const text_names[] = { "text" };

static int read_whatsapp_query(const struct url *u, struct found *f)
{
    static const char *const names[] = { "phone", "text" };
    struct span values[2];
    int rc = query_get(u->query, names, values, 2);
    f->channel = CHATLINK_CHANNEL_WHATSAPP;
    f->target = values[0];
    f->text = values[1];
    f->target_is_phone = f->target_form = f->text_form = true;
    return rc;
}

/* https://wa.me/<number>?text=, https://wa.me/?text= */
static int read_wa_me(const struct url *u, struct found *f)
{
    struct span segs[1];
    size_t n = clk_url_segments(u->path, segs, 1);
    if (n > 1 || (n == 1 && clk_span_is(segs[0], "message"))) /* wa.me/message/CODE: an API short link */
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    int rc = query_get(u->query, text_names, &f->text, 1);
    f->channel = CHATLINK_CHANNEL_WHATSAPP;
    if (n == 1)
        f->target = segs[0];
    f->target_is_phone = f->text_form = true;
    return rc;
}

/* https://api.whatsapp.com/send?phone=&text= (also /send/, and web.whatsapp.com) */
static int read_whatsapp_send(const struct url *u, struct found *f)
{
    struct span segs[1];
    if (clk_url_segments(u->path, segs, 1) != 1 || !clk_span_is(segs[0], "send"))
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    return read_whatsapp_query(u, f);
}

/* whatsapp://send?phone=&text= */
static int read_whatsapp_scheme(const struct url *u, struct found *f)
{
    struct span segs[1];
    if (!clk_span_is(u->host, "send") || clk_url_segments(u->path, segs, 1) != 0)
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    return read_whatsapp_query(u, f);
}

/* https://x.com/messages/compose?recipient_id=&text= */
static int read_x(const struct url *u, struct found *f)
{
    static const char *const names[] = { "recipient_id", "text" };
    struct span segs[2], values[2];
    if (clk_url_segments(u->path, segs, 2) != 2 || !clk_span_is(segs[0], "messages") ||
        !clk_span_is(segs[1], "compose"))
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    int rc = query_get(u->query, names, values, 2);
    f->channel = CHATLINK_CHANNEL_TWITTER_DM;
    f->target = values[0];
    f->text = values[1];
    f->target_form = f->text_form = true;
    return rc;
}

/* https://m.me/<page>?text=&ref= */
static int read_m_me(const struct url *u, struct found *f)
{
    static const char *const names[] = { "text", "ref" };
    struct span segs[1], values[2];
    if (clk_url_segments(u->path, segs, 1) != 1)
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    int rc = query_get(u->query, names, values, 2);
    f->channel = CHATLINK_CHANNEL_MESSENGER;
    f->target = segs[0];
    f->text = values[0];
    f->ref = values[1];
    f->text_form = f->ref_form = true;
    return rc;
}

static bool all_digits(struct span s)
{
    for (size_t i = 0; i < s.n; i++) {
        if (!is_ascii_digit((unsigned char)s.p[i]))
            return false;
    }
    return s.n > 0;
}

/* https://t.me/<username>?text= and https://t.me/+<digits>?text= */
static int read_t_me(const struct url *u, struct found *f)
{
    struct span segs[1];
    if (clk_url_segments(u->path, segs, 1) != 1)
        return CHATLINK_ERR_LINK_UNSUPPORTED; /* a post, a sticker set, joinchat/... */
    if (segs[0].n > 0 && segs[0].p[0] == '+' &&
        !all_digits((struct span){ segs[0].p + 1, segs[0].n - 1 }))
        return CHATLINK_ERR_LINK_UNSUPPORTED; /* t.me/+<hash>: a group invitation */
    int rc = query_get(u->query, text_names, &f->text, 1);
    f->channel = CHATLINK_CHANNEL_TELEGRAM;
    f->target = segs[0];
    f->target_is_phone = segs[0].n > 0 && segs[0].p[0] == '+';
    f->text_form = true;
    return rc;
}

/* https://ig.me/m/<username>?ref= */
static int read_ig_me(const struct url *u, struct found *f)
{
    static const char *const names[] = { "ref" };
    struct span segs[2];
    if (clk_url_segments(u->path, segs, 2) != 2 || !clk_span_is(segs[0], "m"))
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    int rc = query_get(u->query, names, &f->ref, 1);
    f->channel = CHATLINK_CHANNEL_INSTAGRAM;
    f->target = segs[1];
    f->ref_form = true;
    return rc;
}

/* sms:<number>?body= (RFC 5724) */
static int read_sms(const struct url *u, struct found *f)
{
    static const char *const names[] = { "body" };
    if (u->has_authority)
        return CHATLINK_ERR_LINK_UNSUPPORTED;
    int rc = query_get(u->query, names, &f->text, 1);
    f->channel = CHATLINK_CHANNEL_SMS;
    f->target = u->path;
    f->target_is_phone = f->text_form = true;
    return rc;
}

/* https://signal.me/#p/+<number> */
static int read_signal_me(const struct url *u, struct found *f)
{
    struct span segs[1];
    if (clk_url_segments(u->path, segs, 1) != 0 || u->fragment.n < 2 || u->fragment.p[0] != 'p' ||
        u->fragment.p[1] != '/')
        return CHATLINK_ERR_LINK_UNSUPPORTED; /* #eu/...: a user name link, not readable offline */
    f->channel = CHATLINK_CHANNEL_SIGNAL;
    f->target = (struct span){ u->fragment.p + 2, u->fragment.n - 2 };
    f->target_is_phone = true;
    return CHATLINK_OK;
}

/* viber://chat?number=%2B<number> */
static int read_viber_scheme(const struct url *u, struct found *f)
{
    static const char *const names[] = { "number" };
    struct span segs[1];
    if (!clk_span_is(u->host, "chat") || clk_url_segments(u->path, segs, 1) != 0)
        return CHATLINK_ERR_LINK_UNSUPPORTED; /* viber://pa (public accounts), add, ... */
    int rc = query_get(u->query, names, &f->target, 1);
    f->channel = CHATLINK_CHANNEL_VIBER;
    f->target_is_phone = f->target_form = true;
    return rc;
}

/* https://line.me/R/oaMessage/<LINE ID>/?<text>: the whole query is the text. */
static int read_line_me(const struct url *u, struct found *f)
{
    struct span segs[3];
    if (clk_url_segments(u->path, segs, 3) != 3 || !clk_span_is(segs[0], "r") ||
        !clk_span_is(segs[1], "oamessage"))
        return CHATLINK_ERR_LINK_UNSUPPORTED; /* ti/p (add friend), msg/text (share), ... */
    f->channel = CHATLINK_CHANNEL_LINE;
    f->target = segs[2];
    f->text = u->query;
    return CHATLINK_OK;
}

static int unsupported(const struct url *u, struct found *f)
{
    (void)u;
    (void)f;
    return CHATLINK_ERR_LINK_UNSUPPORTED;
}

typedef int reader_fn(const struct url *u, struct found *f);

/* Hosts of http(s) links. The apps' other hosts are known, and say so. */
static const struct {
    const char *host;
    reader_fn *read;
} web_hosts[] = {
    { "wa.me", read_wa_me },
    { "www.wa.me", read_wa_me },
    { "api.whatsapp.com", read_whatsapp_send },
    { "web.whatsapp.com", read_whatsapp_send },
    { "x.com", read_x },
    { "www.x.com", read_x },
    { "mobile.x.com", read_x },
    { "twitter.com", read_x },
    { "www.twitter.com", read_x },
    { "mobile.twitter.com", read_x },
    { "m.me", read_m_me },
    { "www.m.me", read_m_me },
    { "t.me", read_t_me },
    { "www.t.me", read_t_me },
    { "telegram.me", read_t_me },
    { "www.telegram.me", read_t_me },
    { "ig.me", read_ig_me },
    { "www.ig.me", read_ig_me },
    { "signal.me", read_signal_me },
    { "www.signal.me", read_signal_me },
    { "line.me", read_line_me },
    { "www.line.me", read_line_me },
    { "whatsapp.com", unsupported },
    { "www.whatsapp.com", unsupported },
    { "chat.whatsapp.com", unsupported },
    { "facebook.com", unsupported },
    { "www.facebook.com", unsupported },
    { "messenger.com", unsupported },
    { "www.messenger.com", unsupported },
    { "instagram.com", unsupported },
    { "www.instagram.com", unsupported },
    { "telegram.org", unsupported },
    { "signal.org", unsupported },
    { "signal.group", unsupported },
    { "viber.com", unsupported },
    { "www.viber.com", unsupported },
    { "invite.viber.com", unsupported },
    { "liff.line.me", unsupported },
    { "lin.ee", unsupported },
};

/* App schemes; those of known apps that are not read are said to be so. */
static const struct {
    const char *scheme;
    reader_fn *read;
} app_schemes[] = {
    { "sms", read_sms },          { "whatsapp", read_whatsapp_scheme },
    { "viber", read_viber_scheme }, { "tg", unsupported },
    { "line", unsupported },      { "sgnl", unsupported },
    { "fb-messenger", unsupported }, { "smsto", unsupported },
};

static int find_reader(const struct url *u, reader_fn **read)
{
    if (clk_span_is(u->scheme, "https") || clk_span_is(u->scheme, "http")) {
        if (!u->has_authority)
            return CHATLINK_ERR_LINK_SYNTAX;
        for (size_t i = 0; i < sizeof web_hosts / sizeof web_hosts[0]; i++) {
            if (clk_span_is(u->host, web_hosts[i].host)) {
                *read = web_hosts[i].read;
                return CHATLINK_OK;
            }
        }
        return CHATLINK_ERR_LINK_UNKNOWN;
    }
    for (size_t i = 0; i < sizeof app_schemes / sizeof app_schemes[0]; i++) {
        if (clk_span_is(u->scheme, app_schemes[i].scheme)) {
            *read = app_schemes[i].read;
            return CHATLINK_OK;
        }
    }
    return CHATLINK_ERR_LINK_UNKNOWN;
}

/* ---- decoding and checking ------------------------------------------------- */

/* Decode a value into the arena: "" when absent; a NUL in it makes the link malformed. */
static int decode_value(struct chatlink_link *link, struct span s, bool form, const char **out)
{
    if (s.p == NULL) {
        *out = "";
        return CHATLINK_OK;
    }
    char *p = arena_take(link, s.n);
    size_t n = clk_percent_decode(p, s, form);
    p[n] = '\0';
    *out = p;
    return memchr(p, '\0', n) == NULL ? CHATLINK_OK : CHATLINK_ERR_LINK_MALFORMED;
}

/*
 * Check a decoded text as UTF-8. With CHATLINK_REPLACE_INVALID_UTF8, make a
 * copy in which each ill-formed sequence is U+FFFD, as the browser's
 * decoder would hand it on.
 */
static int check_utf8(struct chatlink_link *link, const char **text)
{
    const unsigned char *s = (const unsigned char *)*text;
    size_t n = strlen(*text), good = clk_utf8_valid_prefix(s, n);

    if (good == n)
        return CHATLINK_OK;
    if (!(link->flags & CHATLINK_REPLACE_INVALID_UTF8))
        return CHATLINK_ERR_INVALID_UTF8;

    char *copy = arena_take(link, 3 * n), *w = copy;
    for (size_t i = 0;;) {
        memcpy(w, s + i, good);
        w += good;
        i += good;
        if (i == n)
            break;
        size_t bad = 1; /* set by clk_utf8_sequence(); initialized for the compiler */
        clk_utf8_sequence(s + i, n - i, &bad);
        memcpy(w, UTF8_REPLACEMENT, 3);
        w += 3;
        i += bad;
        good = clk_utf8_valid_prefix(s + i, n - i);
    }
    *w = '\0';
    *text = copy;
    return CHATLINK_OK;
}

/* The target as returned: E.164 for a number, a name without "@", a LINE ID with it. */
static int make_target(struct chatlink_link *link, const struct found *f, const char **target)
{
    unsigned int possible = link->flags & CHATLINK_PHONE_POSSIBLE_ONLY;
    if (f->target_is_phone && (*target)[0] != '\0') {
        /*
         * The digits of a link are the E.164 number: read them as they stand
         * first, so a link reads back as the very number it was built for.
         * Only when that is not a number is it read as typed, as pasted links
         * can carry a trunk prefix (wa.me/310612345678).
         */
        struct phone_number number;
        char *e164 = arena_take(link, E164_ROOM - 1);
        if (clk_phone_parse_e164(*target, possible != 0, &number) == CHATLINK_OK) {
            e164[0] = '+';
            memcpy(e164 + 1, number.digits, number.len);
            e164[number.len + 1] = '\0';
            *target = e164;
            return CHATLINK_OK;
        }
        int rc = CLK_INTERNAL(chatlink_phone_e164)(e164, E164_ROOM, NULL, *target, NULL, possible);
        *target = e164;
        return rc;
    }
    /*
     * Names are given back without their "@", so the bare name is checked
     * here: the builder would take "@name" for "@@name", and would read a
     * t.me/<x> without letters as a number, where it can only be a name.
     */
    if (f->channel == CHATLINK_CHANNEL_TELEGRAM) {
        *target = skip_handle_at(*target);
        if (!clk_telegram_username_valid(*target, strlen(*target)))
            return CHATLINK_ERR_USERNAME;
    } else if (f->channel == CHATLINK_CHANNEL_INSTAGRAM) {
        *target = skip_handle_at(*target);
        if (!clk_instagram_username_valid(*target, strlen(*target)))
            return CHATLINK_ERR_USERNAME;
    } else if (f->channel == CHATLINK_CHANNEL_LINE && (*target)[0] != '@') {
        size_t n = strlen(*target);
        char *with_at = arena_take(link, n + 1);
        with_at[0] = '@';
        memcpy(with_at + 1, *target, n + 1);
        *target = with_at;
    }
    return CHATLINK_OK;
}

/*
 * Would the channel's builder take these fields? Its status says why not.
 * A number was checked by make_target(), as it stands in the link; the
 * builders read numbers as typed, which for a few valid numbers gives
 * another one (see clk_phone_parse_e164), so a number is not read again
 * here. What else a link to a number carries, its text, is checked already.
 */
static int check_buildable(const struct chatlink_link *link, bool target_is_number)
{
    unsigned int possible = link->flags & CHATLINK_PHONE_POSSIBLE_ONLY;
    const char *target = link->target, *text = link->text, *ref = link->ref;

    if (target_is_number)
        return CHATLINK_OK;

    switch (link->channel) {
    case CHATLINK_CHANNEL_WHATSAPP:
        return CLK_INTERNAL(chatlink_whatsapp)(NULL, 0, NULL, target, text, possible);
    case CHATLINK_CHANNEL_TWITTER_DM:
        return CLK_INTERNAL(chatlink_twitter_dm)(NULL, 0, NULL, target, text, CHATLINK_NO_FLAGS);
    case CHATLINK_CHANNEL_MESSENGER:
        return CLK_INTERNAL(chatlink_messenger)(NULL, 0, NULL, target, text, ref, CHATLINK_NO_FLAGS);
    case CHATLINK_CHANNEL_TELEGRAM:
        return CLK_INTERNAL(chatlink_telegram)(NULL, 0, NULL, target, text, possible);
    case CHATLINK_CHANNEL_INSTAGRAM:
        return CLK_INTERNAL(chatlink_instagram)(NULL, 0, NULL, target, ref, CHATLINK_NO_FLAGS);
    case CHATLINK_CHANNEL_SMS:
        return CLK_INTERNAL(chatlink_sms)(NULL, 0, NULL, target, text, possible);
    case CHATLINK_CHANNEL_SIGNAL:
        return CLK_INTERNAL(chatlink_signal)(NULL, 0, NULL, target, possible);
    case CHATLINK_CHANNEL_VIBER:
        return CLK_INTERNAL(chatlink_viber)(NULL, 0, NULL, target, possible);
    default: /* CHATLINK_CHANNEL_LINE */
        return CLK_INTERNAL(chatlink_line)(NULL, 0, NULL, target, text, CHATLINK_NO_FLAGS);
    }
}

static int read_link(struct chatlink_link *link, const char *url, size_t n)
{
    struct url u;
    struct found f = { 0 };
    reader_fn *read;

    int rc = clk_url_split(clk_url_clean(arena_take(link, n), url, n), &u);
    if (rc == CHATLINK_OK)
        rc = find_reader(&u, &read);
    if (rc == CHATLINK_OK)
        rc = read(&u, &f);
    if (rc != CHATLINK_OK)
        return rc;

    link->channel = f.channel;
    if ((rc = decode_value(link, f.target, f.target_form, &link->target)) != CHATLINK_OK ||
        (rc = decode_value(link, f.text, f.text_form, &link->text)) != CHATLINK_OK ||
        (rc = decode_value(link, f.ref, f.ref_form, &link->ref)) != CHATLINK_OK ||
        (rc = check_utf8(link, &link->text)) != CHATLINK_OK ||
        (rc = check_utf8(link, &link->ref)) != CHATLINK_OK ||
        (rc = make_target(link, &f, &link->target)) != CHATLINK_OK)
        return rc;

    /* Undo the builder's space before an "@" (see clk_telegram_draft_needs_space). */
    if (f.channel == CHATLINK_CHANNEL_TELEGRAM && link->text[0] == ' ' &&
        clk_telegram_draft_needs_space(link->text, strlen(link->text)))
        link->text++;
    return check_buildable(link, f.target_is_phone && link->target[0] != '\0');
}

int chatlink_link_parse(struct chatlink_link **link, const char *url, unsigned int flags)
{
    if (link == NULL)
        return CHATLINK_ERR_NULL_ARGUMENT;
    *link = NULL;
    if (url == NULL)
        return CHATLINK_ERR_NULL_ARGUMENT;
    if ((flags & ~PARSE_FLAGS) != 0)
        return CHATLINK_ERR_BAD_FLAGS;

    /*
     * The arena holds the cleaned URL, each value decoded (never longer than
     * its source) and its repaired copy (at most 3 bytes for every byte),
     * and a number or an "@": 5 bytes for each byte of the URL and a margin.
     */
    size_t n = strlen(url);
    if (n > (SIZE_MAX - sizeof(struct chatlink_link) - 2 * E164_ROOM) / 5)
        return CHATLINK_ERR_TOO_LONG;
    size_t arena_size = 5 * n + 2 * E164_ROOM;
    struct chatlink_link *l = malloc(sizeof *l + arena_size);
    if (l == NULL)
        return CHATLINK_ERR_NO_MEMORY;
    *l = (struct chatlink_link){ .flags = flags, .target = "", .text = "",
                                 .ref = "" };

    int rc = read_link(l, url, n);
    if (rc != CHATLINK_OK) {
        free(l);
        return rc;
    }
    *link = l;
    return CHATLINK_OK;
}

void chatlink_link_free(struct chatlink_link *link)
{
    free(link);
}

int chatlink_link_channel(const struct chatlink_link *link)
{
    return link != NULL ? link->channel : 0;
}

const char *chatlink_link_target(const struct chatlink_link *link)
{
    return link != NULL ? link->target : "";
}

const char *chatlink_link_text(const struct chatlink_link *link)
{
    return link != NULL ? link->text : "";
}

const char *chatlink_link_ref(const struct chatlink_link *link)
{
    return link != NULL ? link->ref : "";
}
