"""The generated models parse what the server sends and write it back unchanged."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_helpers import examples_of, media_types, schema_name
from wire_bodies import RESOURCES

from kohortpay.testing import strategies as kst
from kohortpay.testing.mock.core.validation import load_spec
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
    assert (group.organization.name, group.organization.brand_settings) == ("Maison Example", None)
    assert group.organization.additional_properties == {}


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


def test_unset_fields_read_cleanly_in_repr_and_help() -> None:
    import pydoc

    item = models.LineItemParams(name="Mug", price=1200, quantity=1)
    assert (
        repr(item)
        == "LineItemParams(name='Mug', price=1200, quantity=1, type_=UNSET, image_url=UNSET, description=UNSET)"
    )
    text = pydoc.TextDoc()  # help()'s renderer, without the terminal's bold
    for name in dir(models):
        if isinstance(getattr(models, name), type):
            assert "Unset object" not in pydoc.render_doc(getattr(models, name), renderer=text), name


def test_metadata_is_a_mapping() -> None:
    from collections.abc import MutableMapping

    metadata = models.Metadata.from_dict({"cart": "42", "n": 1})
    assert isinstance(metadata, MutableMapping) and dict(metadata) == {"cart": "42", "n": 1}
    assert len(metadata) == 2 and metadata.get("cart") == "42" and metadata.get("missing") is None


def test_a_renamed_field_reads_by_its_api_name_too() -> None:
    assert models.LineItemParams(name="Mug", price=1, quantity=1, type_=models.LineItemType.PRODUCT).type == "PRODUCT"


OBJECT_SCHEMAS = sorted(
    name for name, schema in load_spec()["components"]["schemas"].items() if schema.get("type") == "object"
)


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_to_dict_of_every_model_is_json(name: str, data: st.DataObject) -> None:
    model = data.draw(kst.response_object(name, as_model=True))
    assert json.loads(json.dumps(model.to_dict())) == model.to_dict()
