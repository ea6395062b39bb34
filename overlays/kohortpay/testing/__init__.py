"""Testing kit: a stateful mock KohortPay server (`pip install kohortpay[testing]`)."""

from .mock import MockServer

__all__ = ["MockServer"]
