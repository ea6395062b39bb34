"""The generated fast parsers (kohortpay_client.parsers) give what the generic path gives — the
model's `from_dict` of the answer re-cased to snake_case — on what the server sends, on camelCase
bodies and on bodies with keys the spec does not declare; and the server's own answers take the
fast path."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kohortpay._casing import to_camel, to_snake
from kohortpay.testing import strategies as kst
from kohortpay_client import facts, models, parsers


def parser_name(schema: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()


# Metadata is merchant data, only ever met under a `metadata` key, where no key is re-cased.
SCHEMAS = sorted(name for name in facts.SCHEMAS if hasattr(parsers, parser_name(name)) and name != "Metadata")


def generic(schema: str, data: Any) -> Any:
    return getattr(models, schema).from_dict(to_snake(data))


def outcome(parse: Any, data: Any) -> Any:
    """The model, or that the body does not parse (the SDK's `APIResponseValidationError` either way):
    keys the strategies draw freely may re-case onto a declared one and break the generic path."""
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return "does not parse"


def test_every_model_of_an_answer_has_a_parser() -> None:
    answers = {op.result.name for op in facts.OPERATIONS.values() if op.result is not None}
    assert answers and answers <= set(SCHEMAS)


@pytest.mark.parametrize("schema", SCHEMAS)
@settings(max_examples=30, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_the_fast_parser_gives_the_generic_result(schema: str, data: st.DataObject) -> None:
    parse = getattr(parsers, parser_name(schema))
    wire = data.draw(kst.response_object(schema))
    camel = to_camel(wire)  # either casing parses
    extended = {**wire, "a_field_added_later": [1, {"x": None}]}  # kept where the generic path keeps it
    for body in (wire, camel, extended):
        assert outcome(parse, body) == outcome(lambda d: generic(schema, d), body)


def test_the_servers_answers_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """On the mock's answers (the reference server's shapes), no parser gives way to `from_dict`."""
    from kohortpay import KohortPay
    from kohortpay.testing import MockServer

    fallbacks: list[Any] = []

    def counted(data: Any) -> Any:
        fallbacks.append(data)
        return to_snake(data)

    monkeypatch.setattr(parsers, "to_snake", counted)
    shopper: dict[str, Any] = {"customer_email": "jane@example.com", "customer_first_name": "Jane",
                               "customer_last_name": "Doe"}  # fmt: skip
    with MockServer() as server, KohortPay(server.secret_key, base_url=server.url) as client:
        customer = client.customers.create(email_address="ada@example.com", metadata={"tier": "gold"})
        session = client.checkout_sessions.create(amount_total=5000, line_items=[{"name": "Tea", "price": 5000,
                                                  "quantity": 1}], **shopper)  # fmt: skip
        order = client.orders.create(amount=3000, client_reference_id="cart-1", **shopper)
        group = client.orders.wait_for_group(order.id)
        server.settle()
        client.customers.retrieve(customer.id)
        client.checkout_sessions.retrieve(session.id)
        client.groups.validate(group.share_id, amount=5000)
        client.groups.retrieve(group.id, expand=["paymentGroupSettings.discountLevels", "customer", "orders"])
        for resource in (client.customers, client.checkout_sessions, client.orders, client.groups,
                         client.payment_intents, client.payment_groups):  # fmt: skip
            assert list(resource.list())
    assert fallbacks == []


@settings(max_examples=20, suppress_health_check=list(HealthCheck), deadline=None)
@given(customer=kst.response_object("Customer"), locale=st.text(min_size=1, max_size=8))
def test_an_enum_value_the_spec_does_not_list_parses_as_unknown(customer: dict[str, Any], locale: str) -> None:
    """Open enums on the fast path too: a value the API adds later is kept, not a parse error."""
    wire = {**customer, "locale": locale}
    parsed = outcome(parsers.customer, wire)
    assert parsed == outcome(lambda d: generic("Customer", d), wire)
    if parsed != "does not parse":
        assert parsed.locale == locale and str(parsed.locale) == locale
