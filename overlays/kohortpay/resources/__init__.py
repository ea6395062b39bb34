"""The API's resources, reached as attributes of a client (``client.customers`` …).

Each resource class is imported on first use, so that ``import kohortpay`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .checkout_sessions import CheckoutSessions
    from .customers import Customers
    from .groups import Groups, PaymentGroups
    from .orders import Orders
    from .payment_intents import PaymentIntents

R = TypeVar("R")
_ResourceT = TypeVar("_ResourceT")


class Resources(Generic[R]):
    """Every resource, bound to one runner (sync, async, or their raw-response variants)."""

    def __init__(self, runner: R) -> None:
        self._runner = runner
        self._resources: dict[object, Any] = {}

    def _resource(self, cls: Callable[[R], _ResourceT]) -> _ResourceT:
        try:
            resource: _ResourceT = self._resources[cls]
        except KeyError:
            resource = self._resources[cls] = cls(self._runner)
        return resource

    @property
    def payment_intents(self) -> PaymentIntents[R]:
        """Payment intents (generation A): ``create``, ``retrieve``, ``list``, ``cancel``."""
        from .payment_intents import PaymentIntents

        return self._resource(PaymentIntents)

    @property
    def payment_groups(self) -> PaymentGroups[R]:
        """Referral groups under the legacy ``/payment-groups`` prefix (same methods as ``groups``)."""
        from .groups import PaymentGroups

        return self._resource(PaymentGroups)

    @property
    def groups(self) -> Groups[R]:
        """Referral groups: ``create``, ``retrieve``, ``list``, ``update``, ``participants``,
        ``cancel``, ``expire``, ``validate``."""
        from .groups import Groups

        return self._resource(Groups)

    @property
    def customers(self) -> Customers[R]:
        """Customers: ``create``, ``retrieve``, ``list``, ``update``, ``delete``, ``block``, ``unblock``."""
        from .customers import Customers

        return self._resource(Customers)

    @property
    def checkout_sessions(self) -> CheckoutSessions[R]:
        """Checkout sessions (generation A, still used by the shop plugins): ``create``,
        ``retrieve``, ``list``, ``expire``."""
        from .checkout_sessions import CheckoutSessions

        return self._resource(CheckoutSessions)

    @property
    def orders(self) -> Orders[R]:
        """Orders (generation B, secret keys only): ``create``, ``retrieve``, ``list``."""
        from .orders import Orders

        return self._resource(Orders)
