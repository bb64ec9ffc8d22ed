<?php
/*
 * libchatlink from PHP, through FFI (PHP 7.4 or later; Debian's php-cli has it).
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

namespace Chatlink;

/** The library refused the input: getCode() is the status, getMessage() its sentence. */
final class ChatlinkError extends \InvalidArgumentException
{
}

/**
 * The link builders of libchatlink. Every method returns the link as a string
 * or throws ChatlinkError with the library's status and message.
 *
 *     $chatlink = new Chatlink\Chatlink();
 *     echo $chatlink->whatsapp('+31 6 1355 8270', 'Fish & chips?');
 *
 * The library is loaded from $library, else from the environment variable
 * CHATLINK_LIBRARY, else as libchatlink.so.1 from the loader's search path.
 */
final class Chatlink
{
    public const NO_FLAGS = 0;
    public const WHATSAPP_API_HOST = 1 << 0;
    public const TWITTER_HOST = 1 << 1;
    public const PHONE_POSSIBLE_ONLY = 1 << 2;
    public const REPLACE_INVALID_UTF8 = 1 << 3;
    public const HTML_SAME_TAB = 1 << 4;

    /* The declarations of chatlink.h that this class calls (FFI reads no macros). */
    private const DECLARATIONS = <<<'C'
        int chatlink_whatsapp(char *out, size_t out_size, size_t *out_len,
                              const char *phone, const char *text, unsigned int flags);
        int chatlink_twitter_dm(char *out, size_t out_size, size_t *out_len,
                                const char *recipient_id, const char *text, unsigned int flags);
        int chatlink_messenger(char *out, size_t out_size, size_t *out_len,
                               const char *page, const char *text, const char *ref,
                               unsigned int flags);
        int chatlink_phone_e164(char *out, size_t out_size, size_t *out_len,
                                const char *phone, const char *region, unsigned int flags);
        int chatlink_percent_encode(char *out, size_t out_size, size_t *out_len,
                                    const char *in, size_t in_len, unsigned int flags);
        int chatlink_telegram(char *out, size_t out_size, size_t *out_len,
                              const char *recipient, const char *text, unsigned int flags);
        int chatlink_instagram(char *out, size_t out_size, size_t *out_len,
                               const char *username, const char *ref, unsigned int flags);
        int chatlink_sms(char *out, size_t out_size, size_t *out_len,
                         const char *phone, const char *body, unsigned int flags);
        int chatlink_signal(char *out, size_t out_size, size_t *out_len,
                            const char *phone, unsigned int flags);
        int chatlink_viber(char *out, size_t out_size, size_t *out_len,
                           const char *phone, unsigned int flags);
        int chatlink_line(char *out, size_t out_size, size_t *out_len,
                          const char *line_id, const char *text, unsigned int flags);
        int chatlink_html_anchor(char *out, size_t out_size, size_t *out_len,
                                 const char *url, const char *label, unsigned int flags);
        struct chatlink_link;
        int chatlink_link_parse(struct chatlink_link **link, const char *url, unsigned int flags);
        void chatlink_link_free(struct chatlink_link *link);
        int chatlink_link_channel(const struct chatlink_link *link);
        const char *chatlink_link_target(const struct chatlink_link *link);
        const char *chatlink_link_text(const struct chatlink_link *link);
        const char *chatlink_link_ref(const struct chatlink_link *link);
        const char *chatlink_channel_name(int channel);
        const char *chatlink_strerror(int status);
        unsigned int chatlink_version_number(void);
        const char *chatlink_version_string(void);
        C;

    private \FFI $ffi;

    public function __construct(?string $library = null)
    {
        $library ??= (getenv('CHATLINK_LIBRARY') ?: 'libchatlink.so.1');
        $this->ffi = \FFI::cdef(self::DECLARATIONS, $library);
    }

    public function whatsapp(?string $phone, ?string $text = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_whatsapp', [self::cString($phone), self::cString($text), $flags]);
    }

    public function twitterDm(string $recipientId, ?string $text = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_twitter_dm', [self::cString($recipientId), self::cString($text), $flags]);
    }

    public function messenger(string $page, ?string $text = null, ?string $ref = null,
                              int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_messenger',
                            [self::cString($page), self::cString($text), self::cString($ref), $flags]);
    }

    public function phoneE164(string $phone, ?string $region = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_phone_e164', [self::cString($phone), self::cString($region), $flags]);
    }

    /** Any bytes (NUL included) percent-encoded for a URL query value. */
    public function percentEncode(string $text, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_percent_encode', [$text, strlen($text), $flags]);
    }

    /** A Telegram link to a user name ("@durov") or a phone number. */
    public function telegram(string $recipient, ?string $text = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_telegram', [self::cString($recipient), self::cString($text), $flags]);
    }

    /** An Instagram Direct ig.me link; $ref takes A-Z a-z 0-9 - _ = only. */
    public function instagram(string $username, ?string $ref = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_instagram', [self::cString($username), self::cString($ref), $flags]);
    }

    public function sms(string $phone, ?string $body = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_sms', [self::cString($phone), self::cString($body), $flags]);
    }

    public function signal(string $phone, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_signal', [self::cString($phone), $flags]);
    }

    public function viber(string $phone, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_viber', [self::cString($phone), $flags]);
    }

    /** A LINE link to an Official Account's chat; $lineId with or without its "@". */
    public function line(string $lineId, ?string $text = null, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_line', [self::cString($lineId), self::cString($text), $flags]);
    }

    /** <a href="$url" ...>$label</a>: both plain text (not HTML), escaped once. */
    public function htmlAnchor(string $url, string $label, int $flags = self::NO_FLAGS): string
    {
        return $this->build('chatlink_html_anchor', [self::cString($url), self::cString($label), $flags]);
    }

    /**
     * Read a chat link back: ['channel' => 'whatsapp', 'target' => '+31612345678',
     * 'text' => ..., 'ref' => ...], or ChatlinkError saying why it is not one.
     */
    public function parse(string $url, int $flags = self::NO_FLAGS): array
    {
        $link = $this->ffi->new('struct chatlink_link *');
        $status = $this->ffi->chatlink_link_parse(\FFI::addr($link), self::cString($url), $flags);
        if ($status !== 0) {
            throw new ChatlinkError($this->strerror($status), $status);
        }
        try {
            return [
                'channel' => $this->ffi->chatlink_channel_name($this->ffi->chatlink_link_channel($link)),
                'target' => $this->ffi->chatlink_link_target($link),
                'text' => $this->ffi->chatlink_link_text($link),
                'ref' => $this->ffi->chatlink_link_ref($link),
            ];
        } finally {
            $this->ffi->chatlink_link_free($link);
        }
    }

    public function strerror(int $status): string
    {
        return $this->ffi->chatlink_strerror($status);
    }

    public function version(): string
    {
        return $this->ffi->chatlink_version_string();
    }

    /** A const char * input: PHP strings are passed as they are, so a NUL would cut them short. */
    private static function cString(?string $value): ?string
    {
        if ($value !== null && str_contains($value, "\0")) {
            throw new \ValueError('text for a link cannot contain a NUL character');
        }
        return $value;
    }

    /** Call a builder twice, as its output rules allow: measure, then write. */
    private function build(string $function, array $inputs): string
    {
        $needed = $this->ffi->new('size_t');
        $status = $this->ffi->$function(null, 0, \FFI::addr($needed), ...$inputs);
        if ($status !== 0) {
            throw new ChatlinkError($this->strerror($status), $status);
        }
        $size = $needed->cdata + 1;
        $buffer = $this->ffi->new("char[$size]");
        $status = $this->ffi->$function($buffer, $size, null, ...$inputs);
        if ($status !== 0) {
            throw new ChatlinkError($this->strerror($status), $status);
        }
        return \FFI::string($buffer, $needed->cdata);
    }
}
