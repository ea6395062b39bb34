"""The shop's test set-up: nothing but what `kohortpay[testing]` provides (the pytest11 plugin)."""

import pytest
from hypothesis import HealthCheck, settings

# Examples share the test's fixtures; each example resets the mock itself.
settings.register_profile(
    "shop",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
settings.load_profile("shop")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
