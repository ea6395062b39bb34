"""The public surface: resource methods cover the generated operations and their request models."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import httpx
import pytest

import kohortpay
from kohortpay.resources import Resources
from kohortpay_client import models

from .support import API_KEY

METHODS = {
    "payment_intents": {"create", "retrieve", "list", "cancel"},
    "payment_groups": {"create", "retrieve", "list", "update", "participants", "cancel", "expire", "validate"},
    "groups": {"create", "retrieve", "list", "update", "participants", "cancel", "expire", "validate"},
    "customers": {"create", "retrieve", "list", "update", "delete", "block", "unblock"},
    "checkout_sessions": {"create", "retrieve", "list", "expire"},
    "orders": {"create", "retrieve", "list"},
}
# Helpers beyond the 34 operations: waiting for what the server does asynchronously.
HELPERS = {"checkout_sessions": {"wait_for_group"}, "orders": {"wait_for_group"}}

# (resource, method) → the generated request model whose fields its keyword arguments are.
BODIES = {
    ("payment_intents", "create"): models.CreatePaymentIntentParams,
    ("groups", "create"): models.CreatePaymentGroupParams,
    ("groups", "update"): models.UpdatePaymentGroupParams,
    ("groups", "validate"): models.ValidatePaymentGroupParams,
    ("customers", "create"): models.CreateCustomerParams,
    ("customers", "update"): models.UpdateCustomerParams,
    ("checkout_sessions", "create"): models.CreateCheckoutSessionParams,
    ("orders", "create"): models.CreateOrderParams,
}
# Fields left out on purpose: accepted and ignored by the server (a new payment intent is always SUCCEEDED).
LEFT_OUT = {("payment_intents", "create"): {"status"}}
OPTIONS = {"idempotency_key", "max_retries", "timeout", "extra_headers"}


@pytest.fixture(scope="module")
def client() -> Any:
    return kohortpay.KohortPay(API_KEY)


def test_every_operation_of_the_spec_is_a_method(client: Any) -> None:
    assert {name for name, _ in inspect.getmembers(Resources, lambda m: isinstance(m, property))} == set(METHODS)
    for resource, methods in METHODS.items():
        public = {name for name in dir(getattr(client, resource)) if not name.startswith("_")}
        assert public == methods | HELPERS.get(resource, set()), resource
    assert sum(len(m) for m in METHODS.values()) == 34


@pytest.mark.parametrize(("key", "model"), BODIES.items(), ids=[f"{r}.{m}" for r, m in BODIES])
def test_keyword_arguments_are_the_request_model_fields(client: Any, key: tuple[str, str], model: type) -> None:
    resource, method = key
    parameters = inspect.signature(getattr(getattr(client, resource), method)).parameters
    keywords = {name for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    fields = {f.name for f in attrs.fields(model) if f.init} - LEFT_OUT.get(key, set())
    assert keywords == fields
    assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())  # **options


def test_payment_groups_mirror_groups(client: Any) -> None:
    for method in METHODS["groups"]:
        assert inspect.signature(getattr(client.groups, method)) == inspect.signature(
            getattr(client.payment_groups, method)
        )


def test_list_signature(client: Any) -> None:
    parameters = inspect.signature(client.customers.list).parameters
    assert set(parameters) == {"take", "skip", "order_by", "search", "expand", "options"}


def test_methods_read_well_in_help(client: Any) -> None:
    for resource, methods in METHODS.items():
        for name in methods:
            method = getattr(getattr(client, resource), name)
            signature = inspect.signature(method)
            assert "self" not in signature.parameters and signature.return_annotation is inspect.Signature.empty
            assert method.__name__ == name and method.__qualname__.endswith(f".{name}") and method.__doc__
            assert method.__module__.startswith("kohortpay.resources.")


def test_resources_are_cached_per_client(client: Any) -> None:
    assert client.customers is client.customers
    assert client.with_options(max_retries=1).customers is not client.customers


def test_exports() -> None:
    for name in kohortpay.__all__:
        assert getattr(kohortpay, name) is not None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.orders.create(amount=5000, customer_id="cus_1", client_referenc_id="42"),
            "create() got an unexpected keyword argument 'client_referenc_id' (did you mean 'client_reference_id'?)",
        ),
        (
            lambda c: c.customers.list(serch="x"),
            "list() got an unexpected keyword argument 'serch' (did you mean 'search'?)",
        ),
        (lambda c: c.groups.retrieve("pg_1", expnd=["x"]), "retrieve() got an unexpected keyword argument 'expnd'"),
        (lambda c: c.customers.create(email_address="a@example.com", max_retry=1), "did you mean 'max_retries'?"),
    ],
)
def test_a_misspelt_keyword_raises_before_anything_is_sent(call: Any, message: str) -> None:
    sent: list[httpx.Request] = []
    client = kohortpay.KohortPay(
        "sk_test_5c2ab8d6e41f07",
        http_client=httpx.Client(transport=httpx.MockTransport(sent.append)),  # type: ignore[arg-type]
    )
    with pytest.raises(TypeError) as info:
        call(client)
    assert message in str(info.value)
    assert sent == []
