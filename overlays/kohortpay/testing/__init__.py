"""Testing kit: a stateful mock KohortPay server (`pip install kohortpay[testing]`).

Imports nothing heavy: the pytest plugin lives in this package and is loaded by every pytest run
where kohortpay is installed, with or without the `testing` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .mock import MockServer

__all__ = ["MockServer"]


def missing_extra(exc: ModuleNotFoundError) -> ModuleNotFoundError:
    """What to raise when a dependency of the `testing` extra is not installed: how to install it."""
    return ModuleNotFoundError(
        f"The KohortPay testing kit needs the `testing` extra ({exc.name} is not installed): "
        "pip install 'kohortpay[testing]'",
        name=exc.name,
    )


def __getattr__(name: str) -> Any:
    if name == "MockServer":
        from .mock import MockServer

        return MockServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
