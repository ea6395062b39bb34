"""What the sync and async clients share: configuration, request building, and the retry loop.

The retry loop is written once, without I/O, as a generator (:meth:`BaseClient._exchange`): it
yields an ``httpx.Request`` to send or a ``float`` number of seconds to sleep, is sent back the
response (or the transport exception), and finally returns an :class:`APIResponse` or raises.
The sync and async clients only drive it with their own ``send`` and ``sleep``.
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import platform
import re
import ssl
import uuid
from collections.abc import Generator, Mapping
from typing import Any, Generic, Self, TypeVar

import httpx

from ._casing import to_snake
from ._deadline import Deadline
from ._exceptions import (
    APIConnectionError,
    APIOutcomeUnknownError,
    APIStatusError,
    APITimeoutError,
    KohortPayError,
    make_status_error,
)
from ._logging import logger, redacted_headers, setup_logging
from ._redaction import mask_key, redact
from ._resource import Call
from ._response import APIResponse
from ._retry import (
    IDEMPOTENCY_HEADER,
    IDEMPOTENT_METHODS,
    RETRY_COUNT_HEADER,
    ambiguous,
    is_retryable,
    not_processed,
    retry_delay,
)
from ._version import __version__

T = TypeVar("T")
HttpxClientT = TypeVar("HttpxClientT", httpx.Client, httpx.AsyncClient)

DEFAULT_BASE_URL = "https://api.kohortpay.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: The longest answer read (API answers are kilobytes: a page of 25 expanded groups is ~50 KiB).
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024

# sk_ or pk_, then test or live, then a suffix without "_" (the server splits the key on "_").
_API_KEY_RE = re.compile(r"(?:sk|pk)_(?:test|live)_[A-Za-z0-9]+")

_PY_MAJOR, _PY_MINOR, _ = platform.python_version_tuple()
USER_AGENT = f"kohortpay-python/{__version__} python/{_PY_MAJOR}.{_PY_MINOR} httpx/{httpx.__version__}"

#: What a step of the retry loop asks for: send this request, or sleep this many seconds.
Step = httpx.Request | float
#: What the driver sends back after a step: the response or httpx.RequestError, or None after a sleep.
Outcome = httpx.Response | Exception | None


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


@functools.lru_cache(maxsize=4)
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()  # reads SSL_CERT_FILE / SSL_CERT_DIR itself, else certifi's bundle


def shared_ssl_context() -> ssl.SSLContext:
    """One TLS context for every client the SDK builds (loading the CA bundle costs tens of milliseconds
    and hundreds of KiB per context: bench/bench_client.py); a new one only when ``SSL_CERT_FILE`` or
    ``SSL_CERT_DIR`` changes."""
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


def _check_api_key(api_key: str | None) -> str:
    if api_key is None or api_key == "":
        raise KohortPayError(
            "No API key: pass api_key=... to the client or set the KOHORTPAY_API_KEY environment variable."
        )
    if not _API_KEY_RE.fullmatch(api_key):  # `match` with `$` would let a trailing newline through
        shown = mask_key(api_key) if "_" in api_key else "…"
        raise KohortPayError(
            f"Malformed API key {shown!r}: expected sk_test_…, sk_live_…, pk_test_… or pk_live_… "
            "(three parts separated by '_')."
        )
    return api_key


def _check_cap(max_response_bytes: int | None) -> int | None:
    if max_response_bytes is not None and (isinstance(max_response_bytes, bool) or max_response_bytes < 1):
        raise ValueError("max_response_bytes must be a positive number of bytes, or None")
    return max_response_bytes


class BaseClient(Generic[HttpxClientT]):
    """Configuration and the I/O-free request logic of :class:`KohortPay` and :class:`AsyncKohortPay`."""

    _http: HttpxClientT
    _http_client_type: type[httpx.Client] | type[httpx.AsyncClient]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpxClientT | None = None,
        default_headers: Mapping[str, str] | None = None,
        server_idempotency: bool = False,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        setup_logging()
        self._api_key = _check_api_key(api_key if api_key is not None else os.environ.get("KOHORTPAY_API_KEY"))
        base = base_url or os.environ.get("KOHORTPAY_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = httpx.URL(str(base).rstrip("/"))
        self._base_url_str = str(self.base_url)
        if timeout is NOT_GIVEN:
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout: float | httpx.Timeout | None = timeout
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        self.max_response_bytes = _check_cap(max_response_bytes)
        #: Whether the server replays a ``POST``'s first answer for a repeated ``Idempotency-Key``
        #: (KohortPay's does not; the mock does in its opt-in replay mode): then every ``POST`` is retried.
        self.server_idempotency = server_idempotency
        self._default_headers = dict(default_headers or {})
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            expected = self._http_client_type.__name__
            raise TypeError(f"http_client must be an httpx.{expected}, got {type(http_client)!r}")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._make_http_client()
        self._bind_resources()

    def _make_http_client(self) -> HttpxClientT:
        raise NotImplementedError

    # -- public helpers -------------------------------------------------------------------------

    @property
    def livemode(self) -> bool:
        """Whether the key is a live key (``sk_live_…``/``pk_live_…``); objects are read and written in that mode."""
        return self._api_key.split("_")[1] == "live"

    @property
    def is_secret_key(self) -> bool:
        """Whether the key is a secret key (``sk_``). Public keys cannot use ``orders``."""
        return self._api_key.startswith("sk_")

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        server_idempotency: bool | None = None,
        max_response_bytes: int | None = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other defaults. It shares the connection pool (closing the
        copy leaves the pool open; close the original)."""
        clone = copy.copy(self)
        if timeout is not NOT_GIVEN:
            clone.timeout = timeout
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            clone.max_retries = max_retries
        if default_headers is not None:
            clone._default_headers = {**self._default_headers, **default_headers}
        if server_idempotency is not None:
            clone.server_idempotency = server_idempotency
        if max_response_bytes is not NOT_GIVEN:
            clone.max_response_bytes = _check_cap(max_response_bytes)
        clone._owns_http = False
        clone._bind_resources()
        return clone

    def _bind_resources(self) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_key={mask_key(self._api_key)!r}, base_url={str(self.base_url)!r}, "
            f"livemode={self.livemode}, max_retries={self.max_retries})"
        )

    # -- request building and the retry loop ----------------------------------------------------

    def _headers(self, call: Call[Any]) -> dict[str, str]:
        # Header names are case-insensitive: a later `idempotency-key` replaces `Idempotency-Key`, never
        # joins it (httpx would send both).
        merged: dict[str, tuple[str, str]] = {}
        for source in (
            {"Accept": "application/json", "User-Agent": USER_AGENT},
            self._default_headers,
            call.request.get("headers", {}),
            call.options.get("extra_headers", {}),
            {"Authorization": f"Bearer {self._api_key}"},
        ):
            merged.update((name.lower(), (name, value)) for name, value in source.items())
        if call.request["method"].upper() == "POST":
            given = merged.get(IDEMPOTENCY_HEADER.lower(), ("", ""))[1]
            merged[IDEMPOTENCY_HEADER.lower()] = (
                IDEMPOTENCY_HEADER,
                call.options.get("idempotency_key") or given or str(uuid.uuid4()),
            )
        return dict(merged.values())

    def _build_request(
        self, call: Call[Any], headers: dict[str, str], retries_taken: int, deadline: Deadline
    ) -> httpx.Request:
        spec = call.request
        return self._http.build_request(
            spec["method"].upper(),
            self._base_url_str + spec["url"],
            params=spec.get("params") or None,  # an empty dict costs httpx a URL rebuild
            json=spec.get("json"),
            headers={**headers, RETRY_COUNT_HEADER: str(retries_taken)},
            timeout=deadline.attempt_timeout(),
        )

    def _deadline(self, call: Call[Any]) -> Deadline:
        """The call's deadline, from its ``timeout`` or the client's."""
        return Deadline(call.options.get("timeout", self.timeout))

    def _exchange(self, call: Call[T], deadline: Deadline) -> Generator[Step, Outcome, APIResponse[T]]:
        """The retry loop, without I/O: see the module docstring. No attempt starts, and no sleep
        ends, past `deadline`."""
        max_retries = call.options.get("max_retries", self.max_retries)
        headers = self._headers(call)  # the idempotency key is chosen once, for every attempt
        repeatable = self._repeatable(call)
        retries = 0
        maybe_processed = False  # an earlier attempt may have been processed
        while True:
            request = self._build_request(call, headers, retries, deadline)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "Request: %s %s headers=%s", request.method, request.url, redacted_headers(request.headers.items())
                )
            outcome = yield request
            assert outcome is not None
            self._log_outcome(request, outcome)
            if retries < max_retries and is_retryable(outcome) and (repeatable or not_processed(outcome)):
                delay = retry_delay(retries, outcome)
                if delay is not None and deadline.allows(delay):
                    logger.info(
                        "Retrying %s %s in %.2f s (retry %d of %d)",
                        request.method,
                        request.url,
                        delay,
                        retries + 1,
                        max_retries,
                    )
                    yield delay
                    retries += 1
                    maybe_processed = maybe_processed or ambiguous(outcome)
                    continue
            if isinstance(outcome, Exception):
                raise self._transport_error(call, request, outcome, deadline) from outcome
            if outcome.is_success:
                return APIResponse(outcome, call.parse, retries_taken=retries)
            error = make_status_error(outcome)
            if maybe_processed and call.reconcile is not None and isinstance(error, call.reconcile.refused):
                return (yield from self._reconcile(call, error, retries, deadline))
            raise error

    def _repeatable(self, call: Call[Any]) -> bool:
        """Whether a second attempt of ``call`` cannot act twice (see :mod:`kohortpay._retry`)."""
        method = call.request["method"].upper()
        if method in IDEMPOTENT_METHODS or call.repeatable or call.reconcile is not None:
            return True
        return method == "POST" and self.server_idempotency

    def _transport_error(
        self, call: Call[Any], request: httpx.Request, exc: Exception, deadline: Deadline
    ) -> APIConnectionError:
        what = f"{type(exc).__name__}: {exc}"
        if request.method in IDEMPOTENT_METHODS or call.repeatable or not ambiguous(exc):
            if isinstance(exc, httpx.TimeoutException):
                left = deadline.left()
                if left is not None and left <= 0:
                    message = f"The call's timeout ({deadline.seconds} s) ran out."
                    return APITimeoutError(request=request, message=message)
                return APITimeoutError(request=request)
            return APIConnectionError(request=request, message=f"Connection error: {what}")
        if call.reconcile is not None:
            advice = (
                "Calling it again with the same arguments is safe: if the earlier attempt went through, "
                f"the SDK finds the {call.reconcile.what}."
            )
        elif self.server_idempotency:
            advice = "Calling it again with the same idempotency_key is safe if the server honours it."
        else:
            advice = "Check before calling again" + (f"; {call.unsafe_hint}" if call.unsafe_hint else ".")
        return APIOutcomeUnknownError(
            request=request,
            message=f"{request.method} {request.url.path} got no answer ({what}) after it may have reached the "
            f"server: it may or may not have been processed. {advice}",
        )

    def _reconcile(
        self, call: Call[T], refused: APIStatusError, retries: int, deadline: Deadline
    ) -> Generator[Step, Outcome, APIResponse[T]]:
        """A retry was refused: find what the earlier attempt did (see :mod:`kohortpay._exactly_once`)."""
        reconcile = call.reconcile
        assert reconcile is not None
        try:
            found = yield from self._exchange(Call(reconcile.find, to_snake, call.options), deadline)
        except KohortPayError as exc:
            raise APIOutcomeUnknownError(
                request=refused.request,
                message=f"A retry was refused ({refused}) and looking up the {reconcile.what} failed ({exc}): "
                "the earlier attempt may or may not have been processed.",
            ) from refused
        item = reconcile.pick(found.parse())
        if item is None:
            logger.info("Not reconciled: no %s matches what was sent; the refusal stands", reconcile.what)
            raise refused
        logger.info(
            "Reconciled %s %s: the earlier attempt made the %s",
            refused.request.method,
            refused.request.url,
            reconcile.what,
        )
        return APIResponse(found.http_response, lambda _: call.parse(item), retries_taken=retries, reconciled=True)

    @staticmethod
    def _log_outcome(request: httpx.Request, outcome: httpx.Response | Exception) -> None:
        if isinstance(outcome, httpx.Response):
            logger.info(
                'HTTP Request: %s %s "%d %s"', request.method, request.url, outcome.status_code, outcome.reason_phrase
            )
        else:
            logger.info(
                "HTTP Request: %s %s failed: %s",
                request.method,
                request.url,
                redact(f"{type(outcome).__name__}: {outcome}"),
            )
