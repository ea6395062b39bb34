# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""The SDK's resources, one per tag of openapi.yaml, reached as attributes of a client
(`client.customers`…). Each resource class is imported on first use, so that `import kohortpay` stays
cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kohortpay._resource import R, ResourceCache

if TYPE_CHECKING:
    from .checkout_sessions import CheckoutSessions
    from .customers import Customers
    from .groups import Groups
    from .orders import Orders
    from .payment_groups import PaymentGroups
    from .payment_intents import PaymentIntents


class Resources(ResourceCache[R]):
    """Every resource, bound to one runner (sync, async, or their raw-response variants)."""

    @property
    def payment_intents(self) -> PaymentIntents[R]:
        """Payments of the hosted-checkout era (generation A). Created by checkout sessions."""
        from .payment_intents import PaymentIntents

        return self._resource(PaymentIntents)

    @property
    def payment_groups(self) -> PaymentGroups[R]:
        """Referral groups under their original `/payment-groups` prefix."""
        from .payment_groups import PaymentGroups

        return self._resource(PaymentGroups)

    @property
    def groups(self) -> Groups[R]:
        """Referral groups under the current `/groups` prefix (same behaviour as `/payment-groups`)."""
        from .groups import Groups

        return self._resource(Groups)

    @property
    def customers(self) -> Customers[R]:
        """The merchant's customers, unique by e-mail address per organization and mode."""
        from .customers import Customers

        return self._resource(Customers)

    @property
    def checkout_sessions(self) -> CheckoutSessions[R]:
        """Registration of a paid basket (generation A). Deprecated server-side but still used by every
        shipped e-commerce plugin; creating one also creates a payment intent and joins or creates a
        group.
        """
        from .checkout_sessions import CheckoutSessions

        return self._resource(CheckoutSessions)

    @property
    def orders(self) -> Orders[R]:
        """Registration of a paid order (generation B). Secret keys only."""
        from .orders import Orders

        return self._resource(Orders)


__all__ = ["Resources"]
