"""The public surface: every operation of the spec is a method of its resource, whose keywords are the
fields of its request body (all read from the generated facts table, never restated here)."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import httpx
import pytest

import kohortpay
from kohortpay._casing import snake_key
from kohortpay.lib import waiting
from kohortpay_client import facts, models

from .support import API_KEY

OPERATIONS = list(facts.OPERATIONS.values())
# The hand-written helpers: every public method of a kohortpay.lib.waiting class that is not an operation.
HELPERS = {
    cls: {name for name in vars(cls) if not name.startswith("_")} for cls in (waiting.Orders, waiting.CheckoutSessions)
}


@pytest.fixture(scope="module")
def client() -> Any:
    return kohortpay.KohortPay(API_KEY)


def test_every_operation_of_the_spec_is_a_method(client: Any) -> None:
    resources = {op.resource for op in OPERATIONS}
    assert {name for name in dir(client) if name in resources} == resources
    for resource in resources:
        found = getattr(client, resource)
        helpers = HELPERS.get(type(found), set())
        public = {name for name in dir(found) if not name.startswith("_")}
        assert public == {op.method for op in OPERATIONS if op.resource == resource} | helpers, resource
    for runner in (client, client.with_raw_response, kohortpay.AsyncKohortPay(API_KEY)):
        for op in OPERATIONS:
            assert callable(getattr(getattr(runner, op.resource), op.method)), op.operation_id


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.body], ids=lambda op: op.operation_id)
def test_keyword_arguments_are_the_request_model_fields(client: Any, op: facts.Operation[Any, Any]) -> None:
    assert op.body is not None
    parameters = inspect.signature(getattr(getattr(client, op.resource), op.method)).parameters
    keywords = {name for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    model = getattr(models, op.body.name)
    ignored = {snake_key(name) for name in op.body.ignored}  # accepted and ignored by the server: no keyword
    assert keywords == {f.name for f in attrs.fields(model) if f.init} - ignored
    assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())  # **options


def test_payment_groups_mirror_groups(client: Any) -> None:
    for op in OPERATIONS:
        if op.resource == "groups":
            assert inspect.signature(getattr(client.groups, op.method)) == inspect.signature(
                getattr(client.payment_groups, op.method)
            )


def test_list_signature(client: Any) -> None:
    parameters = inspect.signature(client.customers.list).parameters
    assert set(parameters) == {"take", "skip", "order_by", "search", "expand", "options"}


def test_methods_read_well_in_help(client: Any) -> None:
    for op in OPERATIONS:
        method = getattr(getattr(client, op.resource), op.method)
        signature = inspect.signature(method)
        assert "self" not in signature.parameters and signature.return_annotation is inspect.Signature.empty
        assert method.__name__ == op.method and method.__qualname__.endswith(f".{op.method}") and method.__doc__
        assert method.__module__ == f"kohortpay_client.resources.{op.resource}"


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
