// Copyright (c) 2026 the libchatlink authors
// SPDX-License-Identifier: MIT
//
// libphonenumber-js's verdicts on phone numbers, for the differential test
// (phone-differential.py). Same input and output as phone-verdicts.c:
// lines "REGION<TAB>NUMBER" in, "VALID<TAB>POSSIBLE" out, each the E.164
// form when the number parses and isValid() (isPossible()) holds, else "-".
//
// Usage: node phone-verdicts.cjs PACKAGE_DIR < input
'use strict'

const path = require('path')
const readline = require('readline')
const { parsePhoneNumberFromString } = require(path.resolve(process.argv[2], 'max'))

const out = []
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
lines.on('line', (line) => {
	const tab = line.indexOf('\t')
	const region = line.slice(0, tab)
	const number = line.slice(tab + 1)
	let phone
	try {
		phone = parsePhoneNumberFromString(number, region ? { defaultCountry: region, extract: false } : { extract: false })
	} catch (e) {
		phone = undefined
	}
	const valid = phone && phone.isValid() ? phone.number : '-'
	const possible = phone && phone.isPossible() ? phone.number : '-'
	out.push(valid + '\t' + possible)
})
lines.on('close', () => {
	process.stdout.write(out.join('\n') + (out.length ? '\n' : ''))
})
