"""Successful responses: parsed into the generated models whatever their key casing; the raw
response API; and the server's odd answers (empty bodies, bodies that do not match)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from wire_bodies import CUSTOMER, PAYMENT_GROUP

import kohortpay
from kohortpay._casing import camel_key, snake_key, to_camel, to_snake
from kohortpay._datetime import parse_datetime
from kohortpay_client.models import Customer, PaymentGroup

from .support import MakeApi, Recorder


def test_snake_and_camel_keys() -> None:
    assert snake_key("amountTotal") == "amount_total"
    assert snake_key("jMinus2ExpireAt") == "j_minus2_expire_at"
    assert snake_key("addressLine1") == "address_line1"
    assert snake_key("already_snake") == "already_snake"
    assert camel_key("j_minus2_expire_at") == "jMinus2ExpireAt"
    assert camel_key("address_line1") == "addressLine1"
    assert camel_key("amountTotal") == "amountTotal"


def test_metadata_is_never_recased() -> None:
    body = {"paymentGroup": {"metadata": {"myId": 1, "my_key": {"innerKey": None}}, "shareId": "KHT-1"}}
    assert to_snake(body) == {
        "payment_group": {"metadata": {"myId": 1, "my_key": {"innerKey": None}}, "share_id": "KHT-1"}
    }
    assert to_camel(to_snake(body)) == body


def test_snake_case_response(make_api: MakeApi) -> None:
    customer = make_api(Recorder(httpx.Response(200, json=CUSTOMER)))(lambda c: c.customers.retrieve("cus_1"))
    assert isinstance(customer, Customer)
    assert customer.email_address == CUSTOMER["email_address"]
    assert customer.metadata is not None and customer.metadata.to_dict() == CUSTOMER["metadata"]
    assert customer.locale == "de_DE"  # an enum value the spec does not list parses
    assert customer.additional_properties["marketing_opt_in"] is True


def test_camel_case_response_parses_the_same(make_api: MakeApi) -> None:
    camel = to_camel(CUSTOMER)
    assert "emailAddress" in camel and camel["metadata"] == CUSTOMER["metadata"]
    customer = make_api(Recorder(httpx.Response(200, json=camel)))(lambda c: c.customers.retrieve("cus_1"))
    assert (
        customer.to_dict()
        == make_api(Recorder(httpx.Response(200, json=CUSTOMER)))(lambda c: c.customers.retrieve("cus_1")).to_dict()
    )


def test_nested_camel_case_group(make_api: MakeApi) -> None:
    group = make_api(Recorder(httpx.Response(200, json=to_camel(PAYMENT_GROUP))))(lambda c: c.groups.retrieve("pg_1"))
    assert isinstance(group, PaymentGroup)
    assert group.share_id == PAYMENT_GROUP["share_id"]


@pytest.mark.parametrize("resource", ["groups", "payment_groups"])
def test_empty_200_for_a_group_is_not_found(make_api: MakeApi, resource: str) -> None:
    api = make_api(Recorder(httpx.Response(200, content=b"")))
    with pytest.raises(kohortpay.NotFoundError) as info:
        api(lambda c: getattr(c, resource).retrieve("pg_00000000000000"))
    assert info.value.status_code == 200
    assert "pg_00000000000000 not found" in str(info.value)


def test_empty_body_on_a_post_is_a_validation_error(make_api: MakeApi) -> None:
    api = make_api(Recorder(httpx.Response(201, content=b"")))
    with pytest.raises(kohortpay.APIResponseValidationError):
        api(lambda c: c.groups.cancel("pg_1"))


def test_body_missing_a_required_field(make_api: MakeApi) -> None:
    body = {k: v for k, v in CUSTOMER.items() if k != "email_address"}
    with pytest.raises(kohortpay.APIResponseValidationError) as info:
        make_api(Recorder(httpx.Response(200, json=body)))(lambda c: c.customers.retrieve("cus_1"))
    assert info.value.status_code == 200 and "email_address" in str(info.value)


def test_body_not_json(make_api: MakeApi) -> None:
    with pytest.raises(kohortpay.APIResponseValidationError):
        make_api(Recorder(httpx.Response(200, text="<html>")))(lambda c: c.customers.retrieve("cus_1"))


def test_raw_response(make_api: MakeApi) -> None:
    response = httpx.Response(200, json=CUSTOMER, headers={"x-request-id": "req_9"})
    raw = make_api(Recorder(response))(lambda c: c.with_raw_response.customers.retrieve("cus_1"))
    assert isinstance(raw, kohortpay.APIResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "req_9" and raw.request_id == "req_9"
    assert raw.json() == CUSTOMER
    customer = raw.parse()
    assert isinstance(customer, Customer) and raw.parse() is customer
    assert raw.http_response.request.method == "GET"
    assert "200" in repr(raw)


def test_raw_response_still_raises_errors(make_api: MakeApi) -> None:
    api = make_api(Recorder(httpx.Response(404, json={"error": {"type": "invalid_request_error", "message": "x"}})))
    with pytest.raises(kohortpay.NotFoundError):
        api(lambda c: c.with_raw_response.customers.retrieve("cus_1"))


def test_raw_response_defers_parse_errors(make_api: MakeApi) -> None:
    raw = make_api(Recorder(httpx.Response(200, json={"id": "cus_1"})))(
        lambda c: c.with_raw_response.customers.retrieve("cus_1")
    )
    assert raw.status_code == 200
    with pytest.raises(kohortpay.APIResponseValidationError):
        raw.parse()


# -- requests -------------------------------------------------------------------------------


def test_request_body_is_camel_case_and_metadata_verbatim(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(201, json=CUSTOMER))
    make_api(recorder)(
        lambda c: c.customers.create(
            email_address="jane@example.com",
            first_name=None,
            metadata={"my_id": 1, "nestedKey": {"a_b": 2}},
            locale="fr_FR",
        )
    )
    assert recorder.body() == {
        "emailAddress": "jane@example.com",
        "firstName": None,
        "metadata": {"my_id": 1, "nestedKey": {"a_b": 2}},
        "locale": "fr_FR",
    }
    assert recorder.last.headers["Content-Type"] == "application/json"


def test_line_items_as_dicts_or_models(make_api: MakeApi) -> None:
    from kohortpay_client.models import LineItemParams, LineItemType

    recorder = Recorder(
        lambda r: httpx.Response(400, json={"error": {"type": "invalid_request_error", "message": "x"}})
    )
    api = make_api(recorder)
    with pytest.raises(kohortpay.BadRequestError):
        api(
            lambda c: c.checkout_sessions.create(
                amount_total=3000,
                customer_id="cus_8f3e2a1b9c0d47",
                line_items=[
                    {"name": "Shoes", "price": 3500, "quantity": 1, "image_url": "https://x/i.png"},
                    LineItemParams(price=-500, quantity=1, name="Promo", type_=LineItemType.DISCOUNT),
                ],
            )
        )
    assert recorder.body()["lineItems"] == [
        {"name": "Shoes", "price": 3500, "quantity": 1, "imageUrl": "https://x/i.png"},
        {"price": -500, "quantity": 1, "name": "Promo", "type": "DISCOUNT"},
    ]


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ({"nam": "Mug", "price": 1200, "quantity": 1}, "line_items[0] has no field 'nam' (did you mean 'name'?)"),
        ({"name": "Mug", "price": 1200, "qty": 1}, "line_items[0] has no field 'qty'"),
        ({"name": "Mug", "price": 1200}, "line_items[0] needs 'quantity'"),
    ],
)
def test_a_misspelt_or_missing_line_item_field_is_refused_before_sending(
    make_api: MakeApi, item: dict[str, Any], said: str
) -> None:
    recorder = Recorder(httpx.Response(201, json={}))
    with pytest.raises(TypeError, match=re.escape(said)):
        make_api(recorder)(
            lambda c: c.checkout_sessions.create(amount_total=1200, customer_id="cus_1", line_items=[item])
        )
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("create", "said"),
    [
        (lambda c: c.orders.create(amount=True, customer_id="cus_1"), "amount takes an int (whole cents"),
        (lambda c: c.orders.create(amount=2.7, customer_id="cus_1"), "not float 2.7"),
        (lambda c: c.payment_intents.create(amount="100", checkout_session_id="cs_1"), "amount takes an int"),
        (
            lambda c: c.checkout_sessions.create(
                amount_total=1200, customer_id="cus_1", line_items=[{"name": "Mug", "price": 12.0, "quantity": 1}]
            ),
            "line_items[0].price takes an int (whole cents for an amount), not float 12.0",
        ),
    ],
)  # fmt: skip
def test_cents_are_ints_checked_before_sending(make_api: MakeApi, create: Callable[[Any], Any], said: str) -> None:
    """`True` would go out as `true` (the server reads 1 cent), 2.7 be truncated, "100" refused."""
    recorder = Recorder(httpx.Response(201, json={}))
    with pytest.raises(TypeError, match=re.escape(said)):
        make_api(recorder)(create)
    assert recorder.requests == []


def test_aware_datetimes_are_sent_in_utc_and_naive_ones_refused(make_api: MakeApi) -> None:
    import datetime as dt

    recorder = Recorder(httpx.Response(201, json=PAYMENT_GROUP))
    api = make_api(recorder)
    paris = dt.timezone(dt.timedelta(hours=2))
    api(
        lambda c: c.groups.create(
            customer_id="cus_1", order_id="ord_1", expires_at=dt.datetime(2030, 1, 1, 2, tzinfo=paris)
        )
    )
    assert recorder.body()["expiresAt"] == "2030-01-01T00:00:00.000Z"
    with pytest.raises(ValueError, match="naive"):
        api(lambda c: c.groups.create(customer_id="cus_1", order_id="ord_1", expires_at=dt.datetime(2030, 1, 1)))


def test_path_parameters_are_escaped_and_required(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    api = make_api(recorder)
    api(lambda c: c.customers.retrieve("a/b?c"))
    assert recorder.last.url.raw_path == b"/customers/a%2Fb%3Fc"
    with pytest.raises(ValueError, match="non-empty"):
        api(lambda c: c.customers.retrieve(""))


def test_validate_without_arguments_sends_an_empty_object(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(201, json={"current_discount_level": {"value": 20}}))
    result = make_api(recorder)(lambda c: c.groups.validate("KHTAMB-12345678"))
    assert recorder.last.url.path == "/groups/KHTAMB-12345678/validate" and recorder.body() == {}
    assert result.current_discount_level is not None and result.current_discount_level.value == 20


def test_expand_is_sent_as_repeated_query_parameters(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=PAYMENT_GROUP))
    make_api(recorder)(lambda c: c.groups.retrieve("pg_1", expand=("customer", "paymentGroupSettings.discountLevels")))
    assert recorder.last.url.params.get_list("expand[]") == ["customer", "paymentGroupSettings.discountLevels"]


def test_extra_headers_and_timeout_per_call(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    make_api(recorder)(lambda c: c.customers.retrieve("cus_1", extra_headers={"X-Trace": "t1"}, timeout=3.0))
    assert recorder.last.headers["X-Trace"] == "t1"
    assert recorder.last.extensions["timeout"] == pytest.approx(httpx.Timeout(3.0).as_dict(), abs=0.5)


def test_header_names_are_case_insensitive(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(201, json=CUSTOMER))
    extra = {"idempotency-key": "mine", "authorization": "Bearer sk_test_other", "x-trace": "t1"}
    make_api(recorder)(lambda c: c.customers.create(email_address="a@example.com", extra_headers=extra))
    sent = recorder.last.headers
    assert sent.get_list("Idempotency-Key") == ["mine"]  # the caller's key, sent once
    assert len(sent.get_list("Authorization")) == 1 and "sk_test_other" not in sent["Authorization"]


def test_an_answer_nested_too_deeply_is_a_validation_error(make_api: MakeApi) -> None:
    deep = '{"id":"cus_1","metadata":' + "[" * 100_000 + "]" * 100_000 + "}"
    for body in (deep, '{"error":{"message":' + "[" * 100_000 + "]" * 100_000 + "}}"):
        status = 400 if "error" in body else 200
        recorder = Recorder(httpx.Response(status, content=body.encode(), headers={"Content-Type": "application/json"}))
        with pytest.raises((kohortpay.APIResponseValidationError, kohortpay.BadRequestError)) as info:
            make_api(recorder)(lambda c: c.customers.retrieve("cus_1"))
        assert not isinstance(info.value.__cause__, RecursionError) or "nested too deeply" in str(info.value)


def test_an_error_body_never_holds_a_whole_secret(make_api: MakeApi) -> None:
    secret = "sk_test_" + "s3cr3t" * 6
    answer = httpx.Response(400, json={"error": {"message": "bad", "echo": {"key": secret, "list": [secret]}}})
    with pytest.raises(kohortpay.BadRequestError) as info:
        make_api(Recorder(answer))(lambda c: c.customers.retrieve("cus_1"))
    body: Any = info.value.body
    assert secret not in repr(body) and body["error"]["echo"]["key"].startswith("sk_test_…")


def test_every_resource_parses_its_wire_body(make_api: MakeApi) -> None:
    import wire_bodies

    cases: list[tuple[Any, dict[str, Any]]] = [
        (lambda c: c.payment_intents.retrieve("pi_1"), wire_bodies.PAYMENT_INTENT),
        (lambda c: c.checkout_sessions.retrieve("cs_1"), wire_bodies.CHECKOUT_SESSION),
        (lambda c: c.orders.retrieve("ord_1"), wire_bodies.ORDER),
        (lambda c: c.payment_groups.retrieve("pg_1"), wire_bodies.PAYMENT_GROUP),
    ]
    for call, body in cases:
        model = make_api(Recorder(httpx.Response(200, json=copy.deepcopy(body))))(call)
        assert model.id == body["id"]
        assert json.loads(json.dumps(model.to_dict(), default=str))


@pytest.mark.parametrize(
    ("sent", "server_reads"),
    [
        ("email__address", "emailAddress"),
        ("_email_address", "emailAddress"),
        ("email-address", "emailAddress"),
        ("email address", "emailAddress"),
        ("EmailAddress", "emailAddress"),
        ("email_address_", "emailAddress"),
        ("email_Address", "emailAddress"),
        ("j_minus_2_expire_at", "jMinus2ExpireAt"),
        ("-1", "-1"),  # reads as a number: kept
    ],
)
def test_camel_key_is_the_servers_rule(sent: str, server_reads: str) -> None:
    # Observed on the reference server: each spelling of `emailAddress` above creates the customer.
    assert camel_key(sent) == server_reads


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("2026-12-02T12:00:00Z", "2026-12-02T12:00:00+00:00"),
        ("2026-12-02t12:00:00.1234567z", "2026-12-02T12:00:00.123456+00:00"),
        ("2026-12-02T12:00:00.5+01:00", "2026-12-02T11:00:00.500000+00:00"),
    ],
)
def test_datetimes_are_read_as_utc_instants(text: str, instant: str) -> None:
    assert parse_datetime(text).isoformat() == instant


@pytest.mark.parametrize(
    "text", ["2026-12-02T12:00:00", "2026-12-02", "0001-01-01T00:00:00+01:00", "2026-13-02T12:00:00Z", "soon"]
)
def test_what_is_not_an_rfc3339_instant_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)
