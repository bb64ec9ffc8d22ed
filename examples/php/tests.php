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

// libchatlink 1.1
check('telegram', $chatlink->telegram('@durov', '@gif cats'), 'https://t.me/durov?text=%20%40gif%20cats');
check('instagram', $chatlink->instagram('say.simple', 'a=b'), 'https://ig.me/m/say.simple?ref=a%3Db');
check('sms', $chatlink->sms('+31 6 1355 8270', 'Hi & bye'), 'sms:+31613558270?body=Hi%20%26%20bye');
check('signal', $chatlink->signal('+31 6 1355 8270'), 'https://signal.me/#p/+31613558270');
check('viber', $chatlink->viber('+31 6 1355 8270'), 'viber://chat?number=%2B31613558270');
check('line', $chatlink->line('@linedevelopers', 'Hi there!'),
      'https://line.me/R/oaMessage/%40linedevelopers/?Hi%20there%21');
check('bad instagram ref', status_of(fn() => $chatlink->instagram('saysimple', 'a b')), 22);
$text = "Fish & chips? 1+1=2 #5\n😀";
check('parse round trip', $chatlink->parse($chatlink->telegram('+31 6 1355 8270', "@$text")),
      ['channel' => 'telegram', 'target' => '+31613558270', 'text' => "@$text", 'ref' => '']);
check('parse pasted', $chatlink->parse('http://www.m.me/saysimple/?text=Hoi+daar&ref=x&utm_source=y'),
      ['channel' => 'messenger', 'target' => 'saysimple', 'text' => 'Hoi daar', 'ref' => 'x']);
check('parse refuses', status_of(fn() => $chatlink->parse('https://www.instagram.com/saysimple/')), 32);
$anchor = $chatlink->htmlAnchor('https://wa.me/31613558270?text=a&b=c', "Tom & Jerry's <3");
check('html anchor', $anchor, '<a href="https://wa.me/31613558270?text=a&amp;b=c" target="_blank" '
                              . 'rel="noopener">Tom &amp; Jerry&#39;s &lt;3</a>');
$document = new DOMDocument();
$document->loadHTML('<meta charset="utf-8">' . $anchor);
$a = $document->getElementsByTagName('a')->item(0);
check('DOM reads the anchor\'s href back', $a->getAttribute('href'), 'https://wa.me/31613558270?text=a&b=c');
check('DOM reads the anchor\'s label back', $a->textContent, "Tom & Jerry's <3");
check('html anchor refuses javascript:', status_of(fn() => $chatlink->htmlAnchor('javascript:alert(1)', 'x')), 31);

// The class declares every function of chatlink.h (FFI cannot read the header itself).
$header = file_get_contents(__DIR__ . '/../../include/chatlink.h');
preg_match_all('/^CHATLINK_EXPORT[^(]*?\b(chatlink_\w+)\s*\(/ms', $header, $exported);
$declarations = (new ReflectionClass(Chatlink::class))->getConstant('DECLARATIONS');
preg_match_all('/\b(chatlink_\w+)\s*\(/', $declarations, $declared);
$missing = array_values(array_diff($exported[1], $declared[1]));
check('every function of chatlink.h is declared', $missing, []);

echo "$checks checks, $failures failed\n";
exit($failures === 0 ? 0 : 1);
