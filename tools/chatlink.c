/*
 * chatlink: build click-to-chat links from the shell, read them back, and
 * do either for a whole file at once.
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "chatlink.h"
#include "commands.h"

enum exit_status {
    EXIT_LINK_OK = 0,
    EXIT_BAD_INPUT = 1, /* the library refused the input (in batch mode: some of it) */
    EXIT_USAGE = 2,     /* the command line itself is wrong */
};

static const char usage_text[] =
    "Usage: chatlink [OPTION]... COMMAND ARGUMENT...\n"
    "       chatlink [OPTION]... batch COMMAND < FILE\n"
    "Build a correct click-to-chat link and print it, or read one back.\n"
    "\n"
    "Commands:\n"
    "  whatsapp PHONE [TEXT]      WhatsApp link; PHONE in international form\n"
    "                             (\"+31 6 1234 5678\"), or \"\" for a text-only link\n"
    "  twitter ID [TEXT]          X Direct Message link; ID is the numeric user id\n"
    "  messenger PAGE [TEXT [REF]]  Messenger m.me link to a page name or id\n"
    "  telegram RECIPIENT [TEXT]  Telegram link to a user name or a phone number\n"
    "  instagram USERNAME [REF]   Instagram Direct ig.me link\n"
    "  sms PHONE [TEXT]           SMS link (sms:+31612345678?body=...)\n"
    "  signal PHONE               Signal link\n"
    "  viber PHONE                Viber chat link\n"
    "  line ID [TEXT]             LINE link to an Official Account (@id)\n"
    "  html URL LABEL             an HTML <a> element for URL, both escaped\n"
    "  phone NUMBER [REGION]      the number in E.164 form (+31612345678)\n"
    "  encode TEXT                TEXT percent-encoded for a URL query value\n"
    "  parse URL                  read a chat link: prints channel, target, text\n"
    "                             and ref separated by tabs (\\t \\n \\r \\\\ escaped)\n"
    "  batch COMMAND              run COMMAND for each line of standard input,\n"
    "                             its columns the command's arguments; one\n"
    "                             result a line, refused lines reported on\n"
    "                             stderr with their line number\n"
    "\n"
    "Options:\n"
    "      --text=TEXT            the TEXT argument, as an option\n"
    "      --ref=REF              the REF argument (messenger, instagram)\n"
    "      --region=RR            (phone) country where a national number is read\n"
    "      --api-host             (whatsapp) use https://api.whatsapp.com/send\n"
    "      --twitter-host         (twitter) use https://twitter.com\n"
    "      --possible-only        (numbers) check the number's length only\n"
    "      --replace-invalid-utf8 replace invalid UTF-8 in texts with U+FFFD\n"
    "      --same-tab             (html) no target=\"_blank\"\n"
    "      --csv                  (batch) read CSV (RFC 4180) instead of TSV\n"
    "      --header               (batch) the first line names the columns: skip it\n"
    "  -h, --help                 show this help and exit\n"
    "  -V, --version              show the library version and exit\n"
    "\n"
    "A TEXT or REF of \"-\" is read from standard input (one final newline dropped).\n"
    "Exit status: 0 success, 1 input refused (the reason on stderr; in batch\n"
    "mode, one or more lines), 2 wrong command line.\n";

struct command_line {
    const char *command;
    const char *args[COMMAND_FIELDS_MAX + 1];
    size_t nargs;
    const char *text;
    const char *ref;
    const char *region;
    unsigned int flags;
    bool csv, header;
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

/* Options that only switch something on. */
static bool is_switch(struct command_line *cl, const char *arg)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } flag_options[] = {
        { "--api-host", CHATLINK_WHATSAPP_API_HOST },
        { "--twitter-host", CHATLINK_TWITTER_HOST },
        { "--possible-only", CHATLINK_PHONE_POSSIBLE_ONLY },
        { "--replace-invalid-utf8", CHATLINK_REPLACE_INVALID_UTF8 },
        { "--same-tab", CHATLINK_HTML_SAME_TAB },
    };
    for (size_t k = 0; k < sizeof flag_options / sizeof flag_options[0]; k++) {
        if (strcmp(arg, flag_options[k].name) == 0) {
            cl->flags |= flag_options[k].flag;
            return true;
        }
    }
    if (strcmp(arg, "--csv") == 0)
        return cl->csv = true;
    if (strcmp(arg, "--header") == 0)
        return cl->header = true;
    return false;
}

/* Returns -1 to go on, or an exit status. */
static int parse_command_line(int argc, char **argv, struct command_line *cl)
{
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
        } else if (strcmp(arg, "--") == 0) {
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
        } else if (!is_switch(cl, arg)) {
            return usage_error("unknown option: ", arg);
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

/*
 * Put --text, --ref and --region where the command takes them. Returns -1
 * if they fit, or an exit status.
 */
static int place_options(const struct command_line *cl, const struct command *cmd,
                         const char **values)
{
    const struct {
        const char *option, *field, *value;
    } named[] = {
        { "--text", "TEXT", cl->text },
        { "--ref", "REF", cl->ref },
        { "--region", "REGION", cl->region },
    };
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
        if (named[k].value == NULL)
            continue;
        int at = command_field_index(cmd, named[k].field);
        if (at < 0) {
            fprintf(stderr, "chatlink: %s is not an option of %s\nTry 'chatlink --help'.\n",
                    named[k].option, cmd->name);
            return EXIT_USAGE;
        }
        if (values[at] != NULL)
            return usage_error("given twice: ", named[k].field);
        values[at] = named[k].value;
    }
    return -1;
}

static int exit_status_of(int rc)
{
    if (rc == CHATLINK_OK)
        return EXIT_LINK_OK;
    fprintf(stderr, "chatlink: %s\n", chatlink_strerror(rc));
    return rc == CHATLINK_ERR_BAD_FLAGS ? EXIT_USAGE : EXIT_BAD_INPUT;
}

/* True for the options that only batch mode takes. */
static bool batch_only_options(const struct command_line *cl)
{
    return cl->csv || cl->header;
}

static int run_batch(const struct command_line *cl)
{
    if (cl->nargs != 1)
        return usage_error(cl->nargs == 0 ? "missing command for " : "too many arguments for ",
                           "batch");
    const struct command *cmd = command_find(cl->args[0]);
    if (cmd == NULL)
        return usage_error("unknown command: ", cl->args[0]);
    if (cl->text || cl->ref || cl->region)
        return usage_error("in batch mode the values come from the columns, not from ",
                           "--text, --ref or --region");

    /* Refuse flags the command does not take once, not on every line. */
    const char *probe[COMMAND_FIELDS_MAX] = { "", "", "" };
    if (!command_is_parse(cmd) &&
        cmd->build(NULL, 0, NULL, probe, cl->flags) == CHATLINK_ERR_BAD_FLAGS)
        return exit_status_of(CHATLINK_ERR_BAD_FLAGS);

    struct batch_options opts = { .csv = cl->csv, .header = cl->header, .flags = cl->flags };
    int result = batch_run(cmd, &opts, stdin, stdout, stderr);
    return result == 0 ? EXIT_LINK_OK : EXIT_BAD_INPUT;
}

static int run_once(const struct command_line *cl)
{
    const struct command *cmd = command_find(cl->command);
    if (cmd == NULL)
        return usage_error("unknown command: ", cl->command);
    if (batch_only_options(cl))
        return usage_error("--csv and --header are for batch, not ", cl->command);
    if (cl->nargs > command_field_count(cmd))
        return usage_error("too many arguments for ", cl->command);

    const char *values[COMMAND_FIELDS_MAX] = { NULL };
    for (size_t i = 0; i < cl->nargs; i++)
        values[i] = cl->args[i];
    int status = place_options(cl, cmd, values);
    if (status >= 0)
        return status;
    for (size_t i = 0; i < cmd->required; i++) {
        if (values[i] == NULL)
            return usage_error("missing argument for ", cl->command);
    }

    /* One TEXT or REF may be "-": standard input. */
    char *stdin_text = NULL;
    for (size_t i = 1; i < COMMAND_FIELDS_MAX; i++) {
        if (values[i] == NULL || strcmp(values[i], "-") != 0 || cmd->fields[i] == NULL ||
            (strcmp(cmd->fields[i], "TEXT") != 0 && strcmp(cmd->fields[i], "REF") != 0))
            continue;
        if (stdin_text != NULL) {
            free(stdin_text);
            return usage_error("only one of TEXT and REF can be read from standard input", "");
        }
        stdin_text = read_stdin_text();
        if (stdin_text == NULL)
            return EXIT_BAD_INPUT;
        values[i] = stdin_text;
    }

    status = exit_status_of(command_print(cmd, values, cl->flags, stdout));
    free(stdin_text);
    return status;
}

int main(int argc, char **argv)
{
    struct command_line cl = { 0 };
    int status = parse_command_line(argc, argv, &cl);
    if (status >= 0)
        return status;
    if (cl.command == NULL)
        return usage_error("no command given", "");

    status = strcmp(cl.command, "batch") == 0 ? run_batch(&cl) : run_once(&cl);
    if (fflush(stdout) != 0) {
        fputs("chatlink: cannot write the result\n", stderr);
        return EXIT_BAD_INPUT;
    }
    return status;
}
