"""Which e-mail addresses the server takes: class-validator's `@IsEmail()`, that is validator.js's
`isEmail` with its default options (a dotted-atom local part of at most 64 bytes, a domain of
labels ending in an alphabetic top-level domain, at most 254 characters in all; no quoted names,
IP literals or display names). `a@b.c`, `us..er@example.com` and `a,b@example.com` are refused.
"""

from __future__ import annotations

import re

_LOCAL_ATOM = re.compile(r"[a-z\d!#$%&'*+\-/=?^_`{|}~\u00a1-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]+", re.I)
_QUOTED_LOCAL = re.compile(
    r"(?:[\s\x01-\x08\x0b\x0c\x0e-\x1f\x7f\x21\x23-\x5b\x5d-\x7e\u00a1-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]"
    r"|\\[\x01-\x09\x0b\x0c\x0d-\x7f\u00a1-\ud7ff\uf900-\ufdcf\ufdf0-\uffef])*",
    re.I,
)
_TLD = re.compile(r"[a-z\u00a1-\u00a8\u00aa-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]{2,}|xn[a-z0-9-]{2,}", re.I)
# JavaScript sees a character beyond U+FFFF as two code units in \u00a1-\uffff
_LABEL = re.compile(r"[a-z\u00a1-\U0010ffff0-9-]+", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")


def _js_length(text: str) -> int:
    """A JavaScript string's length: UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _fqdn(domain: str) -> bool:
    labels = domain.split(".")
    tld = labels[-1]
    if len(labels) < 2 or not _TLD.fullmatch(tld) or re.search(r"\s", tld):
        return False
    return all(
        _js_length(label) <= 63
        and _LABEL.fullmatch(label) is not None
        and not _FULL_WIDTH.search(label)
        and not label.startswith("-")
        and not label.endswith("-")
        for label in labels
    )


# The everyday address (ASCII, dotted atoms, hostname labels, an alphabetic TLD), which every rule
# below takes: checked in one match. Whatever it does not match goes through the rules.
_PLAIN = re.compile(
    r"(?=.{1,64}@)[a-z\d!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z\d!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63}",
    re.I | re.ASCII,
)


def is_email(address: str) -> bool:
    """An unpaired surrogate passes: validator.js throws on it (a 500), which the mock leaves to its
    check of what can be stored (`crash-on-unstorable-text`)."""
    return len(address) <= 254 and _PLAIN.fullmatch(address) is not None or by_the_rules(address)


def by_the_rules(address: str) -> bool:
    """`is_email`, rule by rule."""
    if _js_length(address) > 254:
        return False
    local, _, domain = address.rpartition("@")
    if _SURROGATE.search(local + domain):
        return True
    if len(local.encode("utf-8", "surrogatepass")) > 64 or len(domain.encode("utf-8", "surrogatepass")) > 254:
        return False
    if not _fqdn(domain):
        return False
    if local.startswith('"'):
        return _QUOTED_LOCAL.fullmatch(local[1:-1]) is not None
    return all(_LOCAL_ATOM.fullmatch(part) for part in local.split("."))
