"""The ``kohortpay`` logger. ``KOHORTPAY_LOG=info`` logs one line per request and per retry;
``KOHORTPAY_LOG=debug`` adds the request headers. The Authorization header is always redacted,
and every line goes through :func:`redact`."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from ._redaction import redact

logger = logging.getLogger("kohortpay")

_SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})
_configured = False


def setup_logging() -> None:
    """Apply ``KOHORTPAY_LOG`` once per process: set the level and log to stderr."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("KOHORTPAY_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def redacted_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers for a log line: sensitive ones replaced by ``<redacted>``, the rest redacted of secrets."""
    return {k: "<redacted>" if k.lower() in _SENSITIVE_HEADERS else redact(v) for k, v in headers}
