// Copyright (c) 2026 the libchatlink authors
// SPDX-License-Identifier: MIT
//
// Reads links back with Node's WHATWG URL parser (the one in every browser's
// spec) and compares every field with what went in. Input: JSON lines
//   {"link": ..., "protocol": ..., "host": ..., "pathname": ...,
//    "params": {"name": "hex of the UTF-8 bytes given"},
//    "hash": ... (optional, else none), "query": "hex" (optional: LINE's
//    key-less text, the whole query percent-decoded)}
// The expected value of a parameter is those bytes through the WHATWG UTF-8
// decoder (TextDecoder, replacement mode): the text itself when it was valid
// UTF-8. Prints one line per mismatch, then a count; exits 1 on any.
'use strict';
const readline = require('readline');

// ignoreBOM: keep a leading U+FEFF, as URLSearchParams does ("UTF-8 decode
// without BOM"); TextDecoder's default would drop it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
let checked = 0;
let failed = 0;

function fail(item, what) {
  failed++;
  if (failed <= 20) {
    const link = item.link.length > 300 ? item.link.slice(0, 300) + '...' : item.link;
    console.log(`MISMATCH ${what}: ${link}`);
  }
}

// The URL Standard's percent-decode: %XX with two hex digits is a byte, anything else itself.
function percentDecode(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.substr(i + 1, 2);
    if (s[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(...Buffer.from(s[i], 'utf8'));
    }
  }
  return Buffer.from(out);
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  const item = JSON.parse(line);
  checked++;
  let url;
  try {
    url = new URL(item.link);
  } catch (e) {
    fail(item, `new URL() throws ${e.message}`);
    return;
  }
  if (url.href !== item.link) fail(item, 'the parser rewrote the link (href differs)');
  if (url.protocol !== item.protocol) fail(item, `protocol ${url.protocol}`);
  if (url.host !== item.host) fail(item, `host ${url.host}`);
  if (url.pathname !== item.pathname) fail(item, `pathname ${url.pathname}, expected ${item.pathname}`);
  if (url.hash !== (item.hash || '')) fail(item, `fragment ${url.hash}`);
  if (item.query !== undefined) {
    // Percent-decoding of the query, then UTF-8: what LINE reads (no key, no '+' rule).
    const bytes = percentDecode(url.search.slice(1));
    const expected = decoder.decode(Buffer.from(item.query, 'hex'));
    if (decoder.decode(bytes) !== expected) fail(item, 'the query does not read back as the text');
    return;
  }
  const names = [...url.searchParams.keys()];
  const expectedNames = Object.keys(item.params);
  if (names.join('&') !== expectedNames.join('&')) {
    fail(item, `parameters [${names}], expected [${expectedNames}]`);
    return;
  }
  for (const name of expectedNames) {
    const expected = decoder.decode(Buffer.from(item.params[name], 'hex'));
    const got = url.searchParams.get(name);
    if (got !== expected) {
      let i = 0;
      while (i < got.length && got[i] === expected[i]) i++;
      fail(item, `${name} differs at UTF-16 index ${i} (${got.length} vs ${expected.length} units)`);
    }
  }
});
rl.on('close', () => {
  console.log(`node ${process.version}: ${checked} links read back, ${failed} mismatches`);
  process.exit(failed === 0 && checked > 0 ? 0 : 1);
});
