"""How resource methods are written once and run sync, async, or raw.

A resource method (generated from the spec, in ``kohortpay_client.resources``) only *describes* a
request: it calls the operation's generated request builder (method, url, params, json body,
headers) and names the generated model that parses the answer, as a :class:`Call` (or a
:class:`ListCall` for ``list``, or a :class:`Wait` for a call repeated until the server has finished
its asynchronous work). The ``operation`` / ``list_operation`` descriptors hand that description to
the resource's runner, which sends it through the client's transport:

=====================  ===========================  =================================================
runner                 ``operation`` returns        ``list_operation`` returns
=====================  ===========================  =================================================
``SyncRunner``         the model                    ``SyncPage[Item]``
``AsyncRunner``        a coroutine of the model     ``AsyncPaginator[Item]``
``RawSyncRunner``      ``APIResponse[model]``       ``APIResponse[SyncPage[Item]]``
``RawAsyncRunner``     a coroutine of the above     a coroutine of ``APIResponse[AsyncPage[Item]]``
=====================  ===========================  =================================================

So each resource class is written once, as ``Customers[R]``, and its methods are typed for the
runner they are reached through.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypedDict, TypeVar, overload

import httpx

from kohortpay_client.types import Request

from ._exactly_once import Reconcile
from ._exceptions import WaitTimeoutError
from ._response import APIResponse
from .pagination import AsyncPage, AsyncPaginator, SyncPage

P = ParamSpec("P")
T = TypeVar("T")
U = TypeVar("U")
T_co = TypeVar("T_co", covariant=True)
R = TypeVar("R")


class RequestOptions(TypedDict, total=False):
    """Per-call options, accepted by every resource method as keyword arguments."""

    #: Replaces the ``Idempotency-Key`` the client generates for a ``POST`` (reused on every retry).
    idempotency_key: str
    #: Replaces the client's ``max_retries`` for this call.
    max_retries: int
    #: Replaces the client's timeout for this call (seconds, or an ``httpx.Timeout``).
    timeout: float | httpx.Timeout | None
    #: Extra HTTP headers for this call.
    extra_headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One request, as the operation's generated request builder makes it, and how to parse its answer.

    For a ``POST`` (not idempotent by nature), what makes it safe to retry after an ambiguous
    failure (see :mod:`kohortpay._retry`): ``repeatable`` (it changes nothing) or ``reconcile``
    (how a refused retry finds what the first attempt did); ``unsafe_hint`` tells the user how
    to make it retry-safe when it is neither.
    """

    request: Request
    parse: Callable[[Any], T]
    options: RequestOptions = field(default_factory=lambda: RequestOptions())
    repeatable: bool = False
    reconcile: Reconcile | None = None
    unsafe_hint: str = ""

    def map(self, fn: Callable[[T], U]) -> Call[U]:
        parse = self.parse
        return Call(
            self.request, lambda data: fn(parse(data)), self.options, self.repeatable, self.reconcile, self.unsafe_hint
        )


#: Seconds between two calls of a :class:`Wait`.
POLL_INTERVAL = 0.2


@dataclass(frozen=True, slots=True)
class Wait(Generic[T]):
    """A call repeated until the server has done what is waited for, within ``max_wait`` seconds.

    ``ready`` looks at each answer and returns ``None`` (not yet: call again), the next
    :class:`Wait` (this step is done; the deadline carries over), or the result — which must be
    the answer itself, so that a raw-response runner can return that call's ``APIResponse``.
    """

    call: Call[Any]
    ready: Callable[[Any], Wait[T] | T | None]
    what: str  # "the group of checkout session cs_…", for the timeout error
    max_wait: float


class ListModel(Protocol[T_co]):
    """A generated list envelope: ``{data, count}``."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def count(self) -> int: ...


@dataclass(frozen=True, slots=True)
class ListCall(Generic[T]):
    """A list: how to build the request of the page that starts at a given ``skip``, from the first one's."""

    page: Callable[..., Request]  # the list's request builder with every argument but `skip` bound
    parse: Callable[[Any], ListModel[T]]
    skip: int
    options: RequestOptions

    def page_call(self, skip: int) -> Call[ListModel[T]]:
        return Call(self.page(skip=skip), self.parse, self.options)


class SyncTransport(Protocol):
    def _request(self, call: Call[T], /) -> APIResponse[T]: ...

    def _sleep(self, seconds: float, /) -> None: ...


class AsyncTransport(Protocol):
    async def _request(self, call: Call[T], /) -> APIResponse[T]: ...

    async def _sleep(self, seconds: float, /) -> None: ...


def _check_deadline(wait: Wait[Any], deadline: float) -> None:
    """Raise if there is no time left for another poll."""
    if time.monotonic() + POLL_INTERVAL > deadline:
        raise WaitTimeoutError(f"Timed out after {wait.max_wait:g} s waiting for {wait.what}.")


class SyncRunner:
    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def call(self, call: Call[T] | Wait[T]) -> T:
        if isinstance(call, Wait):
            return self._wait(call).parse()
        return self._transport._request(call).parse()

    def _wait(self, wait: Wait[T]) -> APIResponse[T]:
        deadline = time.monotonic() + wait.max_wait
        while True:
            response = self._transport._request(wait.call)
            step = wait.ready(response.parse())
            if step is None:
                _check_deadline(wait, deadline)
                self._transport._sleep(POLL_INTERVAL)
            elif isinstance(step, Wait):
                wait = step
            else:
                return response

    def page_call(self, list_call: ListCall[T], skip: int) -> Call[SyncPage[T]]:
        fetch = functools.partial(self._fetch_page, list_call)
        return list_call.page_call(skip).map(lambda m: SyncPage(list(m.data), m.count, skip=skip, fetch=fetch))

    def _fetch_page(self, list_call: ListCall[T], skip: int) -> SyncPage[T]:
        return self.call(self.page_call(list_call, skip))

    def paginate(self, list_call: ListCall[T]) -> SyncPage[T]:
        return self._fetch_page(list_call, list_call.skip)


class RawSyncRunner(SyncRunner):
    def call(self, call: Call[T] | Wait[T]) -> APIResponse[T]:  # type: ignore[override]
        if isinstance(call, Wait):
            return self._wait(call)
        return self._transport._request(call)

    def paginate(self, list_call: ListCall[T]) -> APIResponse[SyncPage[T]]:  # type: ignore[override]
        return self._transport._request(SyncRunner(self._transport).page_call(list_call, list_call.skip))


class AsyncRunner:
    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def call(self, call: Call[T] | Wait[T]) -> T:
        if isinstance(call, Wait):
            return (await self._wait(call)).parse()
        return (await self._transport._request(call)).parse()

    async def _wait(self, wait: Wait[T]) -> APIResponse[T]:
        deadline = time.monotonic() + wait.max_wait
        while True:
            response = await self._transport._request(wait.call)
            step = wait.ready(response.parse())
            if step is None:
                _check_deadline(wait, deadline)
                await self._transport._sleep(POLL_INTERVAL)
            elif isinstance(step, Wait):
                wait = step
            else:
                return response

    def page_call(self, list_call: ListCall[T], skip: int) -> Call[AsyncPage[T]]:
        fetch = functools.partial(self._fetch_page, list_call)
        return list_call.page_call(skip).map(lambda m: AsyncPage(list(m.data), m.count, skip=skip, fetch=fetch))

    async def _fetch_page(self, list_call: ListCall[T], skip: int) -> AsyncPage[T]:
        return await self.call(self.page_call(list_call, skip))

    def paginate(self, list_call: ListCall[T]) -> AsyncPaginator[T]:
        return AsyncPaginator(functools.partial(self._fetch_page, list_call, list_call.skip))


class RawAsyncRunner(AsyncRunner):
    async def call(self, call: Call[T] | Wait[T]) -> APIResponse[T]:  # type: ignore[override]
        if isinstance(call, Wait):
            return await self._wait(call)
        return await self._transport._request(call)

    async def paginate(self, list_call: ListCall[T]) -> APIResponse[AsyncPage[T]]:  # type: ignore[override]
        return await self._transport._request(AsyncRunner(self._transport).page_call(list_call, list_call.skip))


#: The per-call options every method takes besides its own arguments.
OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def _check_keywords(name: str, given: Mapping[str, Any], known: frozenset[str]) -> None:
    """A misspelt keyword (``client_referenc_id``) raises, as Python would, instead of vanishing
    into ``**options``."""
    for keyword in given:
        if keyword not in known:
            close = difflib.get_close_matches(keyword, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{name}() got an unexpected keyword argument {keyword!r}{hint}")


def _public_signature(method: Callable[..., Any]) -> tuple[inspect.Signature, frozenset[str]]:
    """A resource method's signature as users call it (without ``self`` and the internal return type),
    and the keywords it takes: its named parameters and the request options."""
    signature = inspect.signature(method)
    parameters = list(signature.parameters.values())[1:]
    named = {p.name for p in parameters if p.kind is not inspect.Parameter.VAR_KEYWORD}
    public = signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty)
    return public, frozenset(named) | OPTION_NAMES


class Resource(Generic[R]):
    """Base of the resource classes: holds the runner its methods go through."""

    def __init__(self, runner: R) -> None:
        self._runner = runner


_Coro = Coroutine[Any, Any, T]


def _bind(
    describe: Callable[..., Any], signature: inspect.Signature, keywords: frozenset[str], obj: Any, run: Any
) -> Any:
    """The method ``describe`` becomes on the resource ``obj``: its description handed to ``run``, named,
    documented and signed like ``describe`` for ``help()`` and IDEs."""

    def method(*args: Any, **kwargs: Any) -> Any:
        _check_keywords(describe.__name__, kwargs, keywords)
        return run(describe(obj, *args, **kwargs))

    for attribute in ("__name__", "__module__", "__qualname__", "__doc__"):
        setattr(method, attribute, getattr(describe, attribute))
    method.__signature__ = signature  # type: ignore[attr-defined]
    obj.__dict__[describe.__name__] = method  # bound once per resource: later lookups skip __get__
    return method


class operation(Generic[P, T]):
    """Decorates a resource method that returns a :class:`Call` or a :class:`Wait`; see the module docstring."""

    def __init__(self, describe: Callable[Concatenate[Any, P], Call[T] | Wait[T]]) -> None:
        self._describe = describe
        functools.update_wrapper(self, describe)  # type: ignore[arg-type]
        self.__signature__, self._keywords = _public_signature(describe)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: Resource[SyncRunner], owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[AsyncRunner], owner: type[Any]) -> Callable[P, _Coro[T]]: ...
    @overload
    def __get__(self, obj: Resource[RawSyncRunner], owner: type[Any]) -> Callable[P, APIResponse[T]]: ...
    @overload
    def __get__(self, obj: Resource[RawAsyncRunner], owner: type[Any]) -> Callable[P, _Coro[APIResponse[T]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        return _bind(self._describe, self.__signature__, self._keywords, obj, obj._runner.call)


class list_operation(Generic[P, T]):
    """Decorates a resource's ``list`` method, which returns a :class:`ListCall`; see the module docstring."""

    def __init__(self, describe: Callable[Concatenate[Any, P], ListCall[T]]) -> None:
        self._describe = describe
        functools.update_wrapper(self, describe)  # type: ignore[arg-type]
        self.__signature__, self._keywords = _public_signature(describe)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: Resource[SyncRunner], owner: type[Any]) -> Callable[P, SyncPage[T]]: ...
    @overload
    def __get__(self, obj: Resource[AsyncRunner], owner: type[Any]) -> Callable[P, AsyncPaginator[T]]: ...
    @overload
    def __get__(self, obj: Resource[RawSyncRunner], owner: type[Any]) -> Callable[P, APIResponse[SyncPage[T]]]: ...
    @overload
    def __get__(
        self, obj: Resource[RawAsyncRunner], owner: type[Any]
    ) -> Callable[P, _Coro[APIResponse[AsyncPage[T]]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        return _bind(self._describe, self.__signature__, self._keywords, obj, obj._runner.paginate)


_ResourceT = TypeVar("_ResourceT")


class ResourceCache(Generic[R]):
    """Base of the generated ``Resources``: every resource, bound to one runner, made on first use."""

    def __init__(self, runner: R) -> None:
        self._runner = runner
        self._resources: dict[object, Any] = {}

    def _resource(self, cls: Callable[[R], _ResourceT]) -> _ResourceT:
        try:
            resource: _ResourceT = self._resources[cls]
        except KeyError:
            resource = self._resources[cls] = cls(self._runner)
        return resource
