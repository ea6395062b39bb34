"""Pages of list results, iterated lazily across every page with ``take``/``skip``.

``client.customers.list()`` returns a :class:`SyncPage`; ``for customer in page`` walks every
customer, fetching each next page only when it is reached. The async client's ``list()``
returns an :class:`AsyncPaginator`: ``await`` it for the first :class:`AsyncPage`, or
``async for`` over it (or over any page) for every item.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
_PageT = TypeVar("_PageT")


class _Page(Generic[T, _PageT]):
    """State shared by sync and async pages: the items, the total and where this page starts."""

    def __init__(self, data: list[T], count: int, *, skip: int, fetch: Callable[[int], _PageT]) -> None:
        self.data = data
        #: Total number of matching objects on the server, across all pages.
        self.count = count
        self.skip = skip
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.data) and self.skip + len(self.data) < self.count

    def _next(self) -> _PageT:
        if not self.has_next_page():
            raise RuntimeError("This is the last page; check has_next_page() before calling next_page().")
        return self._fetch(self.skip + len(self.data))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} skip={self.skip} items={len(self.data)} count={self.count}>"


class SyncPage(_Page[T, "SyncPage[T]"]):
    """One page of a list; iterating it yields every item of every page, lazily."""

    def next_page(self) -> SyncPage[T]:
        return self._next()

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_Page[T, "Awaitable[AsyncPage[T]]"]):
    """One page of a list; ``async for`` over it yields every item of every page, lazily."""

    async def next_page(self) -> AsyncPage[T]:
        return await self._next()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What the async ``list()`` returns: ``await`` it for the first page, or ``async for`` over
    it for every item. Nothing is requested until then."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item
