"""Fixtures of the smoke suite: the targets (mock, live) and the four ways of calling (see support.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from kohortpay.testing import MockServer

from .support import LIVE_KEY, LIVE_URL, SKIP_LIVE, Api, Target


@pytest.fixture(scope="session", params=["mock", "live"])
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    if request.param == "live":
        if not (LIVE_URL and LIVE_KEY):
            pytest.skip(SKIP_LIVE)
        yield Target("live", LIVE_URL, LIVE_KEY, os.environ.get("KOHORTPAY_LIVE_PUBLIC_KEY"))
        return
    with MockServer() as server:
        yield Target("mock", server.url, server.secret_key, server.public_key, mock=server)


@pytest.fixture(params=["sync", "async", "raw-sync", "raw-async"])
def api(target: Target, request: pytest.FixtureRequest) -> Iterator[Api]:
    client = Api(target, request.param)
    yield client
    client.close()
