"""The server's behaviour, one module per resource, each rule bound to the operations it answers
(:mod:`.registry`); :class:`Engine` runs them on the core's state."""

from . import customers, groups, orders, payments  # noqa: F401  (their rules register themselves)
from .engine import Engine
from .registry import RULES

__all__ = ["RULES", "Engine"]
