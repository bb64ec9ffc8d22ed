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

import collections
import ctypes
import ctypes.util
import enum
import os

__all__ = ["ChatlinkError", "Status", "Channel", "Link", "whatsapp", "twitter_dm", "messenger",
           "telegram", "instagram", "sms", "signal", "viber", "line", "html_anchor", "parse",
           "phone_e164", "percent_encode", "channel_name", "strerror", "version"]


class Status(enum.IntEnum):
    """enum chatlink_status: the numbers are fixed by the library's ABI."""
    OK = 0
    ERR_NULL_ARGUMENT = 1
    ERR_BAD_FLAGS = 2
    ERR_BUFFER_TOO_SMALL = 3
    ERR_INVALID_UTF8 = 4
    ERR_TOO_LONG = 5
    ERR_EMPTY = 6
    ERR_NO_MEMORY = 7
    ERR_LABEL_EMPTY = 8
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
    ERR_LINK_SYNTAX = 30
    ERR_LINK_UNKNOWN = 31
    ERR_LINK_UNSUPPORTED = 32
    ERR_LINK_MALFORMED = 33


class Channel(enum.IntEnum):
    """enum chatlink_channel (libchatlink 1.1)."""
    WHATSAPP = 1
    TWITTER_DM = 2
    MESSENGER = 3
    TELEGRAM = 4
    INSTAGRAM = 5
    SMS = 6
    SIGNAL = 7
    VIBER = 8
    LINE = 9


class Link(collections.namedtuple("Link", "channel target text ref")):
    """A chat link read back by parse(): channel is a Channel, the rest are str ("" if absent)."""


# The flag bits of chatlink.h.
WHATSAPP_API_HOST = 1 << 0
TWITTER_HOST = 1 << 1
PHONE_POSSIBLE_ONLY = 1 << 2
REPLACE_INVALID_UTF8 = 1 << 3
HTML_SAME_TAB = 1 << 4


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
        "chatlink_telegram": out + [text, text, flags],
        "chatlink_instagram": out + [text, text, flags],
        "chatlink_sms": out + [text, text, flags],
        "chatlink_signal": out + [text, flags],
        "chatlink_viber": out + [text, flags],
        "chatlink_line": out + [text, text, flags],
        "chatlink_html_anchor": out + [text, text, flags],
        # struct chatlink_link is opaque: a void pointer to Python.
        "chatlink_link_parse": [ctypes.POINTER(ctypes.c_void_p), text, flags],
        "chatlink_link_channel": [ctypes.c_void_p],
    }
    for name, argtypes in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = ctypes.c_int
    for name in ("chatlink_link_target", "chatlink_link_text", "chatlink_link_ref"):
        getattr(lib, name).argtypes = [ctypes.c_void_p]
        getattr(lib, name).restype = ctypes.c_char_p
    lib.chatlink_link_free.argtypes = [ctypes.c_void_p]
    lib.chatlink_link_free.restype = None
    lib.chatlink_strerror.argtypes = [ctypes.c_int]
    lib.chatlink_strerror.restype = ctypes.c_char_p
    lib.chatlink_channel_name.argtypes = [ctypes.c_int]
    lib.chatlink_channel_name.restype = ctypes.c_char_p
    lib.chatlink_version_number.argtypes = []
    lib.chatlink_version_number.restype = ctypes.c_uint
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
    return buffer.value.decode("utf-8")  # links are ASCII; HTML labels are UTF-8


def _flags(**chosen):
    bits = {"api_host": WHATSAPP_API_HOST, "twitter_host": TWITTER_HOST,
            "possible_only": PHONE_POSSIBLE_ONLY, "replace_invalid_utf8": REPLACE_INVALID_UTF8,
            "same_tab": HTML_SAME_TAB}
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


def telegram(recipient, text=None, *, possible_only=False, replace_invalid_utf8=False):
    """A Telegram link to a user name ("@durov" or "durov") or a phone number."""
    return _build(_lib.chatlink_telegram, _c_string(recipient), _c_string(text),
                  _flags(possible_only=possible_only, replace_invalid_utf8=replace_invalid_utf8))


def instagram(username, ref=None):
    """An Instagram Direct ig.me link; ref takes A-Z a-z 0-9 - _ = only."""
    return _build(_lib.chatlink_instagram, _c_string(username), _c_string(ref), 0)


def sms(phone, body=None, *, possible_only=False, replace_invalid_utf8=False):
    """An SMS link (RFC 5724): sms:+31612345678?body=..."""
    return _build(_lib.chatlink_sms, _c_string(phone), _c_string(body),
                  _flags(possible_only=possible_only, replace_invalid_utf8=replace_invalid_utf8))


def signal(phone, *, possible_only=False):
    """A Signal link: https://signal.me/#p/+31612345678"""
    return _build(_lib.chatlink_signal, _c_string(phone), _flags(possible_only=possible_only))


def viber(phone, *, possible_only=False):
    """A Viber chat link: viber://chat?number=%2B31612345678"""
    return _build(_lib.chatlink_viber, _c_string(phone), _flags(possible_only=possible_only))


def line(line_id, text=None, *, replace_invalid_utf8=False):
    """A LINE link to an Official Account's chat; line_id with or without its "@"."""
    return _build(_lib.chatlink_line, _c_string(line_id), _c_string(text),
                  _flags(replace_invalid_utf8=replace_invalid_utf8))


def html_anchor(url, label, *, same_tab=False, replace_invalid_utf8=False):
    """<a href="url" ...>label</a>, both given as plain text and escaped once."""
    return _build(_lib.chatlink_html_anchor, _c_string(url), _c_string(label),
                  _flags(same_tab=same_tab, replace_invalid_utf8=replace_invalid_utf8))


def parse(url, *, possible_only=False, replace_invalid_utf8=False):
    """Read a chat link back as a Link, or raise ChatlinkError saying why it is not one."""
    handle = ctypes.c_void_p()
    status = _lib.chatlink_link_parse(ctypes.byref(handle), _c_string(url),
                                      _flags(possible_only=possible_only,
                                             replace_invalid_utf8=replace_invalid_utf8))
    if status != Status.OK:
        raise ChatlinkError(status)
    try:
        return Link(Channel(_lib.chatlink_link_channel(handle)),
                    _lib.chatlink_link_target(handle).decode("utf-8"),
                    _lib.chatlink_link_text(handle).decode("utf-8"),
                    _lib.chatlink_link_ref(handle).decode("utf-8"))
    finally:
        _lib.chatlink_link_free(handle)


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


def channel_name(channel):
    """The library's name for a Channel ("whatsapp", ...), or None for an unknown value."""
    name = _lib.chatlink_channel_name(int(channel))
    return name.decode("ascii") if name is not None else None


def version():
    """The version of the loaded library, e.g. "1.1.0"."""
    return _lib.chatlink_version_string().decode("ascii")
