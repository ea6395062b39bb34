# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""The testing kit's shortcuts, one per operation that takes a JSON body: `create_order(**overrides)`
is `kohortpay.testing.strategies.request_body("createOrder", **overrides)`. Re-exported by
`kohortpay.testing.strategies` (`kohortpay[testing]`), which they need."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy


def create_payment_intent(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /payment-intents (`createPaymentIntent`): `request_body('createPaymentIntent', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("createPaymentIntent", **overrides)


def create_payment_group(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /payment-groups (`createPaymentGroup`): `request_body('createPaymentGroup', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("createPaymentGroup", **overrides)


def update_payment_group(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of PATCH /payment-groups/{id} (`updatePaymentGroup`): `request_body('updatePaymentGroup', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("updatePaymentGroup", **overrides)


def validate_payment_group(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /payment-groups/{id}/validate (`validatePaymentGroup`): `request_body('validatePaymentGroup', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("validatePaymentGroup", **overrides)


def create_group(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /groups (`createGroup`): `request_body('createGroup', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("createGroup", **overrides)


def update_group(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of PATCH /groups/{id} (`updateGroup`): `request_body('updateGroup', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("updateGroup", **overrides)


def validate_group(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /groups/{id}/validate (`validateGroup`): `request_body('validateGroup', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("validateGroup", **overrides)


def create_customer(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /customers (`createCustomer`): `request_body('createCustomer', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("createCustomer", **overrides)


def update_customer(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of PATCH /customers/{id} (`updateCustomer`): `request_body('updateCustomer', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("updateCustomer", **overrides)


def create_checkout_session(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /checkout-sessions (`createCheckoutSession`): `request_body('createCheckoutSession', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("createCheckoutSession", **overrides)


def create_order(**overrides: Any) -> SearchStrategy[dict[str, Any]]:
    """Valid bodies of POST /orders (`createOrder`): `request_body('createOrder', **overrides)`."""
    from kohortpay.testing.strategies import request_body

    return request_body("createOrder", **overrides)


__all__ = [
    "create_checkout_session",
    "create_customer",
    "create_group",
    "create_order",
    "create_payment_group",
    "create_payment_intent",
    "update_customer",
    "update_group",
    "update_payment_group",
    "validate_group",
    "validate_payment_group",
]
