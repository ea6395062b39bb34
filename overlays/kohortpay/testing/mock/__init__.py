"""A stateful mock of the KohortPay API, for tests (see the README's "Mock server" section)."""

from kohortpay.testing import missing_extra

try:
    from .app import Mock
    from .server import MockServer, main
except ModuleNotFoundError as exc:  # starlette, uvicorn…: installed with kohortpay[testing]
    raise missing_extra(exc) from exc

__all__ = ["Mock", "MockServer", "main"]
