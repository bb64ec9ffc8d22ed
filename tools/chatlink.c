/*
 * chatlink: build click-to-chat links from the shell.
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chatlink.h"

enum exit_status {
    EXIT_LINK_OK = 0,
    EXIT_BAD_INPUT = 1, /* the library refused the input */
    EXIT_USAGE = 2,     /* the command line itself is wrong */
};

static const char usage_text[] =
    "Usage: chatlink [OPTION]... COMMAND ARGUMENT...\n"
    "Build a correct click-to-chat link and print it.\n"
    "\n"
    "Commands:\n"
    "  whatsapp PHONE [TEXT]      WhatsApp link; PHONE in international form\n"
    "                             (\"+31 6 1234 5678\"), or \"\" for a text-only link\n"
    "  twitter ID [TEXT]          X Direct Message link; ID is the numeric user id\n"
    "  messenger PAGE             Messenger m.me link to a page name or id\n"
    "  phone NUMBER               the number in E.164 form (+31612345678)\n"
    "  encode TEXT                TEXT percent-encoded for a URL query value\n"
    "\n"
    "Options:\n"
    "      --text=TEXT            (messenger) message to pre-fill\n"
    "      --ref=REF              (messenger) referral value for the page's webhook\n"
    "      --region=RR            (phone) country where a national number is read\n"
    "      --api-host             (whatsapp) use https://api.whatsapp.com/send\n"
    "      --twitter-host         (twitter) use https://twitter.com\n"
    "      --possible-only        (whatsapp, phone) check the number's length only\n"
    "      --replace-invalid-utf8 replace invalid UTF-8 in texts with U+FFFD\n"
    "  -h, --help                 show this help and exit\n"
    "  -V, --version              show the library version and exit\n"
    "\n"
    "A TEXT or REF of \"-\" is read from standard input (one final newline dropped).\n"
    "Exit status: 0 link printed, 1 input refused (the reason on stderr),\n"
    "2 wrong command line.\n";

struct command_line {
    const char *command;
    const char *args[3];
    size_t nargs;
    const char *text;
    const char *ref;
    const char *region;
    unsigned int flags;
};

static int usage_error(const char *what, const char *detail)
{
    fprintf(stderr, "chatlink: %s%s\nTry 'chatlink --help'.\n", what, detail);
    return EXIT_USAGE;
}

/* For "--text", "--ref" and "--region" (also as "--text=..."): where the value goes. */
static bool is_value_option(struct command_line *cl, const char *arg, const char ***slot)
{
    const struct {
        const char *name;
        const char **slot;
    } options[] = {
        { "--text", &cl->text },
        { "--ref", &cl->ref },
        { "--region", &cl->region },
    };

    for (size_t k = 0; k < sizeof options / sizeof options[0]; k++) {
        size_t n = strlen(options[k].name);
        if (strncmp(arg, options[k].name, n) == 0 && (arg[n] == '\0' || arg[n] == '=')) {
            *slot = options[k].slot;
            return true;
        }
    }
    return false;
}

/* The value of "--name=value", or of "--name value"; NULL if there is none. */
static const char *option_value(const char *arg, int argc, char **argv, int *i)
{
    const char *equals = strchr(arg, '=');
    if (equals != NULL)
        return equals + 1;
    if (*i + 1 < argc)
        return argv[++*i];
    return NULL;
}

/* Returns -1 to go on, or an exit status. */
static int parse_command_line(int argc, char **argv, struct command_line *cl)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } flag_options[] = {
        { "--api-host", CHATLINK_WHATSAPP_API_HOST },
        { "--twitter-host", CHATLINK_TWITTER_HOST },
        { "--possible-only", CHATLINK_PHONE_POSSIBLE_ONLY },
        { "--replace-invalid-utf8", CHATLINK_REPLACE_INVALID_UTF8 },
    };
    bool options_done = false;
    const char **slot;

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool is_option = !options_done && arg[0] == '-' && arg[1] != '\0';

        if (!is_option) {
            if (cl->command == NULL)
                cl->command = arg;
            else if (cl->nargs < sizeof cl->args / sizeof cl->args[0])
                cl->args[cl->nargs++] = arg;
            else
                return usage_error("too many arguments: ", arg);
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options_done = true;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            fputs(usage_text, stdout);
            return EXIT_LINK_OK;
        } else if (strcmp(arg, "-V") == 0 || strcmp(arg, "--version") == 0) {
            printf("chatlink %s\n", chatlink_version_string());
            return EXIT_LINK_OK;
        } else if (is_value_option(cl, arg, &slot)) {
            const char *value = option_value(arg, argc, argv, &i);
            if (value == NULL)
                return usage_error("missing value for ", arg);
            *slot = value;
        } else {
            size_t k;
            for (k = 0; k < sizeof flag_options / sizeof flag_options[0]; k++) {
                if (strcmp(arg, flag_options[k].name) == 0)
                    break;
            }
            if (k == sizeof flag_options / sizeof flag_options[0])
                return usage_error("unknown option: ", arg);
            cl->flags |= flag_options[k].flag;
        }
    }
    return -1;
}

/* Read all of standard input as one text; NULL (and a message) on failure. */
static char *read_stdin_text(void)
{
    size_t len = 0, cap = 4096;
    char *buf = malloc(cap);
    if (buf == NULL)
        goto no_memory;

    for (;;) {
        if (cap - len < 2) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL)
                goto no_memory;
            buf = bigger;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len - 1, stdin);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(stdin)) {
        fputs("chatlink: cannot read standard input\n", stderr);
        free(buf);
        return NULL;
    }
    if (memchr(buf, '\0', len) != NULL) {
        fputs("chatlink: standard input contains a NUL byte\n", stderr);
        free(buf);
        return NULL;
    }
    /* `echo` and editors end text with a newline the user did not mean to send. */
    if (len > 0 && buf[len - 1] == '\n')
        len--;
    if (len > 0 && buf[len - 1] == '\r')
        len--;
    buf[len] = '\0';
    return buf;

no_memory:
    fputs("chatlink: out of memory\n", stderr);
    free(buf);
    return NULL;
}

/* Calls the builder for the command; `out` NULL and `out_size` 0 is a sizing call. */
static int build(const struct command_line *cl, const char *text, const char *ref, char *out,
                 size_t out_size, size_t *out_len)
{
    const char *cmd = cl->command;
    const char *arg = cl->args[0];

    if (strcmp(cmd, "whatsapp") == 0)
        return chatlink_whatsapp(out, out_size, out_len, arg, text, cl->flags);
    if (strcmp(cmd, "twitter") == 0)
        return chatlink_twitter_dm(out, out_size, out_len, arg, text, cl->flags);
    if (strcmp(cmd, "messenger") == 0)
        return chatlink_messenger(out, out_size, out_len, arg, text, ref, cl->flags);
    if (strcmp(cmd, "phone") == 0)
        return chatlink_phone_e164(out, out_size, out_len, arg, cl->region, cl->flags);
    /* encode */
    return chatlink_percent_encode(out, out_size, out_len, arg, strlen(arg), cl->flags);
}

/* Checks the arguments a command takes; returns -1 if they fit, or an exit status. */
static int check_arguments(const struct command_line *cl)
{
    static const struct {
        const char *name;
        size_t min_args, max_args;
        bool text_option, ref_option, region_option;
    } commands[] = {
        { "whatsapp", 1, 2, false, false, false }, { "twitter", 1, 2, false, false, false },
        { "messenger", 1, 1, true, true, false },  { "phone", 1, 1, false, false, true },
        { "encode", 1, 1, false, false, false },
    };

    if (cl->command == NULL)
        return usage_error("no command given", "");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(cl->command, commands[i].name) != 0)
            continue;
        if (cl->nargs < commands[i].min_args)
            return usage_error("missing argument for ", cl->command);
        if (cl->nargs > commands[i].max_args)
            return usage_error("too many arguments for ", cl->command);
        if ((cl->text && !commands[i].text_option) || (cl->ref && !commands[i].ref_option))
            return usage_error("--text and --ref are for messenger, not ", cl->command);
        if (cl->region && !commands[i].region_option)
            return usage_error("--region is for phone, not ", cl->command);
        return -1;
    }
    return usage_error("unknown command: ", cl->command);
}

int main(int argc, char **argv)
{
    struct command_line cl = { 0 };
    int status = parse_command_line(argc, argv, &cl);
    if (status >= 0)
        return status;
    status = check_arguments(&cl);
    if (status >= 0)
        return status;

    const char *text = cl.nargs > 1 ? cl.args[1] : cl.text;
    const char *ref = cl.ref;
    char *stdin_text = NULL;
    if ((text && strcmp(text, "-") == 0) || (ref && strcmp(ref, "-") == 0)) {
        if (text && ref && strcmp(text, "-") == 0 && strcmp(ref, "-") == 0)
            return usage_error("only one of TEXT and REF can be read from standard input", "");
        stdin_text = read_stdin_text();
        if (stdin_text == NULL)
            return EXIT_BAD_INPUT;
        if (text && strcmp(text, "-") == 0)
            text = stdin_text;
        else
            ref = stdin_text;
    }

    size_t needed = 0;
    char *link = NULL;
    int rc = build(&cl, text, ref, NULL, 0, &needed);
    if (rc == CHATLINK_OK) {
        link = malloc(needed + 1);
        if (link == NULL) {
            fputs("chatlink: out of memory\n", stderr);
            free(stdin_text);
            return EXIT_BAD_INPUT;
        }
        rc = build(&cl, text, ref, link, needed + 1, NULL);
    }

    if (rc == CHATLINK_OK) {
        puts(link);
        status = EXIT_LINK_OK;
    } else {
        fprintf(stderr, "chatlink: %s\n", chatlink_strerror(rc));
        status = rc == CHATLINK_ERR_BAD_FLAGS ? EXIT_USAGE : EXIT_BAD_INPUT;
    }
    free(link);
    free(stdin_text);
    if (fflush(stdout) != 0) {
        fputs("chatlink: cannot write the link\n", stderr);
        return EXIT_BAD_INPUT;
    }
    return status;
}
