"""pytest plugin of `kohortpay[testing]`: a running mock KohortPay server and clients bound to it.

Fixtures:

- `kohortpay_mock`: a `MockServer` (clock, faults, seeding, organizations, `webhook_inbox()`),
  fresh for each test — or, with `--kohortpay-shared-mock` (ini `kohortpay_shared_mock = true`),
  one server per session (per pytest-xdist worker) reset before each test;
- `kohortpay_client` / `kohortpay_async_client`: `KohortPay` / `AsyncKohortPay` with the mock's
  test secret key, pointing at it.

A test marked `@pytest.mark.kohortpay_isolated_mock` gets its own server even when it is shared;
the marker's keyword arguments (`quirks=`, `idempotency=`) set that server's behaviour, e.g.
`@pytest.mark.kohortpay_isolated_mock(idempotency=True)` for Stripe-style replay in one test.
Loaded by every pytest run where kohortpay is installed, so nothing heavy is imported until a
fixture is used.
"""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from kohortpay import AsyncKohortPay, KohortPay
    from kohortpay.testing.mock import MockServer


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Generator[None, Any, Any]:
    """Property tests report their falsifying example with its values. schemathesis, once imported
    (the kit's strategies and contract hooks use it), swaps hypothesis's printer for a silent one in
    the whole process — a speed-up for its own tests — and every other test then printed `n=,`. Outside
    schemathesis's own tests, hypothesis's printer is put back while the test runs."""
    core, pretty = sys.modules.get("hypothesis.core"), sys.modules.get("hypothesis.vendor.pretty")
    plugin = sys.modules.get("schemathesis.pytest.plugin")
    own = plugin is not None and isinstance(pyfuncitem, plugin.SchemathesisFunction)
    if core is None or pretty is None or own or core.RepresentationPrinter is pretty.RepresentationPrinter:
        return (yield)
    silent = core.RepresentationPrinter
    setattr(core, "RepresentationPrinter", pretty.RepresentationPrinter)  # noqa: B010  (typed as read-only)
    try:
        return (yield)
    finally:
        setattr(core, "RepresentationPrinter", silent)  # noqa: B010


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("kohortpay", "KohortPay testing kit")
    group.addoption(
        "--kohortpay-shared-mock",
        action="store_true",
        default=None,
        help="share one KohortPay mock server per session (per xdist worker), reset before each test",
    )
    parser.addini("kohortpay_shared_mock", type="bool", default=False, help="same as --kohortpay-shared-mock")
    group.addoption(
        "--kohortpay-no-quirks",
        action="store_true",
        default=None,
        help="the mock answers the cleaned-up contract, not the reference server's quirks",
    )
    parser.addini("kohortpay_quirks", type="bool", default=True, help="reproduce the server's quirks (default)")
    group.addoption(
        "--kohortpay-without-quirk",
        action="append",
        default=[],
        metavar="NAME",
        help="turn off one quirk of the mock (repeat for more); names: kohortpay-mock --list-quirks",
    )
    group.addoption(
        "--kohortpay-idempotency",
        action="store_true",
        default=None,
        help="the mock replays a POST sent again with its Idempotency-Key (the real server ignores it)",
    )
    parser.addini("kohortpay_idempotency", type="bool", default=False, help="same as --kohortpay-idempotency")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "kohortpay_isolated_mock(quirks=…, idempotency=…): give this test its own mock server, even when the "
        "mock is shared, optionally with its own behaviour",
    )


def _shared(request: pytest.FixtureRequest) -> bool:
    if request.node.get_closest_marker("kohortpay_isolated_mock") is not None:
        return False
    option = request.config.getoption("kohortpay_shared_mock")
    return bool(option if option is not None else request.config.getini("kohortpay_shared_mock"))


def _new_mock(config: pytest.Config, marker: pytest.Mark | None = None) -> MockServer:
    """A mock server behaving as the test's marker, else the command line or the ini file, says."""
    from kohortpay.testing.mock import MockServer

    no_quirks = config.getoption("kohortpay_no_quirks")
    enabled = not no_quirks if no_quirks is not None else bool(config.getini("kohortpay_quirks"))
    off: list[str] = config.getoption("kohortpay_without_quirk")
    idempotency = config.getoption("kohortpay_idempotency")
    behaviour = {
        "quirks": {name: False for name in off} if enabled and off else enabled,
        "idempotency": bool(idempotency if idempotency is not None else config.getini("kohortpay_idempotency")),
    }
    return MockServer(**{**behaviour, **(marker.kwargs if marker else {})})


@pytest.fixture(scope="session")
def kohortpay_shared_mock_server(pytestconfig: pytest.Config) -> Iterator[MockServer]:
    """The session's shared mock server (started on first use)."""
    with _new_mock(pytestconfig) as server:
        yield server


@pytest.fixture
def kohortpay_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A running mock KohortPay server in its initial state."""
    if _shared(request):
        server: MockServer = request.getfixturevalue("kohortpay_shared_mock_server")
        server.reset()
        yield server
        return
    with _new_mock(request.config, request.node.get_closest_marker("kohortpay_isolated_mock")) as server:
        yield server


@pytest.fixture
def kohortpay_client(kohortpay_mock: MockServer) -> Iterator[KohortPay]:
    """A `KohortPay` client with the mock's test secret key."""
    from kohortpay import KohortPay

    with KohortPay(
        kohortpay_mock.secret_key, base_url=kohortpay_mock.url, server_idempotency=kohortpay_mock.idempotency
    ) as client:
        kohortpay_mock.wait_on_clock(client)  # retries move the mock's clock, not the wall's
        yield client


@pytest.fixture
def kohortpay_async_client(kohortpay_mock: MockServer) -> Iterator[AsyncKohortPay]:
    """An `AsyncKohortPay` client with the mock's test secret key (use it from async tests). Its
    connections close with the test's event loop (this sync fixture cannot reach that loop)."""
    from kohortpay import AsyncKohortPay

    client = AsyncKohortPay(
        kohortpay_mock.secret_key, base_url=kohortpay_mock.url, server_idempotency=kohortpay_mock.idempotency
    )
    kohortpay_mock.wait_on_clock(client)  # retries move the mock's clock, not the wall's
    yield client
