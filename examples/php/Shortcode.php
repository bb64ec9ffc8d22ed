<?php
/*
 * A CMS shortcode over libchatlink:
 *
 *     [whatsapp phone="+31 6 1355 8270" text="Fish &amp; chips?" label="Order now"]
 *
 * becomes
 *
 *     <a class="chatlink chatlink-whatsapp" href="https://wa.me/31613558270?text=Fish%20%26%20chips%3F"
 *        rel="noopener" target="_blank">Order now</a>
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

namespace Chatlink;

require_once __DIR__ . '/Chatlink.php';

final class Shortcode
{
    public const DEFAULT_LABEL = 'Chat on WhatsApp';

    public function __construct(private Chatlink $chatlink)
    {
    }

    /**
     * Replace every [whatsapp ...] shortcode in a piece of HTML content.
     *
     * A shortcode the library refuses becomes a <span class="chatlink-error">
     * with the library's sentence, so that the editor sees why there is no link.
     */
    public function render(string $html): string
    {
        return preg_replace_callback(
            '/\[whatsapp((?:\s+[a-z]+\s*=\s*(?:"[^"]*"|\'[^\']*\'))*)\s*\/?\]/i',
            function (array $match): string {
                try {
                    return $this->anchor(self::attributes($match[1]));
                } catch (ChatlinkError $error) {
                    return '<span class="chatlink-error">' . self::escape($error->getMessage()) . '</span>';
                }
            },
            $html
        );
    }

    /**
     * The anchor for one shortcode's attributes (phone, text, label, api).
     *
     * The attributes are HTML text, as the editor stored them: "&amp;" is an
     * ampersand. They are decoded once, the link is built from the decoded
     * text, and the anchor is escaped once: no entity ever reaches the
     * message, and none is escaped twice.
     *
     * @throws ChatlinkError when the library refuses the phone number or text.
     */
    public function anchor(array $attributes): string
    {
        $phone = self::decode($attributes['phone'] ?? '');
        $text = self::decode($attributes['text'] ?? '');
        $label = self::decode($attributes['label'] ?? self::DEFAULT_LABEL);
        $api = in_array(strtolower($attributes['api'] ?? ''), ['1', 'yes', 'true'], true);

        $href = $this->chatlink->whatsapp($phone === '' ? null : $phone, $text === '' ? null : $text,
                                          $api ? Chatlink::WHATSAPP_API_HOST : Chatlink::NO_FLAGS);
        return '<a class="chatlink chatlink-whatsapp" href="' . self::escape($href) . '"'
             . ' rel="noopener" target="_blank">' . self::escape($label) . '</a>';
    }

    /** name="value" and name='value' pairs; names in lower case. */
    private static function attributes(string $source): array
    {
        preg_match_all('/([a-z]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')/i', $source, $pairs, PREG_SET_ORDER);
        $attributes = [];
        foreach ($pairs as $pair) {
            $attributes[strtolower($pair[1])] = ($pair[3] ?? '') !== '' ? $pair[3] : $pair[2];
        }
        return $attributes;
    }

    private static function decode(string $html): string
    {
        return html_entity_decode($html, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }

    /** Text or URL into an HTML attribute value or element content. */
    private static function escape(string $text): string
    {
        return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
    }
}
