"""openapi.yaml is valid OpenAPI 3.1 and follows the conventions every consumer relies on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate
from spec_helpers import (
    examples_of,
    load_spec,
    media_types,
    operations,
    resolve,
    validator_for,
    webhook_operations,
)

ERROR_STATUSES = ("400", "401", "404")
ERROR_SCHEMA = "#/components/schemas/ErrorResponse"

OPERATIONS = list(operations())
OPERATION_IDS = [f"{method} {path}" for method, path, _ in OPERATIONS]


def test_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"] == "3.1.0"
    validate(spec)


SCHEMA_KEYWORDS = {
    "type", "format", "enum", "const", "properties", "required", "items", "additionalProperties", "anyOf", "allOf",
    "oneOf", "not", "if", "then", "else", "minimum", "maximum", "minLength", "maxLength", "default", "description",
    "deprecated", "$ref", "x-error-message", "pattern", "x-kohortpay", "examples",
}  # fmt: skip


def test_schemas_use_only_known_keywords() -> None:
    """A YAML slip (e.g. an unquoted comma in a flow mapping) shows up as a bogus keyword."""

    def check(schema: Any, where: str) -> None:
        if not isinstance(schema, dict):
            return
        assert set(schema) <= SCHEMA_KEYWORDS, (where, set(schema) - SCHEMA_KEYWORDS)
        for name, sub in schema.get("properties", {}).items():
            check(sub, f"{where}.{name}")
        for key in ("items", "not", "if", "then", "else", "additionalProperties"):
            check(schema.get(key), f"{where}/{key}")
        for key in ("anyOf", "allOf", "oneOf"):
            for index, sub in enumerate(schema.get(key, [])):
                check(sub, f"{where}/{key}/{index}")

    for name, schema in load_spec()["components"]["schemas"].items():
        check(schema, name)


def test_production_server_is_declared() -> None:
    assert load_spec()["servers"] == [{"url": "https://api.kohortpay.com", "description": "Production"}]


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for _, _, op in OPERATIONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OPERATION_IDS)
class TestEveryOperation:
    def test_is_documented(self, method: str, path: str, op: dict[str, Any]) -> None:
        declared_tags = {tag["name"] for tag in load_spec()["tags"]}
        assert op["operationId"]
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags
        assert op["summary"].strip()
        assert op["description"].strip()

    def test_requires_bearer_auth(self, method: str, path: str, op: dict[str, Any]) -> None:
        assert op["security"] == [{"bearerAuth": []}]

    def test_has_exactly_one_success_status(self, method: str, path: str, op: dict[str, Any]) -> None:
        successes = [status for status in op["responses"] if status.startswith("2")]
        # The server's framework answers 201 to every POST and 200 to everything else.
        assert successes == (["201"] if method == "POST" else ["200"])

    def test_errors_use_the_envelope(self, method: str, path: str, op: dict[str, Any]) -> None:
        for status, response in op["responses"].items():
            if status.startswith("2"):
                continue
            schema = resolve(response)["content"]["application/json"]["schema"]
            assert schema == {"$ref": ERROR_SCHEMA}, status
        assert set(ERROR_STATUSES) <= set(op["responses"])

    def test_posts_take_an_idempotency_key(self, method: str, path: str, op: dict[str, Any]) -> None:
        params = [resolve(p) for p in op.get("parameters", [])]
        headers = {p["name"] for p in params if p["in"] == "header"}
        assert ("Idempotency-Key" in headers) == (method == "POST")

    def test_path_parameters_are_declared(self, method: str, path: str, op: dict[str, Any]) -> None:
        params = [resolve(p) for p in op.get("parameters", [])]
        in_path = {p["name"] for p in params if p["in"] == "path"}
        assert in_path == ({"id"} if "{id}" in path else set())


def test_list_operations_take_the_paging_parameters() -> None:
    lists = 0
    for _, path, op in OPERATIONS:
        schema = op["responses"].get("200", {})
        schema = resolve(schema).get("content", {}).get("application/json", {}).get("schema", {})
        if not schema.get("$ref", "").endswith("List") or path.endswith("/participants"):
            continue
        lists += 1
        names = {resolve(p)["name"] for p in op["parameters"]}
        assert names == {"take", "skip", "orderBy", "search", "expand[]"}, path
    assert lists == 6


def test_take_is_capped_at_25() -> None:
    take = load_spec()["components"]["parameters"]["Take"]["schema"]
    assert (take["minimum"], take["maximum"], take["default"]) == (1, 25, 25)


def test_list_envelopes_have_data_and_count() -> None:
    schemas = load_spec()["components"]["schemas"]
    envelopes = {name: schema for name, schema in schemas.items() if name.endswith("List")}
    assert len(envelopes) == 6
    for name, schema in envelopes.items():
        assert schema["required"] == ["data", "count"], name
        assert schema["properties"]["data"]["type"] == "array", name


def _links() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(source operationId, its response schema, link) for every link of a 2xx response."""
    for _, _, op in OPERATIONS:
        for status, response in op["responses"].items():
            response = resolve(response)
            for link in response.get("links", {}).values():
                if status.startswith("2"):
                    yield op["operationId"], resolve(response["content"]["application/json"]["schema"]), link


def test_links_carry_fields_of_the_response_into_known_operations() -> None:
    ids = {op["operationId"] for _, _, op in OPERATIONS}
    for source, schema, link in _links():
        assert link["operationId"] in ids, (source, link)
        values = [*link.get("parameters", {}).values(), *link.get("requestBody", {}).values()]
        assert values, (source, link)
        for value in values:
            assert value.startswith("$response.body#/"), (source, link)
            assert value.removeprefix("$response.body#/").split("/")[0] in schema["properties"], (source, link)


def test_links_lead_from_the_creates_through_the_referral_life_cycle() -> None:
    linked = {(source, link["operationId"]) for source, _, link in _links()}
    life_cycle = {
        ("createOrder", "createGroup"), ("createOrder", "createPaymentGroup"), ("createOrder", "getGroup"),
        ("getGroup", "validateGroup"), ("getGroup", "createOrder"), ("getGroup", "createCheckoutSession"),
        ("getGroup", "cancelGroup"), ("getGroup", "expireGroup"), ("getPaymentGroup", "validatePaymentGroup"),
        ("getPaymentGroup", "cancelPaymentGroup"), ("getPaymentGroup", "expirePaymentGroup"),
        ("createCustomer", "blockCustomer"), ("blockCustomer", "createOrder"),
    }  # fmt: skip
    assert life_cycle <= linked
    targets = {target for _, target in linked}
    assert {"getCustomer", "updateCustomer", "deleteCustomer", "getCheckoutSession", "expireCheckoutSession"} <= targets


def test_every_body_has_an_example() -> None:
    for where, media in media_types():
        assert examples_of(media), where


EXAMPLES = [
    (f"{where} {name}", media["schema"], value) for where, media in media_types() for name, value in examples_of(media)
]


@pytest.mark.parametrize(("schema", "example"), [e[1:] for e in EXAMPLES], ids=[e[0] for e in EXAMPLES])
def test_example_is_valid_against_its_schema(schema: dict[str, Any], example: Any) -> None:
    validator_for(schema).validate(example)


def test_every_named_example_is_used() -> None:
    used = {
        media["examples"][name]["$ref"].rsplit("/", 1)[-1]
        for _, media in media_types()
        for name in media.get("examples", {})
    }
    assert used == set(load_spec()["components"]["examples"])


@pytest.mark.parametrize("param", list(load_spec()["components"]["parameters"].values()), ids=lambda p: p["name"])
def test_parameter_example_is_valid(param: dict[str, Any]) -> None:
    if param["name"] == "Idempotency-Key":  # one per request: a fixed example would be reused with other bodies
        assert "example" not in param
        return
    validator_for(param["schema"]).validate(param["example"])


def test_a_group_needs_an_order_or_a_payment_intent() -> None:
    validator = validator_for({"$ref": "#/components/schemas/CreatePaymentGroupParams"})
    assert not validator.is_valid({"customerId": "cus_8f3e2a1b9c0d47"})
    assert validator.is_valid({"customerId": "cus_8f3e2a1b9c0d47", "orderId": "ord_3b7c9d2e1f0a64"})
    assert validator.is_valid({"customerId": "cus_8f3e2a1b9c0d47", "paymentIntentId": "pi_1d9e8f7a6b5c43"})


@pytest.mark.parametrize("schema", ["CreateOrderParams", "CreateCheckoutSessionParams"])
def test_a_purchase_needs_a_customer_id_or_an_email_with_both_names(schema: str) -> None:
    """The reference server answers 500 to an e-mail without both names, even for a known shopper."""
    validator = validator_for({"$ref": f"#/components/schemas/{schema}"})
    amount = {"amount": 100} if schema == "CreateOrderParams" else {"amountTotal": 100}
    email, names = {"customerEmail": "jane.doe@example.com"}, {"customerFirstName": "Jane", "customerLastName": "Doe"}
    assert not validator.is_valid(amount)
    assert validator.is_valid({**amount, "customerId": "cus_8f3e2a1b9c0d47"})
    assert validator.is_valid({**amount, **email, **names})
    assert not validator.is_valid({**amount, **email})
    assert not validator.is_valid({**amount, **email, "customerFirstName": "Jane"})
    assert not validator.is_valid({**amount, **email, **names, "customerLastName": ""})


def test_amounts_fit_the_servers_32_bit_columns() -> None:
    validator = validator_for({"$ref": "#/components/schemas/CreateOrderParams"})
    assert validator.is_valid({"amount": 2**31 - 1, "customerId": "cus_8f3e2a1b9c0d47"})
    assert not validator.is_valid({"amount": 2**31, "customerId": "cus_8f3e2a1b9c0d47"})


@pytest.mark.parametrize(
    ("item", "valid"),
    [
        ({"price": 100, "quantity": 3}, True),
        ({"price": 100, "quantity": 3, "type": "PRODUCT"}, True),
        ({"price": -1, "quantity": 1, "type": "PRODUCT"}, False),
        ({"price": 500, "quantity": 1, "type": "SHIPPING"}, True),
        ({"price": 500, "quantity": 2, "type": "SHIPPING"}, False),
        ({"price": -500, "quantity": 1, "type": "DISCOUNT"}, True),
        ({"price": 0, "quantity": 1, "type": "DISCOUNT"}, False),
        ({"price": -500, "quantity": 2, "type": "GIFT_CARD"}, False),
        ({"price": -500, "quantity": 1, "type": "STORE_CREDIT"}, True),
        ({"price": 100, "quantity": 1, "colour": "red"}, False),  # an unknown key: a 500 on the server
    ],
)
def test_line_item_sign_and_quantity_rules(item: dict[str, Any], valid: bool) -> None:
    validator = validator_for({"$ref": "#/components/schemas/LineItemParams"})
    assert validator.is_valid({"name": "Mug", **item}) is valid


def test_a_line_item_needs_a_name() -> None:
    """The server validates nothing in a line item and answers 500 without a name."""
    assert not validator_for({"$ref": "#/components/schemas/LineItemParams"}).is_valid({"price": 100, "quantity": 1})


def test_every_webhook_event_type_has_a_webhook() -> None:
    schemas = load_spec()["components"]["schemas"]
    event_types = {
        *schemas["PaymentIntentEventType"]["enum"],
        *schemas["PaymentGroupEventType"]["enum"],
        *schemas["OrderEventType"]["enum"],
        schemas["PaymentGroupSucceededEvent"]["properties"]["type"]["const"],
    }
    assert {name for name, _ in webhook_operations()} == event_types
    assert len(event_types) == 11


def test_error_message_is_a_string_or_a_list_of_strings() -> None:
    validator = validator_for({"$ref": ERROR_SCHEMA})
    assert validator.is_valid({"error": {"type": "invalid_request_error", "message": "x", "code": "NOT_FOUND"}})
    assert validator.is_valid({"error": {"type": "invalid_request_error", "message": ["a", "b"]}})
    assert not validator.is_valid({"error": {"type": "invalid_request_error", "message": 3}})
