"""The client's resources: those generated from the spec (``kohortpay_client.resources``), two of them
with the hand-written helpers of :mod:`kohortpay.lib.waiting`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kohortpay_client.resources import Resources as GeneratedResources

from ._resource import R

if TYPE_CHECKING:
    from .lib.waiting import CheckoutSessions, Orders


class Resources(GeneratedResources[R]):
    """Every resource, bound to one runner (sync, async, or their raw-response variants)."""

    @property
    def checkout_sessions(self) -> CheckoutSessions[R]:
        """Checkout sessions (generation A), with ``wait_for_group``."""
        from .lib.waiting import CheckoutSessions

        return self._resource(CheckoutSessions)

    @property
    def orders(self) -> Orders[R]:
        """Orders (generation B, secret keys only), with ``wait_for_group``."""
        from .lib.waiting import Orders

        return self._resource(Orders)
