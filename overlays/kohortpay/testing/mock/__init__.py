"""A stateful mock of the KohortPay API, for tests (see the README's "Mock server" section)."""

from .app import Mock
from .server import MockServer, main

__all__ = ["Mock", "MockServer", "main"]
