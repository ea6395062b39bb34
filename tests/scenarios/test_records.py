"""New records take their fields from the spec's schemas (the facts of kohortpay_client.facts)."""

from __future__ import annotations

from typing import Any

import pytest

from kohortpay.testing.mock.core.records import build
from kohortpay_client import facts


@pytest.mark.parametrize("schema", [s for s in facts.SCHEMAS.values() if s.prefix], ids=lambda s: s.name)
def test_a_record_holds_every_field_the_spec_requires(schema: facts.ObjectSchema[Any, str]) -> None:
    given = {name: f"<{name}>" for name in schema.required if name not in schema.nullable}
    record = build(schema, given)
    assert set(schema.required) <= set(record) <= set(schema.fields)
    assert all(record[name] is None for name in schema.required if name in schema.nullable)


def test_sent_fields_fill_required_ones_and_values_win() -> None:
    sent = {"emailAddress": "sent@example.com", "firstName": "Sent", "lineItems": [], "locale": "de_DE"}
    values = {"id": "cus_1", "livemode": False, "isBlocked": False, "organizationId": "org_1", "locale": "fr_FR"}
    stamp = {"createdAt": None, "createdBy": "system", "updatedAt": None, "updatedBy": "system"}
    customer = build(facts.CUSTOMER, {**values, **stamp}, sent)
    assert [customer[k] for k in ("emailAddress", "firstName", "locale")] == ["sent@example.com", "Sent", "fr_FR"]
    assert "lineItems" not in customer and customer["deletedAt"] is None


def test_a_field_the_spec_does_not_have_or_a_missing_one_is_a_bug_of_the_mock() -> None:
    with pytest.raises(TypeError, match="Order has no field amountt"):
        build(facts.ORDER, {"amountt": 1})
    with pytest.raises(TypeError, match=r"Order\.id needs a value"):
        build(facts.ORDER, {})
