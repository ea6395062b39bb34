"""New records take their fields from the spec's schemas."""

from __future__ import annotations

import pytest

from kohortpay.testing.mock.records import SCHEMAS, build, shape


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_a_record_holds_every_field_the_spec_requires(kind: str) -> None:
    form = shape(kind)
    given = {name: f"<{name}>" for name in form.required if name not in form.nullable}
    record = build(kind, given)
    assert set(form.required) <= set(record) <= set(form.fields)
    assert all(record[name] is None for name in form.required if name in form.nullable)


def test_sent_fields_fill_required_ones_and_values_win() -> None:
    sent = {"emailAddress": "sent@example.com", "firstName": "Sent", "lineItems": [], "locale": "de_DE"}
    values = {"id": "cus_1", "livemode": False, "isBlocked": False, "organizationId": "org_1", "locale": "fr_FR"}
    stamp = {"createdAt": None, "createdBy": "system", "updatedAt": None, "updatedBy": "system"}
    customer = build("customer", sent, **values, **stamp, _seen=True)
    assert [customer[k] for k in ("emailAddress", "firstName", "locale")] == ["sent@example.com", "Sent", "fr_FR"]
    assert "lineItems" not in customer and customer["_seen"] is True and customer["deletedAt"] is None


def test_a_field_the_spec_does_not_have_or_a_missing_one_is_a_bug_of_the_mock() -> None:
    with pytest.raises(TypeError, match="Order has no field amountt"):
        build("order", amountt=1)
    with pytest.raises(TypeError, match=r"Order\.id needs a value"):
        build("order")
