/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

/*
 * Calls from inside the library to a public function go through a hidden
 * alias of it, defined next to the function (glibc's hidden_def pattern):
 *
 * - no PLT hop, and no interposition by a same-named symbol elsewhere;
 * - the public name is then declared in the debug info only where it is
 *   defined. A call from another file gave that file a declaration of it,
 *   and libabigail kept the declaration instead of the definition: the
 *   function lost its link to its symbol, and the ABI check no longer saw
 *   a change to its parameters.
 */

#ifndef CHATLINK_INTERNAL_CALLS_H
#define CHATLINK_INTERNAL_CALLS_H

#include "chatlink.h"

/* The hidden name of public function `name`, for calls from inside the library. */
#define CLK_INTERNAL(name) clk_internal_##name

/* Declare it (in callers; __typeof__ does not make the public name "used"). */
#define CLK_DECLARE_INTERNAL(name)                                                                 \
    extern __typeof__(name) CLK_INTERNAL(name) __attribute__((visibility("hidden")))

/* Define it, after the public function, in the same file. */
#define CLK_DEFINE_INTERNAL(name)                                                                  \
    extern __typeof__(name) CLK_INTERNAL(name)                                                     \
        __attribute__((alias(#name), visibility("hidden")))

CLK_DECLARE_INTERNAL(chatlink_whatsapp);
CLK_DECLARE_INTERNAL(chatlink_twitter_dm);
CLK_DECLARE_INTERNAL(chatlink_messenger);
CLK_DECLARE_INTERNAL(chatlink_telegram);
CLK_DECLARE_INTERNAL(chatlink_instagram);
CLK_DECLARE_INTERNAL(chatlink_sms);
CLK_DECLARE_INTERNAL(chatlink_signal);
CLK_DECLARE_INTERNAL(chatlink_viber);
CLK_DECLARE_INTERNAL(chatlink_line);
CLK_DECLARE_INTERNAL(chatlink_phone_e164);

#endif /* CHATLINK_INTERNAL_CALLS_H */
