"""The generated models parse what the server sends and write it back unchanged."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from spec_helpers import examples_of, media_types, schema_name
from wire_bodies import RESOURCES

from kohortpay_client import models
from kohortpay_client.types import Unset

EXAMPLES = sorted(
    {
        (where.split()[-2] == "request", schema_name(media), name, repr(value)): (schema_name(media), value)
        for where, media in media_types()
        for name, value in examples_of(media)
    }.items()
)


def model(name: str) -> Any:
    return getattr(models, name)


@pytest.mark.parametrize(
    ("name", "example"), [value for _, value in EXAMPLES], ids=[f"{key[1]}-{key[2]}" for key, _ in EXAMPLES]
)
def test_example_round_trips_through_its_model(name: str, example: dict[str, Any]) -> None:
    parsed = model(name).from_dict(copy.deepcopy(example))
    assert model(name).from_dict(parsed.to_dict()) == parsed
    assert parsed.to_dict() == example  # nothing lost, nothing re-shaped


def unset_fields(instance: Any) -> list[str]:
    return [
        field.name
        for field in attrs.fields(type(instance))
        if field.name != "additional_properties" and isinstance(getattr(instance, field.name), Unset)
    ]


@pytest.mark.parametrize(("name", "body"), RESOURCES.items(), ids=list(RESOURCES))
def test_real_wire_body_parses_with_every_field_populated(name: str, body: dict[str, Any]) -> None:
    parsed = model(name).from_dict(copy.deepcopy(body))
    assert unset_fields(parsed) == []
    assert parsed.to_dict() == body


def test_extra_fields_are_kept_as_additional_properties() -> None:
    group = models.PaymentGroup.from_dict(copy.deepcopy(RESOURCES["PaymentGroup"]))
    assert group.additional_properties == {"participants_count": 2}
    assert isinstance(group.payment_group_settings, models.PaymentGroupSettings)
    assert isinstance(group.organization, models.Organization)
    assert group.payment_group_settings.additional_properties == {"ai_copy": True}
    assert group.organization.additional_properties == {"name": "Maison Example", "brand_settings": None}


def test_metadata_keeps_its_keys_and_values_verbatim() -> None:
    customer = models.Customer.from_dict(copy.deepcopy(RESOURCES["Customer"]))
    assert isinstance(customer.metadata, models.Metadata)
    assert customer.metadata.additional_properties == {"myId": 42, "nested": {"camelCase": None}}


def test_expanded_relations_parse_into_their_models() -> None:
    session = models.CheckoutSession.from_dict(copy.deepcopy(RESOURCES["CheckoutSession"]))
    assert isinstance(session.line_items, list) and isinstance(session.line_items[0], models.LineItem)
    assert isinstance(session.payment_intent, models.PaymentIntent)
    assert isinstance(session.payment_intent.payment_group, models.PaymentGroup)
    assert session.payment_intent.payment_group.share_id == "KHTPAY-test-BE125F06"


def test_participants_parse_as_orders_or_payment_intents() -> None:
    orders = RESOURCES["Order"]
    intents = RESOURCES["PaymentIntent"]
    page = models.ParticipantList.from_dict({"data": [copy.deepcopy(orders)], "count": 1})
    assert isinstance(page.data[0], models.Order)
    page = models.ParticipantList.from_dict({"data": [copy.deepcopy(intents)], "count": 1})
    assert isinstance(page.data[0], models.PaymentIntent)


def test_ambassador_validate_result_has_only_a_level() -> None:
    result = models.ValidatePaymentGroupResult.from_dict({"current_discount_level": {"value": 20}})
    assert isinstance(result.current_discount_level, models.CurrentDiscountLevel)
    assert result.current_discount_level.value == 20
    assert isinstance(result.id, Unset)


def test_validate_result_without_a_level() -> None:
    result = models.ValidatePaymentGroupResult.from_dict({"current_discount_level": None})
    assert result.current_discount_level is None


@pytest.mark.parametrize("message", ["Invalid Api Key.", ["amountTotal must be a positive number", "bad locale"]])
def test_error_message_is_a_string_or_a_list(message: str | list[str]) -> None:
    body = {"error": {"type": "invalid_request_error", "message": message, "code": "Bad Request"}}
    error = models.ErrorResponse.from_dict(body)
    assert error.error.message == message
    assert error.to_dict() == body


def test_error_without_a_code_parses() -> None:
    error = models.ErrorResponse.from_dict({"error": {"type": "api_error", "message": "Internal Server Error"}})
    assert isinstance(error.error.code, Unset)
    assert error.error.type_ == models.ErrorType.API_ERROR
