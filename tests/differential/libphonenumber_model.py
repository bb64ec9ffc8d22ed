# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""A small model of how Google's libphonenumber parses and checks numbers.

Written for the differential test from the steps of libphonenumber's
PhoneNumberUtil (parseHelper, maybeExtractCountryCode,
maybeStripNationalPrefixAndCarrierCode, isValidNumber, isPossibleNumber),
using Python's own `re` on the metadata's patterns: an implementation
independent of libchatlink's compiled automata.

libphonenumber-js departs from Google's library at a few steps. Each
departure is a switch (JS_*); the model run with a switch on shows what
that departure alone does, which is how the test explains a difference
between libchatlink (which follows Google's library) and libphonenumber-js.
"""

import re

# libphonenumber-js departures from Google's libphonenumber.
JS_NO_PLUS_RETRY = "no-plus-retry"
JS_OWN_CODE = "own-calling-code"
JS_STRIP_LENGTH_REGION = "strip-length-region"
JS_POSSIBLE_REGION = "possible-region"
JS_VALID_DEFAULT_REGION = "valid-default-region"
JS_IDD_WHOLE_NUMBER = "idd-whole-number"

DEPARTURES = {
    JS_NO_PLUS_RETRY:
        "a '+' followed by an international prefix ('+00 31 ...'): Google's parseHelper "
        "reads the number again without the '+'; libphonenumber-js refuses it",
    JS_OWN_CODE:
        "the region's calling code typed without '+' ('31 6 ...' in NL): Google's "
        "maybeExtractCountryCode tests the number's length as typed and hands on the rest "
        "with the region's national prefix rule applied; libphonenumber-js tests the length "
        "after that rule and hands on the rest as typed, read by the main region's rules",
    JS_STRIP_LENGTH_REGION:
        "a national prefix in a region sharing its calling code: Google's parseHelper keeps "
        "the prefix unless the rest has a possible length for the region reading the number; "
        "libphonenumber-js asks the region the rest belongs to",
    JS_POSSIBLE_REGION:
        "isPossibleNumber for a calling code shared by regions with different lengths: "
        "Google's library uses the main region's lengths (its comment: they cover every "
        "region of the code); libphonenumber-js uses the number's own region's",
    JS_VALID_DEFAULT_REGION:
        "a national number that belongs to no region of its calling code: Google's "
        "isValidNumber finds no region and says invalid; libphonenumber-js checks it "
        "against the default region's patterns",
    JS_IDD_WHOLE_NUMBER:
        "a number that is all international prefix ('0135' in UY): Google's library reads "
        "the prefix and finds nothing after it (too short); libphonenumber-js reads it as a "
        "national number",
}

DIGIT_SETS = ["0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]
DIGIT_VALUE = {c: str(i) for s in DIGIT_SETS for i, c in enumerate(s)}


class ParseError(Exception):
    pass


class Plan:
    def __init__(self, region, data):
        self.region = region
        self.cc = data[0]
        self.idd = re.compile(data[1]) if data[1] else None
        self.general = re.compile(data[2])
        self.lengths = sorted(data[3])
        national = (data[7] if len(data) > 7 and data[7] else None) or \
            (data[5] if len(data) > 5 and data[5] else None)
        self.national = re.compile(national) if national else None
        rule = data[8] if len(data) > 8 and data[8] else None
        self.transform = re.sub(r"\$(\d)", r"\\\1", rule) if rule else None
        self.leading = re.compile(data[10]) if len(data) > 10 and data[10] else None
        self.types = []
        for entry in data[11]:
            if entry and entry[0]:
                own = entry[1] if len(entry) > 1 and entry[1] else self.lengths
                self.types.append((re.compile(entry[0]), own))


def test_length(plan, n):
    lengths = plan.lengths
    if len(n) < lengths[0]:
        return "TOO_SHORT"
    if len(n) > lengths[-1]:
        return "TOO_LONG"
    return "OK" if len(n) in lengths else "INVALID_LENGTH"


class Model:
    def __init__(self, metadata):
        self.plans = {r: Plan(r, d) for r, d in metadata["countries"].items()}
        self.by_code = {cc: [self.plans[r] for r in regions]
                        for cc, regions in metadata["country_calling_codes"].items()}
        for cc, d in metadata["nonGeographic"].items():
            self.by_code[cc] = [Plan(None, d)]

    # --- checks ---

    def has_type(self, plan, n):
        if len(n) not in plan.lengths or not plan.general.fullmatch(n):
            return False
        return any(len(n) in lengths and pattern.fullmatch(n) for pattern, lengths in plan.types)

    def region_for(self, cc, n):
        """getRegionCodeForNumberFromRegionList."""
        plans = self.by_code[cc]
        if len(plans) == 1:
            return plans[0]
        for plan in plans:
            if plan.leading:
                if plan.leading.match(n):
                    return plan
            elif self.has_type(plan, n):
                return plan
        return None

    # --- parsing ---

    def strip_national_prefix(self, plan, n):
        """maybeStripNationalPrefixAndCarrierCode: (number, whether it changed)."""
        if not n or not plan.national:
            return n, False
        m = plan.national.match(n)
        if not m:
            return n, False
        viable = plan.general.fullmatch(n)
        groups = plan.national.groups
        if plan.transform and groups and m.group(groups) is not None:
            rest = m.expand(plan.transform) + n[m.end():]
        else:
            rest = n[m.end():]
        if viable and not plan.general.fullmatch(rest):
            return n, False
        return rest, True

    def js_extract_national(self, plan, n):
        """libphonenumber-js's extractNationalNumber: the strip, with its length check."""
        rest, changed = self.strip_national_prefix(plan, n)
        if not changed or rest == n:
            return n
        country = self.region_for(plan.cc, rest) or plan
        if test_length(country, rest) in ("TOO_SHORT", "INVALID_LENGTH"):
            return n
        return rest

    def extract_calling_code(self, d):
        if d[0] == "0":
            return None
        for i in range(1, 4):
            if d[:i] in self.by_code:
                return d[:i], d[i:]
        return None

    def maybe_extract_country(self, d, plus, default, js):
        """maybeExtractCountryCode: (calling code or None, rest, plan for the rest)."""
        international = plus
        if not plus and default is not None and default.idd:
            m = default.idd.match(d)
            whole = m is not None and m.end() == len(d) and JS_IDD_WHOLE_NUMBER in js
            if m and not (m.end() < len(d) and d[m.end()] == "0") and not whole:
                d = d[m.end():]
                international = True
        if international:
            if len(d) <= 2:
                raise ParseError("TOO_SHORT_AFTER_IDD")
            found = self.extract_calling_code(d)
            if not found:
                raise ParseError("INVALID_COUNTRY_CODE")
            return found[0], found[1], self.by_code[found[0]][0]
        if default is not None and d.startswith(default.cc):
            cc = default.cc
            if JS_OWN_CODE in js:
                shorter = d[len(cc):]
                full_national = self.js_extract_national(default, d)
                short_national = self.js_extract_national(default, shorter)
                if ((not default.general.fullmatch(full_national)
                     and default.general.fullmatch(short_national))
                        or test_length(default, full_national) == "TOO_LONG"):
                    return cc, shorter, self.by_code[cc][0]
            else:
                rest, _ = self.strip_national_prefix(default, d[len(cc):])
                if ((not default.general.fullmatch(d) and default.general.fullmatch(rest))
                        or test_length(default, d) == "TOO_LONG"):
                    return cc, rest, self.by_code[cc][0]
        return None, d, default

    def parse(self, number, region, js=frozenset()):
        """(calling code, national number, the default region's plan if the number was
        read as one of its national numbers, else None), or ParseError."""
        text = number.strip()
        plus = text.startswith("+")
        digits = "".join(DIGIT_VALUE[c] for c in text if c in DIGIT_VALUE)
        default = self.plans.get(region) if region else None
        try:
            cc, n, plan = self.maybe_extract_country(digits, plus, default, js)
        except ParseError as e:
            if str(e) != "INVALID_COUNTRY_CODE" or not plus or JS_NO_PLUS_RETRY in js:
                raise
            if default is None:
                raise
            cc, n, plan = self.maybe_extract_country(digits, False, default, js)
            if cc is None:
                raise
        national = cc is None
        if national:
            if default is None:
                raise ParseError("INVALID_COUNTRY_CODE")
            cc = default.cc
        if len(n) < 2:
            raise ParseError("TOO_SHORT_NSN")
        stripped, changed = self.strip_national_prefix(plan, n)
        if changed:
            judge = plan
            if JS_STRIP_LENGTH_REGION in js:
                judge = self.region_for(cc, stripped) or plan
            if test_length(judge, stripped) in ("OK", "TOO_LONG"):
                n = stripped
        if len(n) < 2:
            raise ParseError("TOO_SHORT_NSN")
        if len(n) > 17:
            raise ParseError("TOO_LONG")
        return cc, n, default if national else None

    def verdicts(self, number, region, js=frozenset()):
        """(E.164 if valid else '-', E.164 if possible else '-')."""
        try:
            cc, n, national_default = self.parse(number, region, js)
        except ParseError:
            return "-", "-"
        e164 = "+" + cc + n
        found = self.region_for(cc, n)
        if found is None and JS_VALID_DEFAULT_REGION in js and national_default is not None:
            found = national_default
        valid = found is not None and self.has_type(found, n)
        judge = self.by_code[cc][0]
        if JS_POSSIBLE_REGION in js:
            judge = found or national_default or judge
        # Google's isPossibleNumber also takes the main region's local-only
        # lengths (US: 7, which covers CA's valid 7-digit 310 numbers); the
        # metadata here has none. A valid number stands in for them: in
        # Google's data the main region's lengths, local-only ones included,
        # cover every region of the code. (Checked against libphonenumber C++
        # 8.12.57 on every number where this makes a difference and it takes
        # the region given.)
        possible = valid or test_length(judge, n) == "OK"
        return (e164 if valid else "-", e164 if possible else "-")
