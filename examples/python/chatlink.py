# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""libchatlink from Python, through ctypes.

    import chatlink
    chatlink.whatsapp("+31 6 1355 8270", "Fish & chips?")
    # 'https://wa.me/31613558270?text=Fish%20%26%20chips%3F'

Every function returns a str, or raises ChatlinkError with the library's
status number and its message (chatlink_strerror), fit to show a user.

The library is found, in this order, at the path in the environment variable
CHATLINK_LIBRARY, by ctypes.util.find_library("chatlink"), or as
libchatlink.so.1 on the loader's search path.
"""

import ctypes
import ctypes.util
import enum
import os

__all__ = ["ChatlinkError", "Status", "whatsapp", "twitter_dm", "messenger", "phone_e164",
           "percent_encode", "strerror", "version"]


class Status(enum.IntEnum):
    """enum chatlink_status: the numbers are fixed by the library's ABI."""
    OK = 0
    ERR_NULL_ARGUMENT = 1
    ERR_BAD_FLAGS = 2
    ERR_BUFFER_TOO_SMALL = 3
    ERR_INVALID_UTF8 = 4
    ERR_TOO_LONG = 5
    ERR_EMPTY = 6
    ERR_PHONE_EMPTY = 10
    ERR_PHONE_CHARACTER = 11
    ERR_PHONE_NO_COUNTRY = 12
    ERR_PHONE_COUNTRY_CODE = 13
    ERR_PHONE_TOO_SHORT = 14
    ERR_PHONE_TOO_LONG = 15
    ERR_PHONE_INVALID = 16
    ERR_REGION = 17
    ERR_RECIPIENT_ID = 20
    ERR_USERNAME = 21
    ERR_REF = 22


# The flag bits of chatlink.h.
WHATSAPP_API_HOST = 1 << 0
TWITTER_HOST = 1 << 1
PHONE_POSSIBLE_ONLY = 1 << 2
REPLACE_INVALID_UTF8 = 1 << 3


class ChatlinkError(ValueError):
    """The library refused the input: .status says why, str(error) says it in words."""

    def __init__(self, status):
        try:
            self.status = Status(status)
        except ValueError:  # a status newer than this module
            self.status = status
        super().__init__(strerror(status))


def _load():
    path = os.environ.get("CHATLINK_LIBRARY") or ctypes.util.find_library("chatlink")
    lib = ctypes.CDLL(path or "libchatlink.so.1")
    out = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
    text, flags = ctypes.c_char_p, ctypes.c_uint
    signatures = {
        "chatlink_whatsapp": out + [text, text, flags],
        "chatlink_twitter_dm": out + [text, text, flags],
        "chatlink_messenger": out + [text, text, text, flags],
        "chatlink_phone_e164": out + [text, text, flags],
        "chatlink_percent_encode": out + [ctypes.c_char_p, ctypes.c_size_t, flags],
    }
    for name, argtypes in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = ctypes.c_int
    lib.chatlink_strerror.argtypes = [ctypes.c_int]
    lib.chatlink_strerror.restype = ctypes.c_char_p
    lib.chatlink_version_string.argtypes = []
    lib.chatlink_version_string.restype = ctypes.c_char_p
    return lib


_lib = _load()


def _c_string(value):
    """str (encoded to UTF-8) or bytes (as they are) or None, for a const char * input."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    if b"\0" in value:
        # The C function would stop at the NUL and link to less than was given.
        raise ValueError("text for a link cannot contain a NUL character")
    return value


def _build(function, *args):
    """Call a builder twice, as its output rules allow: measure, then write."""
    needed = ctypes.c_size_t(0)
    status = function(None, 0, ctypes.byref(needed), *args)
    if status != Status.OK:
        raise ChatlinkError(status)
    buffer = ctypes.create_string_buffer(needed.value + 1)
    status = function(buffer, len(buffer), None, *args)
    if status != Status.OK:
        raise ChatlinkError(status)
    return buffer.value.decode("ascii")


def _flags(**chosen):
    bits = {"api_host": WHATSAPP_API_HOST, "twitter_host": TWITTER_HOST,
            "possible_only": PHONE_POSSIBLE_ONLY, "replace_invalid_utf8": REPLACE_INVALID_UTF8}
    return sum(bits[name] for name, on in chosen.items() if on)


def whatsapp(phone, text=None, *, api_host=False, possible_only=False,
             replace_invalid_utf8=False):
    """A WhatsApp click-to-chat link; phone None or "" for a text-only link."""
    return _build(_lib.chatlink_whatsapp, _c_string(phone), _c_string(text),
                  _flags(api_host=api_host, possible_only=possible_only,
                         replace_invalid_utf8=replace_invalid_utf8))


def twitter_dm(recipient_id, text=None, *, twitter_host=False, replace_invalid_utf8=False):
    """An X Direct Message link; recipient_id is the numeric user id (str or int)."""
    return _build(_lib.chatlink_twitter_dm, _c_string(str(recipient_id)), _c_string(text),
                  _flags(twitter_host=twitter_host, replace_invalid_utf8=replace_invalid_utf8))


def messenger(page, text=None, ref=None, *, replace_invalid_utf8=False):
    """A Facebook Messenger m.me link to a page name or numeric page id."""
    return _build(_lib.chatlink_messenger, _c_string(str(page)), _c_string(text),
                  _c_string(ref), _flags(replace_invalid_utf8=replace_invalid_utf8))


def phone_e164(phone, region=None, *, possible_only=False):
    """The number in E.164 form ("+31612345678"); region: where a national number is read."""
    return _build(_lib.chatlink_phone_e164, _c_string(phone), _c_string(region),
                  _flags(possible_only=possible_only))


def percent_encode(text, *, replace_invalid_utf8=False):
    """text (str or bytes, NUL allowed) percent-encoded for a URL query value."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    return _build(_lib.chatlink_percent_encode, data, len(data),
                  _flags(replace_invalid_utf8=replace_invalid_utf8))


def strerror(status):
    """The library's sentence for a status number."""
    return _lib.chatlink_strerror(int(status)).decode("utf-8")


def version():
    """The version of the loaded library, e.g. "1.0.0"."""
    return _lib.chatlink_version_string().decode("ascii")
