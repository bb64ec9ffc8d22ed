<?php
/*
 * Tests of Chatlink.php and Shortcode.php against the real library:
 *     CHATLINK_LIBRARY=build/lib/libchatlink.so.1 php -d ffi.enable=1 examples/php/tests.php
 *
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

require_once __DIR__ . '/Shortcode.php';

use Chatlink\Chatlink;
use Chatlink\ChatlinkError;
use Chatlink\Shortcode;

$failures = 0;
$checks = 0;

function check(string $name, mixed $got, mixed $expected): void
{
    global $failures, $checks;
    $checks++;
    if ($got !== $expected) {
        $failures++;
        fwrite(STDERR, "FAIL: $name\n  got:      " . var_export($got, true)
                       . "\n  expected: " . var_export($expected, true) . "\n");
    }
}

/** The status a call fails with, or null when it does not fail. */
function status_of(callable $call): ?int
{
    try {
        $call();
        return null;
    } catch (ChatlinkError $error) {
        return $error->getCode();
    }
}

/** The value of one query parameter as a browser reads it back (no '+' is in our links). */
function query_value(string $link, string $name): ?string
{
    foreach (explode('&', (string) parse_url($link, PHP_URL_QUERY)) as $pair) {
        [$key, $value] = array_pad(explode('=', $pair, 2), 2, '');
        if (rawurldecode($key) === $name) {
            return rawurldecode($value);
        }
    }
    return null;
}

$chatlink = new Chatlink();

// Links
check('whatsapp', $chatlink->whatsapp('+31 6 1355 8270', 'Hallo!'),
      'https://wa.me/31613558270?text=Hallo%21');
check('whatsapp text only', $chatlink->whatsapp(null, 'Hi'), 'https://wa.me/?text=Hi');
check('whatsapp api host', $chatlink->whatsapp('0031613558270', null, Chatlink::WHATSAPP_API_HOST),
      'https://api.whatsapp.com/send?phone=31613558270');
$text = "Fish & chips? 1+1=2 #5 100%\nregel\ttab 🇳🇱👩‍👩‍👧 é 中文 مرحبا";
check('text comes back exactly', query_value($chatlink->whatsapp('+31613558270', $text), 'text'), $text);
check('twitter', $chatlink->twitterDm('3805104374', 'Hi', Chatlink::TWITTER_HOST),
      'https://twitter.com/messages/compose?recipient_id=3805104374&text=Hi');
$link = $chatlink->messenger('saysimple.haarlem', 'Hoi & dag', 'footer=1');
check('messenger text', query_value($link, 'text'), 'Hoi & dag');
check('messenger ref', query_value($link, 'ref'), 'footer=1');
check('phone', $chatlink->phoneE164('06 1355 8270', 'NL'), '+31613558270');
check('encode with NUL', $chatlink->percentEncode("a&b\0c"), 'a%26b%00c');
check('long text', strlen($chatlink->whatsapp('+31613558270', str_repeat('é', 20000))),
      strlen('https://wa.me/31613558270?text=') + 20000 * 6);
check('version', preg_match('/^\d+\.\d+\.\d+$/', $chatlink->version()), 1);

// Errors: the status and the library's own sentence
check('too short', status_of(fn() => $chatlink->whatsapp('+1 202 555', 'Hi')), 14);
check('letter', status_of(fn() => $chatlink->whatsapp('+31 6 CALL NOW')), 11);
check('no country', status_of(fn() => $chatlink->whatsapp('06 1355 8270')), 12);
check('bad region', status_of(fn() => $chatlink->phoneE164('06 1355 8270', 'XX')), 17);
check('empty', status_of(fn() => $chatlink->whatsapp(null, null)), 6);
check('invalid utf-8', status_of(fn() => $chatlink->whatsapp('+31613558270', "\xC0\xAF")), 4);
check('handle is not an id', status_of(fn() => $chatlink->twitterDm('@jack')), 20);
try {
    $chatlink->whatsapp('06 1355 8270');
} catch (ChatlinkError $error) {
    check('message is strerror', $error->getMessage(), $chatlink->strerror(12));
}
try {
    $chatlink->whatsapp('+31613558270', "before\0after");
    check('NUL refused', 'no exception', 'ValueError');
} catch (\ValueError $error) {
    check('NUL refused', 'ValueError', 'ValueError');
}

// Shortcodes
$shortcode = new Shortcode($chatlink);
check('shortcode', $shortcode->render('<p>[whatsapp phone="+31 6 1355 8270" text="Hallo!"]</p>'),
      '<p><a class="chatlink chatlink-whatsapp" href="https://wa.me/31613558270?text=Hallo%21"'
      . ' rel="noopener" target="_blank">Chat on WhatsApp</a></p>');
// The editor's "&amp;" is an ampersand: decoded once for the message...
$html = $shortcode->render('[whatsapp phone="+31613558270" text="Fish &amp; chips &lt;3" label="Tom &amp; Jerry&#39;s"]');
check('entities decoded into the message',
      str_contains($html, 'href="https://wa.me/31613558270?text=Fish%20%26%20chips%20%3C3"'), true);
// ...and the label escaped once in the HTML, never twice.
check('label escaped once', str_contains($html, '>Tom &amp; Jerry&apos;s</a>'), true);
check('no double escaping', str_contains($html, '&amp;amp;'), false);
// The API host's '&' between parameters is escaped in the attribute.
check('href ampersand escaped',
      $shortcode->render("[whatsapp phone='+31613558270' text='Hi' api='yes']"),
      '<a class="chatlink chatlink-whatsapp" href="https://api.whatsapp.com/send?phone=31613558270&amp;text=Hi"'
      . ' rel="noopener" target="_blank">Chat on WhatsApp</a>');
// A label that tries to break out of the element stays text.
check('label cannot inject',
      str_contains($shortcode->render('[whatsapp phone="+31613558270" label="&lt;script&gt;x&lt;/script&gt;"]'),
                   '>&lt;script&gt;x&lt;/script&gt;</a>'), true);
check('bad number shows the reason',
      $shortcode->render('[whatsapp phone="06 1355 8270"]'),
      '<span class="chatlink-error">' . htmlspecialchars($chatlink->strerror(12), ENT_QUOTES | ENT_HTML5) . '</span>');
check('other text untouched', $shortcode->render('no [shortcode] here'), 'no [shortcode] here');

// A round trip through a real HTML parser: the href it reads is the link.
$html = $shortcode->render('[whatsapp phone="+31613558270" text="&quot;Quote&quot; &amp; &lt;tag&gt; &#x1F600;" api="1"]');
$document = new DOMDocument();
$document->loadHTML('<meta charset="utf-8">' . $html);
$href = $document->getElementsByTagName('a')->item(0)->getAttribute('href');
check('DOM reads the link back', $href, $chatlink->whatsapp('+31613558270', "\"Quote\" & <tag> 😀",
                                                           Chatlink::WHATSAPP_API_HOST));
check('DOM reads the text back', query_value($href, 'text'), "\"Quote\" & <tag> 😀");

echo "$checks checks, $failures failed\n";
exit($failures === 0 ? 0 : 1);
