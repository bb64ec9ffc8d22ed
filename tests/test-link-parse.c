/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include "test-common.h"

/* Parse `url` and check every field the getters give. */
#define ck_assert_parses(url, flags, channel, target, text, ref)                                   \
    do {                                                                                           \
        struct chatlink_link *l_ = (struct chatlink_link *)1;                                      \
        int rc_ = chatlink_link_parse(&l_, (url), (flags));                                        \
        ck_assert_msg(rc_ == CHATLINK_OK, "%s: status %d (%s)", (url), rc_,                       \
                      chatlink_strerror(rc_));                                                     \
        ck_assert_int_eq(chatlink_link_channel(l_), (channel));                                    \
        ck_assert_str_eq(chatlink_link_target(l_), (target));                                      \
        ck_assert_str_eq(chatlink_link_text(l_), (text));                                          \
        ck_assert_str_eq(chatlink_link_ref(l_), (ref));                                            \
        chatlink_link_free(l_);                                                                    \
    } while (0)

#define ck_assert_parse_fails(url, flags, status)                                                  \
    do {                                                                                           \
        struct chatlink_link *l_ = (struct chatlink_link *)1;                                      \
        int rc_ = chatlink_link_parse(&l_, (url), (flags));                                        \
        ck_assert_msg(rc_ == (status), "%s: status %d (%s), expected %d (%s)", (url), rc_,        \
                      chatlink_strerror(rc_), (int)(status), chatlink_strerror(status));           \
        ck_assert_ptr_null(l_);                                                                    \
    } while (0)

#define WA CHATLINK_CHANNEL_WHATSAPP

START_TEST(test_parse_whatsapp_forms)
{
    const char *const same[] = {
        "https://wa.me/31612345678?text=Hi%20there",
        "https://wa.me/31612345678/?text=Hi+there",
        "http://wa.me/31612345678?text=Hi%20there",
        "HTTPS://WA.ME/31612345678?text=Hi%20there",
        "https://www.wa.me/31612345678?text=Hi%20there",
        "https://wa.me:443/31612345678?text=Hi%20there",
        "  https://wa.me/31612345678?text=Hi%20there\n",
        "https://wa.me/+31612345678?text=Hi%20there",
        "https://wa.me/31612345678?utm_source=site&text=Hi%20there&",
        "https://wa.me/31612345678?text=Hi%20there#top",
        "https://api.whatsapp.com/send?phone=31612345678&text=Hi%20there",
        "https://api.whatsapp.com/send/?phone=%2B31612345678&text=Hi%20there&type=phone_number&app_absent=0",
        "https://web.whatsapp.com/send?phone=31612345678&text=Hi%20there",
        "whatsapp://send?phone=31612345678&text=Hi%20there",
        "whatsapp://send/?text=Hi%20there&phone=+31612345678",
        "https://wa.me/31612345678?t%65xt=Hi%20there",
        "https://wa.\nme/316123\t45678?text=Hi%20there",
        /* Default ports, however written, as the URL Standard drops them. */
        "https://wa.me:0443/31612345678?text=Hi%20there",
        "http://wa.me:80/31612345678?text=Hi%20there",
        "https://wa.me:/31612345678?text=Hi%20there",
        /* Empty pieces, pieces without "=", names longer than any of ours, lower-case hex. */
        "https://wa.me/31612345678?&&flag&text=Hi%20there&&",
        "https://wa.me/31612345678?a_parameter_name_much_longer_than_any_the_apps_use=1&text=Hi%20there",
        "https://wa.me/31612345678?text=%48%69%20%74%68%65%72%65",
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        ck_assert_parses(same[i], 0, WA, "+31612345678", "Hi there", "");
}
END_TEST

START_TEST(test_parse_whatsapp_text_only_and_number_only)
{
    ck_assert_parses("https://wa.me/?text=%F0%9F%91%8B", 0, WA, "", "\xF0\x9F\x91\x8B", "");
    ck_assert_parses("https://api.whatsapp.com/send?text=a%26b%2Bc", 0, WA, "", "a&b+c", "");
    ck_assert_parses("https://wa.me/390612345678", 0, WA, "+390612345678", "", "");
    ck_assert_parse_fails("https://wa.me/", 0, CHATLINK_ERR_EMPTY);
    ck_assert_parse_fails("https://wa.me/?text=", 0, CHATLINK_ERR_EMPTY);
}
END_TEST

START_TEST(test_parse_whatsapp_checks_the_number)
{
    ck_assert_parse_fails("https://wa.me/316", 0, CHATLINK_ERR_PHONE_TOO_SHORT);
    ck_assert_parse_fails("https://wa.me/0612345678", 0, CHATLINK_ERR_PHONE_NO_COUNTRY);
    ck_assert_parse_fails("https://wa.me/31600000000", 0, CHATLINK_ERR_PHONE_INVALID);
    ck_assert_parses("https://wa.me/31600000000", CHATLINK_PHONE_POSSIBLE_ONLY, WA, "+31600000000",
                     "", "");
    ck_assert_parse_fails("https://wa.me/9991234567", 0, CHATLINK_ERR_PHONE_COUNTRY_CODE);
    ck_assert_parse_fails("https://wa.me/3161234567x", 0, CHATLINK_ERR_PHONE_CHARACTER);
}
END_TEST

START_TEST(test_parse_reads_the_number_as_it_stands)
{
    /*
     * Found by fuzz-telegram: "+375 0 8100111613" is valid, written +3758100111613,
     * and reading that as typed takes the 8 off too (as libphonenumber does). The
     * link's digits are read as they stand, so it names the number it was built for.
     */
    char link[64];
    ck_assert_int_eq(chatlink_whatsapp(link, sizeof link, NULL, "+375 0 8100111613", NULL, 0),
                     CHATLINK_OK);
    ck_assert_str_eq(link, "https://wa.me/3758100111613");
    ck_assert_parses(link, 0, WA, "+3758100111613", "", "");
    ck_assert_parses("https://t.me/+3758100111613", 0, CHATLINK_CHANNEL_TELEGRAM,
                     "+3758100111613", "", "");
    /* Not a number as it stands: read as typed, trunk prefix and all. */
    ck_assert_parses("https://wa.me/37508100111613", 0, WA, "+3758100111613", "", "");
    ck_assert_parses("https://wa.me/310612345678", 0, WA, "+31612345678", "", "");
}
END_TEST

START_TEST(test_parse_other_channels)
{
    ck_assert_parses("https://x.com/messages/compose?recipient_id=3805104374&text=hi", 0,
                     CHATLINK_CHANNEL_TWITTER_DM, "3805104374", "hi", "");
    ck_assert_parses("https://mobile.twitter.com/messages/compose/?recipient_id=3805104374", 0,
                     CHATLINK_CHANNEL_TWITTER_DM, "3805104374", "", "");
    ck_assert_parses("https://www.m.me/saysimple.haarlem/?ref=footer&text=Hoi", 0,
                     CHATLINK_CHANNEL_MESSENGER, "saysimple.haarlem", "Hoi", "footer");
    ck_assert_parses("http://m.me/104512345678901", 0, CHATLINK_CHANNEL_MESSENGER,
                     "104512345678901", "", "");
    ck_assert_parses("https://t.me/durov?text=%20%40gif%20cats", 0, CHATLINK_CHANNEL_TELEGRAM,
                     "durov", "@gif cats", "");
    ck_assert_parses("https://telegram.me/durov/?text=@gif", 0, CHATLINK_CHANNEL_TELEGRAM, "durov",
                     "@gif", "");
    ck_assert_parses("https://t.me/+31612345678?text=Hoi", 0, CHATLINK_CHANNEL_TELEGRAM,
                     "+31612345678", "Hoi", "");
    ck_assert_parses("https://ig.me/m/say.simple?ref=spring%3D1", 0, CHATLINK_CHANNEL_INSTAGRAM,
                     "say.simple", "", "spring=1");
    ck_assert_parses("sms:+31612345678?body=Hi%20there", 0, CHATLINK_CHANNEL_SMS, "+31612345678",
                     "Hi there", "");
    ck_assert_parses("SMS:%2B31612345678", 0, CHATLINK_CHANNEL_SMS, "+31612345678", "", "");
    ck_assert_parses("https://signal.me/#p/+31612345678", 0, CHATLINK_CHANNEL_SIGNAL,
                     "+31612345678", "", "");
    ck_assert_parses("viber://chat?number=%2B31612345678", 0, CHATLINK_CHANNEL_VIBER,
                     "+31612345678", "", "");
    ck_assert_parses("viber://chat/?number=31612345678", 0, CHATLINK_CHANNEL_VIBER, "+31612345678",
                     "", "");
    ck_assert_parses("https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21", 0,
                     CHATLINK_CHANNEL_LINE, "@linedevelopers", "Hi there!", "");
    /* LINE's text has no key: it is percent-decoded only, so "+" stays "+". */
    ck_assert_parses("https://line.me/R/oaMessage/@linedevelopers?1+1=2", 0, CHATLINK_CHANNEL_LINE,
                     "@linedevelopers", "1+1=2", "");
    ck_assert_parses("https://line.me/R/oaMessage/linedevelopers/", 0, CHATLINK_CHANNEL_LINE,
                     "@linedevelopers", "", "");
}
END_TEST

START_TEST(test_parse_checks_by_the_builders_rules)
{
    ck_assert_parse_fails("https://x.com/messages/compose?recipient_id=jack", 0,
                          CHATLINK_ERR_RECIPIENT_ID);
    ck_assert_parse_fails("https://x.com/messages/compose?text=hi", 0, CHATLINK_ERR_RECIPIENT_ID);
    ck_assert_parse_fails("https://m.me/abcd", 0, CHATLINK_ERR_USERNAME);
    ck_assert_parse_fails("https://m.me/saysimple?ref=a%09b", 0, CHATLINK_ERR_REF);
    ck_assert_parse_fails("https://t.me/abcd", 0, CHATLINK_ERR_USERNAME);
    /* Found by fuzz-link-parse: without "+" it is a name, though the builder would read a number. */
    ck_assert_parse_fails("https://t.me/31612345678", 0, CHATLINK_ERR_USERNAME);
    ck_assert_parse_fails("https://t.me/131[[0[827", 0, CHATLINK_ERR_USERNAME);
    ck_assert_parse_fails("https://ig.me/m/say-simple", 0, CHATLINK_ERR_USERNAME);
    /* Found by fuzz-link-parse: one "@" is notation, a second is part of the name. */
    ck_assert_parse_fails("https://ig.me/m/@@00", 0, CHATLINK_ERR_USERNAME);
    ck_assert_parse_fails("https://t.me/@@durov", 0, CHATLINK_ERR_USERNAME);
    ck_assert_parses("https://ig.me/m/@00", 0, CHATLINK_CHANNEL_INSTAGRAM, "00", "", "");
    ck_assert_parse_fails("https://ig.me/m/saysimple?ref=a+b", 0, CHATLINK_ERR_REF);
    ck_assert_parse_fails("https://line.me/R/oaMessage/%40ab/", 0, CHATLINK_ERR_USERNAME);
    ck_assert_parse_fails("sms:0612345678", 0, CHATLINK_ERR_PHONE_NO_COUNTRY);
    ck_assert_parse_fails("sms:?body=hi", 0, CHATLINK_ERR_PHONE_EMPTY);
    ck_assert_parse_fails("sms:+31612345678,+31687654321", 0, CHATLINK_ERR_PHONE_CHARACTER);
    ck_assert_parse_fails("https://signal.me/#p/", 0, CHATLINK_ERR_PHONE_EMPTY);
    ck_assert_parse_fails("viber://chat", 0, CHATLINK_ERR_PHONE_EMPTY);
}
END_TEST

START_TEST(test_parse_text_utf8)
{
    ck_assert_parse_fails("https://wa.me/?text=%FF", 0, CHATLINK_ERR_INVALID_UTF8);
    ck_assert_parses("https://wa.me/?text=a%FFb%E2%82", CHATLINK_REPLACE_INVALID_UTF8, WA, "",
                     "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", "");
    ck_assert_parses("https://wa.me/?text=caf\xC3\xA9", 0, WA, "", "caf\xC3\xA9", "");
    ck_assert_parses("https://wa.me/?text=caf%c3%a9%C3%A9", 0, WA, "", "caf\xC3\xA9\xC3\xA9", "");
    ck_assert_parse_fails("https://m.me/saysimple?ref=%C0%AF", 0, CHATLINK_ERR_INVALID_UTF8);
    /* A bad escape stays as it is, as in browsers. */
    ck_assert_parses("https://wa.me/?text=100%25%zz%", 0, WA, "", "100%%zz%", "");
}
END_TEST

START_TEST(test_parse_says_why_it_is_not_a_chat_link)
{
    static const char *const syntax[] = { "", "   ", "wa.me/31612345678", "31612345678",
                                          "://wa.me/", "https:wa.me/31612345678", "1https://wa.me/" };
    for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++)
        ck_assert_parse_fails(syntax[i], 0, CHATLINK_ERR_LINK_SYNTAX);

    static const char *const unknown[] = {
        "https://example.com/31612345678", "https://wa.me.evil.com/31612345678",
        "https://wa.me@evil.com/31612345678", "https://evil.com@wa.me/31612345678",
        "https://wa.me:8443/31612345678", "http://wa.me:443/31612345678", "whatsapp://send:1?text=a",
        "javascript:alert(1)", "mailto:info@example.com",
        "ftp://wa.me/31612345678", "https://wa.me./31612345678",
    };
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        ck_assert_parse_fails(unknown[i], 0, CHATLINK_ERR_LINK_UNKNOWN);

    static const char *const unsupported[] = {
        "https://wa.me/message/IKBZ3WNZSZSQJ1",       "https://chat.whatsapp.com/AbCdEfGhIj",
        "https://api.whatsapp.com/",                  "https://x.com/jack",
        "https://twitter.com/messages",               "https://m.me/j/AbCdEf",
        "https://m.me/",                              "https://t.me/+AbCdEf12345",
        "https://t.me/joinchat/AbCdEf",               "https://t.me/durov/123",
        "https://ig.me/saysimple",                    "https://www.instagram.com/saysimple/",
        "https://signal.me/#eu/abcdef",               "https://signal.group/#abc",
        "viber://pa?chatURI=saysimple&text=hi",       "tg://resolve?domain=durov",
        "https://line.me/R/ti/p/%40linedevelopers",   "sms://+31612345678",
        "whatsapp://chat?phone=31612345678",
    };
    for (size_t i = 0; i < sizeof unsupported / sizeof unsupported[0]; i++)
        ck_assert_parse_fails(unsupported[i], 0, CHATLINK_ERR_LINK_UNSUPPORTED);

    static const char *const malformed[] = {
        "https://wa.me/31612345678?text=a&text=b",
        "https://api.whatsapp.com/send?phone=31612345678&phone=31687654321",
        "https://m.me/saysimple?ref=a&r%65f=b",
        "https://wa.me/?text=a%00b",
        "https://t.me/durov%00x",
    };
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++)
        ck_assert_parse_fails(malformed[i], 0, CHATLINK_ERR_LINK_MALFORMED);
}
END_TEST

START_TEST(test_parse_arguments)
{
    struct chatlink_link *link = (struct chatlink_link *)1;
    ck_assert_int_eq(chatlink_link_parse(NULL, "https://wa.me/31612345678", 0),
                     CHATLINK_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(chatlink_link_parse(&link, NULL, 0), CHATLINK_ERR_NULL_ARGUMENT);
    ck_assert_ptr_null(link);
    ck_assert_parse_fails("https://wa.me/31612345678", CHATLINK_WHATSAPP_API_HOST,
                          CHATLINK_ERR_BAD_FLAGS);
    ck_assert_parse_fails("https://wa.me/31612345678", CHATLINK_HTML_SAME_TAB,
                          CHATLINK_ERR_BAD_FLAGS);

    /* The getters take NULL, and so does free. */
    ck_assert_int_eq(chatlink_link_channel(NULL), 0);
    ck_assert_str_eq(chatlink_link_target(NULL), "");
    ck_assert_str_eq(chatlink_link_text(NULL), "");
    ck_assert_str_eq(chatlink_link_ref(NULL), "");
    chatlink_link_free(NULL);
}
END_TEST

START_TEST(test_channel_names)
{
    static const char *const names[] = { NULL,        "whatsapp", "twitter", "messenger", "telegram",
                                         "instagram", "sms",      "signal",  "viber",     "line" };
    for (int c = 1; c <= CHATLINK_CHANNEL_LINE; c++)
        ck_assert_str_eq(chatlink_channel_name(c), names[c]);
    ck_assert_ptr_null(chatlink_channel_name(0));
    ck_assert_ptr_null(chatlink_channel_name(10));
    ck_assert_ptr_null(chatlink_channel_name(-1));
}
END_TEST

START_TEST(test_parse_long_text)
{
    /* 100,000 "é" written as %C3%A9: 600,000 bytes of link. */
    static char url[600100], text[200001];
    strcpy(url, "https://wa.me/?text=");
    char *w = url + strlen(url);
    for (int i = 0; i < 100000; i++) {
        memcpy(w, "%C3%A9", 6);
        w += 6;
        memcpy(text + 2 * i, "\xC3\xA9", 2);
    }
    *w = '\0';
    text[200000] = '\0';
    ck_assert_parses(url, 0, WA, "", text, "");
}
END_TEST

Suite *chatlink_test_suite(void)
{
    Suite *s = suite_create("link-parse");
    ADD_TEST(s, test_parse_whatsapp_forms);
    ADD_TEST(s, test_parse_whatsapp_text_only_and_number_only);
    ADD_TEST(s, test_parse_whatsapp_checks_the_number);
    ADD_TEST(s, test_parse_reads_the_number_as_it_stands);
    ADD_TEST(s, test_parse_other_channels);
    ADD_TEST(s, test_parse_checks_by_the_builders_rules);
    ADD_TEST(s, test_parse_text_utf8);
    ADD_TEST(s, test_parse_says_why_it_is_not_a_chat_link);
    ADD_TEST(s, test_parse_arguments);
    ADD_TEST(s, test_channel_names);
    ADD_TEST(s, test_parse_long_text);
    return s;
}
