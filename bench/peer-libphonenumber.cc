// Copyright (c) 2026 the libchatlink authors
// SPDX-License-Identifier: MIT

#include "peer-libphonenumber.h"

#include <cstring>
#include <string>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

extern "C" int peer_libphonenumber_e164(const char *number, const char *region, char *out,
                                        size_t size)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util.Parse(number, region != nullptr ? region : "ZZ", &parsed) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util.IsValidNumber(parsed))
        return 0;
    std::string e164;
    util.Format(parsed, PhoneNumberUtil::E164, &e164);
    if (e164.size() >= size)
        return 0;
    std::memcpy(out, e164.c_str(), e164.size() + 1);
    return 1;
}

extern "C" const char *peer_libphonenumber_version(void)
{
    return LIBPHONENUMBER_VERSION;
}
