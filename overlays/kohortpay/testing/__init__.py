"""Testing kit: a stateful mock KohortPay server (`pip install kohortpay[mock]`), hypothesis
strategies and a contract kit (`kohortpay[contract]`); `kohortpay[testing]` installs all of it.

Imports nothing heavy: the pytest plugin lives in this package and is loaded by every pytest run
where kohortpay is installed, with or without the `testing` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .mock import MockServer

__all__ = ["MockServer"]


def missing_extra(exc: ModuleNotFoundError, extra: str) -> ModuleNotFoundError:
    """What to raise when a dependency of an extra (`mock`, `contract`) is not installed: how to
    install it (`testing` installs both)."""
    return ModuleNotFoundError(
        f"This part of the KohortPay testing kit needs the `{extra}` extra ({exc.name} is not installed): "
        f"pip install 'kohortpay[{extra}]'",
        name=exc.name,
    )


def version_line() -> str:
    """What the kit's CLIs print for `--version` (argparse fills in `%(prog)s`)."""
    import kohortpay

    return f"%(prog)s {kohortpay.__version__} (spec {kohortpay.SPEC_VERSION}, {kohortpay.GENERATOR_VERSION})"


def __getattr__(name: str) -> Any:
    if name == "MockServer":
        from .mock import MockServer

        return MockServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
