"""When to retry a request, and how long to wait first.

KohortPay's server has no idempotency: it ignores ``Idempotency-Key``. So a failure is retried
only when a second attempt cannot act twice:

* a failure that proves the request was never processed — the connection could not be opened,
  408, 429, or a 503 with a usable ``Retry-After`` — is retried for every method;
* an *ambiguous* failure — a timeout or a connection lost after sending, any other 5xx — is
  retried only for a request that is safe to repeat: ``GET``/``HEAD``/``OPTIONS``/``PUT``, a
  ``POST`` that changes nothing (``validate``) or that the SDK can reconcile (see
  :mod:`kohortpay._exactly_once`), and every ``POST`` when the client is told that the server
  honours idempotency keys.

Backoff: 0.5 s doubling, capped at 8 s, minus up to 25 % jitter. A ``Retry-After`` header
(seconds or an HTTP date; also ``Retry-After-Ms``) replaces it; a value that is not a finite
positive delay is no hint, and a delay above ``MAX_RETRY_AFTER`` means: do not retry.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
JITTER = 0.25

RETRY_COUNT_HEADER = "X-KohortPay-Retry-Count"
IDEMPOTENCY_HEADER = "Idempotency-Key"

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
_RETRYABLE_STATUS = frozenset({408, 429})
# Failures that happen before the request reached the server.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport failures worth another attempt (not e.g. UnsupportedProtocol or an invalid URL).
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def is_retryable(outcome: httpx.Response | Exception) -> bool:
    """Whether ``outcome`` (a response or a transport exception) is a failure worth another attempt."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in _RETRYABLE_STATUS or outcome.status_code >= 500
    return isinstance(outcome, _RETRYABLE_ERRORS)


def not_processed(outcome: httpx.Response | Exception) -> bool:
    """Whether ``outcome`` proves the server did not act on the request."""
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        return status in _RETRYABLE_STATUS or (status == 503 and retry_after(outcome.headers) is not None)
    return isinstance(outcome, _NOT_SENT_ERRORS)


def ambiguous(outcome: httpx.Response | Exception) -> bool:
    """Whether ``outcome`` is a failure after which the request may or may not have been processed."""
    return is_retryable(outcome) and not not_processed(outcome)


def _delay(value: str, scale: float = 1.0) -> float | None:
    try:
        seconds = float(value) * scale
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds to wait from ``Retry-After-Ms`` or ``Retry-After`` (seconds or HTTP date); ``None``
    when there is no header, or its value is not a finite delay in the future."""
    value = headers.get("retry-after-ms")
    if value is not None and (seconds := _delay(value, 1 / 1000)) is not None:
        return seconds
    value = headers.get("retry-after")
    if value is None:
        return None
    if (seconds := _delay(value)) is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    remaining = when.timestamp() - (time.time() if now is None else now)
    return remaining if remaining > 0 else None


def backoff(retries_taken: int, rand: float | None = None) -> float:
    """Exponential backoff with jitter before retry number ``retries_taken + 1``."""
    base = min(INITIAL_DELAY * 2.0**retries_taken, MAX_DELAY)
    return base * (1.0 - JITTER * (random.random() if rand is None else rand))


def retry_delay(retries_taken: int, outcome: httpx.Response | Exception) -> float | None:
    """How long to sleep before the next attempt: the server's ``Retry-After`` if any, else backoff;
    ``None`` when the server asks for more than ``MAX_RETRY_AFTER`` (then the failure is raised)."""
    if isinstance(outcome, httpx.Response):
        server_says = retry_after(outcome.headers)
        if server_says is not None:
            return server_says if server_says <= MAX_RETRY_AFTER else None
    return backoff(retries_taken)
