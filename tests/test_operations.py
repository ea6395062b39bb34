"""Every operation of the reference's §1 table exists with its method, path, tag and real success status."""

from __future__ import annotations

import pytest
from spec_helpers import operations

# (operationId, method, path, tag, success status the server sends) — reference §1.3, rows 1–34.
REFERENCE = [
    ("listPaymentIntents", "GET", "/payment-intents", "Payment Intents", "200"),
    ("createPaymentIntent", "POST", "/payment-intents", "Payment Intents", "201"),
    ("getPaymentIntent", "GET", "/payment-intents/{id}", "Payment Intents", "200"),
    ("cancelPaymentIntent", "POST", "/payment-intents/{id}/cancel", "Payment Intents", "201"),
    ("listPaymentGroups", "GET", "/payment-groups", "Payment Groups", "200"),
    ("createPaymentGroup", "POST", "/payment-groups", "Payment Groups", "201"),
    ("getPaymentGroup", "GET", "/payment-groups/{id}", "Payment Groups", "200"),
    ("updatePaymentGroup", "PATCH", "/payment-groups/{id}", "Payment Groups", "200"),
    ("listPaymentGroupParticipants", "GET", "/payment-groups/{id}/participants", "Payment Groups", "200"),
    ("cancelPaymentGroup", "POST", "/payment-groups/{id}/cancel", "Payment Groups", "201"),
    ("expirePaymentGroup", "POST", "/payment-groups/{id}/expire", "Payment Groups", "201"),
    ("validatePaymentGroup", "POST", "/payment-groups/{id}/validate", "Payment Groups", "201"),
    ("listGroups", "GET", "/groups", "Groups", "200"),
    ("createGroup", "POST", "/groups", "Groups", "201"),
    ("getGroup", "GET", "/groups/{id}", "Groups", "200"),
    ("updateGroup", "PATCH", "/groups/{id}", "Groups", "200"),
    ("listGroupParticipants", "GET", "/groups/{id}/participants", "Groups", "200"),
    ("cancelGroup", "POST", "/groups/{id}/cancel", "Groups", "201"),
    ("expireGroup", "POST", "/groups/{id}/expire", "Groups", "201"),
    ("validateGroup", "POST", "/groups/{id}/validate", "Groups", "201"),
    ("listCustomers", "GET", "/customers", "Customers", "200"),
    ("createCustomer", "POST", "/customers", "Customers", "201"),
    ("getCustomer", "GET", "/customers/{id}", "Customers", "200"),
    ("updateCustomer", "PATCH", "/customers/{id}", "Customers", "200"),
    ("deleteCustomer", "DELETE", "/customers/{id}", "Customers", "200"),
    ("blockCustomer", "PATCH", "/customers/{id}/block", "Customers", "200"),
    ("unblockCustomer", "PATCH", "/customers/{id}/unblock", "Customers", "200"),
    ("listCheckoutSessions", "GET", "/checkout-sessions", "Checkout Sessions", "200"),
    ("createCheckoutSession", "POST", "/checkout-sessions", "Checkout Sessions", "201"),
    ("getCheckoutSession", "GET", "/checkout-sessions/{id}", "Checkout Sessions", "200"),
    ("expireCheckoutSession", "PATCH", "/checkout-sessions/{id}/expire", "Checkout Sessions", "200"),
    ("listOrders", "GET", "/orders", "Orders", "200"),
    ("createOrder", "POST", "/orders", "Orders", "201"),
    ("getOrder", "GET", "/orders/{id}", "Orders", "200"),
]

SPEC = {op["operationId"]: (method, path, op) for method, path, op in operations()}


def test_the_spec_has_exactly_the_reference_operations() -> None:
    assert sorted(SPEC) == sorted(row[0] for row in REFERENCE)
    assert len(SPEC) == 34


@pytest.mark.parametrize(("operation_id", "method", "path", "tag", "status"), REFERENCE, ids=lambda v: str(v))
def test_operation(operation_id: str, method: str, path: str, tag: str, status: str) -> None:
    spec_method, spec_path, op = SPEC[operation_id]
    assert (spec_method, spec_path) == (method, path)
    assert op["tags"] == [tag]
    assert [s for s in op["responses"] if s.startswith("2")] == [status]


def test_only_the_retired_payment_intent_cancel_is_deprecated() -> None:
    deprecated = [operation_id for operation_id, (_, _, op) in SPEC.items() if op.get("deprecated")]
    assert deprecated == ["cancelPaymentIntent"]


@pytest.mark.parametrize(
    ("operation_id", "statuses"),
    [("createCustomer", {"409"}), ("updateCustomer", {"409"}), ("getPaymentIntent", {"400"})],
)
def test_operation_specific_errors(operation_id: str, statuses: set[str]) -> None:
    assert statuses <= set(SPEC[operation_id][2]["responses"])
