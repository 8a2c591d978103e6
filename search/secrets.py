"""Database passwords never shown: one masking function for every message and log line
that may hold a database URL or DSN (settings errors, the store's and the search
backend's errors, exit-78 lines, log records). It reads text, not a parsed URL, so it
also masks what no parser accepts (a mistyped scheme, a broken IPv6 host, a raw `%`).

Forms masked (libpq's: https://www.postgresql.org/docs/current/libpq-connect.html):
- a URL's user information: postgresql://USER:PASSWORD@HOST,HOST2/DB (any scheme);
- a URL's query parameter: ...?sslmode=require&password=PASSWORD;
- a keyword DSN: host=HOST password=PASSWORD (or password='quoted \\' value');
- the client key's passphrase, `sslpassword`, in a query or a keyword DSN, like a password;
- and anywhere, as written, the password of a URL passed to mask() or remember()ed at
  start-up, which drivers echo in their own words (`invalid percent-encoded token: "..."`).
"""
from __future__ import annotations

import re
import threading
from urllib.parse import unquote

__all__ = ["SHOWN", "mask", "passwords", "remember"]

SHOWN = "***"  # what a password is shown as
MIN_REMEMBERED = 4  # shorter passwords are masked in the forms above only, not as bare text
_USERINFO = re.compile(r"([a-z][a-z0-9+.-]*://[^:/?#@\s]*:)([^/\n]*)@", re.IGNORECASE)  # to the last @ (even a space)
_QUERY = re.compile(r"([?&](?:ssl)?password=)([^&#\s]*)", re.IGNORECASE)  # sslpassword: the key's passphrase
_KEYWORD = re.compile(r"((?<![^\s'\"(,])(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S+)", re.IGNORECASE)
_known: set[str] = set()
_lock = threading.Lock()


def passwords(url: str) -> set[str]:
    """The password(s) *url* holds, as written and decoded (empty when none)."""
    found: set[str] = set()
    for pattern in (_USERINFO, _QUERY, _KEYWORD):
        for m in pattern.finditer(url):
            value = m.group(2)
            if pattern is _KEYWORD and value.startswith("'"):
                value = re.sub(r"\\(.)", r"\1", value.strip("'"))
            found |= {value, unquote(value)}
    return {p for p in found if p and p != SHOWN}


def remember(*urls: str) -> None:
    """Mask the passwords of *urls* (the configured databases) in every later mask(), even
    where they appear bare, as a driver's error may quote them."""
    with _lock:
        for url in urls:
            _known.update(p for p in passwords(url) if len(p) >= MIN_REMEMBERED)


def mask(text: str, *urls: str) -> str:
    """*text* with every database password in it shown as ***: in any form above, and the
    passwords of *urls* and of the remembered URLs wherever they appear."""
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{SHOWN}@", text)
    text = _QUERY.sub(lambda m: m.group(1) + SHOWN, text)
    text = _KEYWORD.sub(lambda m: m.group(1) + SHOWN, text)
    with _lock:
        bare = set(_known)
    for url in urls:
        bare |= {p for p in passwords(url) if len(p) >= MIN_REMEMBERED}
    for secret in sorted(bare, key=len, reverse=True):  # a longer one first: it may hold a shorter
        text = text.replace(secret, SHOWN)
    return text
