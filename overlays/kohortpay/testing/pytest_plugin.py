"""pytest plugin of `kohortpay[testing]`: a running mock KohortPay server and clients bound to it.

Fixtures:

- `kohortpay_mock`: a `MockServer` (clock, faults, seeding, organizations, `webhook_inbox()`),
  fresh for each test — or, with `--kohortpay-shared-mock` (ini `kohortpay_shared_mock = true`),
  one server per session (per pytest-xdist worker) reset before each test;
- `kohortpay_client` / `kohortpay_async_client`: `KohortPay` / `AsyncKohortPay` with the mock's
  test secret key, pointing at it.

A test marked `@pytest.mark.kohortpay_isolated_mock` gets its own server even when it is shared.
Loaded by every pytest run where kohortpay is installed, so nothing heavy is imported until a
fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kohortpay import AsyncKohortPay, KohortPay
    from kohortpay.testing.mock import MockServer


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("kohortpay", "KohortPay testing kit")
    group.addoption(
        "--kohortpay-shared-mock",
        action="store_true",
        default=None,
        help="share one KohortPay mock server per session (per xdist worker), reset before each test",
    )
    parser.addini("kohortpay_shared_mock", type="bool", default=False, help="same as --kohortpay-shared-mock")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "kohortpay_isolated_mock: give this test its own mock server, even when the mock is shared"
    )


def _shared(request: pytest.FixtureRequest) -> bool:
    if request.node.get_closest_marker("kohortpay_isolated_mock") is not None:
        return False
    option = request.config.getoption("kohortpay_shared_mock")
    return bool(option if option is not None else request.config.getini("kohortpay_shared_mock"))


@pytest.fixture(scope="session")
def kohortpay_shared_mock_server() -> Iterator[MockServer]:
    """The session's shared mock server (started on first use)."""
    from kohortpay.testing.mock import MockServer

    with MockServer() as server:
        yield server


@pytest.fixture
def kohortpay_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A running mock KohortPay server in its initial state."""
    if _shared(request):
        server: MockServer = request.getfixturevalue("kohortpay_shared_mock_server")
        server.reset()
        yield server
        return
    from kohortpay.testing.mock import MockServer

    with MockServer() as server:
        yield server


@pytest.fixture
def kohortpay_client(kohortpay_mock: MockServer) -> Iterator[KohortPay]:
    """A `KohortPay` client with the mock's test secret key."""
    from kohortpay import KohortPay

    with KohortPay(kohortpay_mock.secret_key, base_url=kohortpay_mock.url) as client:
        yield client


@pytest.fixture
def kohortpay_async_client(kohortpay_mock: MockServer) -> Iterator[AsyncKohortPay]:
    """An `AsyncKohortPay` client with the mock's test secret key (use it from async tests)."""
    import httpx

    from kohortpay import AsyncKohortPay

    # No keep-alive: a pooled connection would outlive the test's event loop, which this sync
    # fixture cannot reach to close it.
    http_client = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    yield AsyncKohortPay(kohortpay_mock.secret_key, base_url=kohortpay_mock.url, http_client=http_client)
