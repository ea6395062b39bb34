"""Masking of secrets: API keys and webhook secrets never appear whole in repr, logs or errors."""

from __future__ import annotations

import re

# sk_/pk_ keys (test or live) and whsec_ webhook secrets, wherever they occur in a text.
_SECRET_RE = re.compile(r"(?<![A-Za-z0-9])(?:(?:sk|pk|rk)_(?:test|live)_|whsec_)[A-Za-z0-9+/=_-]+")
_KNOWN_PREFIX_RE = re.compile(r"^(?:(?:sk|pk|rk)_(?:test|live)_|whsec_)")


def mask_key(key: str) -> str:
    """``sk_test_5c2a…0f3b`` → ``sk_test_…0f3b``: the kind and mode stay readable, the secret does not.

    The last four characters are shown only when at least twelve remain hidden.
    """
    match = _KNOWN_PREFIX_RE.match(key)
    prefix = match.group(0) if match else ""
    rest = key[len(prefix) :]
    tail = rest[-4:] if len(rest) >= 16 else ""
    return f"{prefix}…{tail}"


def redact(text: str) -> str:
    """Replace every secret-looking token in ``text`` by its masked form."""
    if "_" not in text:
        return text
    return _SECRET_RE.sub(lambda m: mask_key(m.group(0)), text)
