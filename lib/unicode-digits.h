/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/* Unicode decimal digits (general category Nd), in every script. */

#ifndef CHATLINK_UNICODE_DIGITS_H
#define CHATLINK_UNICODE_DIGITS_H

#include <stddef.h>
#include <stdint.h>

/* The digit value 0-9 of code point c if it is a decimal digit (Nd), else -1. */
int clk_unicode_digit_value(uint32_t c);

#endif /* CHATLINK_UNICODE_DIGITS_H */
