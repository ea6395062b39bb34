"""One mock server per test module, reset before every test; a raw-JSON HTTP client per test.

The scenarios call the API the way the shops' plugins do: plain JSON over HTTP with `httpx`,
never through the SDK facade.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import bearer, http


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_state(request: pytest.FixtureRequest) -> None:
    """Every test starts from the initial state (default organization, clock at wall time)."""
    if "server" in request.fixturenames:
        mock: MockServer = request.getfixturevalue("server")
        mock.reset()


@pytest.fixture
def api(server: MockServer) -> Iterator[httpx.Client]:
    """A client of the default organization in test mode (secret key)."""
    with http(server.url, headers=bearer(server.secret_key)) as client:
        yield client


@pytest.fixture
def control(server: MockServer) -> Iterator[httpx.Client]:
    """A client of the `/_mock/` control API (no API key)."""
    with http(server.url + "/_mock") as client:
        yield client
