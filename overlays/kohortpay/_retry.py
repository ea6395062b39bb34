"""When to retry a request, and how long to wait first.

Retried: connection errors, timeouts, 408, 429 and 5xx — but only when a second attempt cannot
act twice:

* ``GET``/``HEAD``/``OPTIONS``/``PUT`` are idempotent;
* a ``POST`` carries an ``Idempotency-Key`` (the client always sends one), so the server replays
  the first outcome;
* a ``PATCH`` or ``DELETE`` (no idempotency key in this API) is retried only when the failure
  proves the server never saw it: the connection could not be opened, or a 429.

Backoff: 0.5 s doubling, capped at 8 s, minus up to 25 % jitter. A ``Retry-After`` header
(seconds or an HTTP date; also ``Retry-After-Ms``) replaces it, capped at ``MAX_RETRY_AFTER``.
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
JITTER = 0.25

RETRY_COUNT_HEADER = "X-KohortPay-Retry-Count"
IDEMPOTENCY_HEADER = "Idempotency-Key"

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
_RETRYABLE_STATUS = frozenset({408, 429})
# Failures that happen before the request reached the server.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport failures worth another attempt (not e.g. UnsupportedProtocol or an invalid URL).
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def is_retryable_status(status: int) -> bool:
    return status in _RETRYABLE_STATUS or status >= 500


def may_retry(request: httpx.Request, outcome: httpx.Response | Exception) -> bool:
    """Whether ``outcome`` (a response or a transport exception) of ``request`` is worth retrying."""
    if isinstance(outcome, httpx.Response):
        if not is_retryable_status(outcome.status_code):
            return False
        not_processed = outcome.status_code == 429
    elif isinstance(outcome, _RETRYABLE_ERRORS):
        not_processed = isinstance(outcome, _NOT_SENT_ERRORS)
    else:
        return False
    method = request.method.upper()
    if method in _IDEMPOTENT_METHODS or not_processed:
        return True
    return method == "POST" and IDEMPOTENCY_HEADER in request.headers


def retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds to wait from ``Retry-After-Ms`` or ``Retry-After`` (seconds or HTTP date), if any."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def backoff(retries_taken: int, rand: float | None = None) -> float:
    """Exponential backoff with jitter before retry number ``retries_taken + 1``."""
    base = min(INITIAL_DELAY * 2.0**retries_taken, MAX_DELAY)
    return base * (1.0 - JITTER * (random.random() if rand is None else rand))


def retry_delay(retries_taken: int, outcome: httpx.Response | Exception) -> float:
    """How long to sleep before the next attempt: the server's ``Retry-After`` if any (capped), else backoff."""
    if isinstance(outcome, httpx.Response):
        server_says = retry_after(outcome.headers)
        if server_says is not None:
            return min(server_says, MAX_RETRY_AFTER)
    return backoff(retries_taken)
