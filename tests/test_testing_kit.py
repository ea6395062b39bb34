"""The testing kit: strategies are valid by construction; the pytest plugin's fixtures and modes."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_helpers import load_spec

from kohortpay.testing import strategies as kst
from kohortpay.testing.mock.core.quirks import QUIRKS
from kohortpay.testing.mock.core.state import State
from kohortpay.testing.mock.core.webhooks import Webhooks
from kohortpay_client import models
from kohortpay_client.models import CreateOrderParams, Customer

FAST = settings(
    max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True
)
OBJECTS = [name for name, schema in load_spec()["components"]["schemas"].items() if schema.get("type") == "object"]


@pytest.mark.parametrize("operation_id", kst.operations_with_body())
def test_request_bodies_are_valid_and_parse_into_the_request_model(operation_id: str) -> None:
    @FAST
    @given(body=kst.request_body(operation_id), model=kst.request_body(operation_id, as_model=True))
    def check(body: dict[str, Any], model: Any) -> None:
        kst.validator(type(model).__name__).validate(body)
        assert type(model).from_dict(model.to_dict()) == model

    check()


@pytest.mark.parametrize("schema_name", OBJECTS)
def test_objects_are_valid_and_parse_into_their_model(schema_name: str) -> None:
    @FAST
    @given(body=kst.response_object(schema_name))
    def check(body: dict[str, Any]) -> None:
        kst.validator(schema_name).validate(body)
        getattr(models, schema_name).from_dict(body)

    check()


@FAST
@given(body=kst.create_checkout_session())
def test_checkout_sessions_are_realistic(body: dict[str, Any]) -> None:
    assert 1 <= body["amountTotal"] <= kst.MAX_CENTS
    assert "expiresAt" not in body and "paymentGroupShareId" not in body
    if "customerEmail" in body:
        assert body["customerEmail"].endswith((".com", ".org", ".net"))
    for item in body.get("lineItems", []):
        if item.get("type") in ("DISCOUNT", "GIFT_CARD", "STORE_CREDIT"):
            assert item["price"] < 0 and item["quantity"] == 1


@FAST
@given(body=kst.request_body("createPaymentGroup"), group=kst.response_object("PaymentGroup"))
def test_ids_carry_their_prefix(body: dict[str, Any], group: dict[str, Any]) -> None:
    assert body["customerId"].startswith("cus_") and len(body["customerId"]) == 18
    assert group["id"].startswith("pg_") and group["organization_id"].startswith("org_")
    assert re.fullmatch(r"KHT(PAY)?-(test-)?[0-9A-F]{8}", group["share_id"])  # the spec's pattern
    assert "orders" not in group  # relations only come with expand[]


@FAST
@given(kwargs=kst.create_order(as_kwargs=True, paymentGroupShareId=st.just("KHT-test-BE125F06")))
def test_overrides_and_keyword_arguments(kwargs: dict[str, Any]) -> None:
    assert kwargs["payment_group_share_id"] == "KHT-test-BE125F06"
    assert "customer_email" in kwargs and "customer_id" not in kwargs


def test_every_operation_with_a_body_has_its_shortcut() -> None:
    from kohortpay._casing import snake_key

    assert all(callable(getattr(kst, snake_key(op))) for op in kst.operations_with_body())


CENTS = ("amount", "amountTotal", "price", "amount_total", "amount_captured", "amount_cashback")


def _cents(value: Any) -> list[Any]:
    if isinstance(value, dict):
        found = [v for k, v in value.items() if k in CENTS and v is not None]
        return found + [c for k, v in value.items() if k != "metadata" for c in _cents(v)]
    return [c for item in value for c in _cents(item)] if isinstance(value, list) else []


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    session=kst.create_checkout_session(),
    order=kst.create_order(as_kwargs=True),
    intent=kst.response_object("PaymentIntent"),
    group=kst.response_object("PaymentGroup"),
)
def test_cents_are_ints_never_floats(session: Any, order: Any, intent: Any, group: Any) -> None:
    assert all(type(c) is int for body in (session, order, intent, group) for c in _cents(body))


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(order=kst.model(CreateOrderParams, amount=5000), customer=kst.model(Customer))
def test_model_draws_typed_instances(order: CreateOrderParams, customer: Customer) -> None:
    assert isinstance(order, CreateOrderParams) and order.amount == 5000 and type(order.amount) is int
    assert isinstance(customer, Customer) and customer.id.startswith("cus_")


def test_unknown_names_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="createCustomer"):
        kst.request_body("createCustomers")
    with pytest.raises(AttributeError):
        kst.create_customers  # type: ignore[attr-defined]  # noqa: B018  (mypy refuses it too)


# The inner runs test this plugin alone (pytest-asyncio, pinned for the downstream suite, would warn
# that its loop scope setting is unset).
INNER_RUN = ("-s", "-p", "no:cacheprovider", "-p", "no:asyncio")

PLUGIN_TESTS = """
import pytest

servers = []

def test_one(kohortpay_mock, kohortpay_client):
    servers.append(kohortpay_mock.url)
    kohortpay_client.customers.create(email_address="a@example.com")
    assert kohortpay_client.customers.list().count == 1

def test_two(kohortpay_mock, kohortpay_client):
    servers.append(kohortpay_mock.url)
    assert kohortpay_client.customers.list().count == 0  # reset between tests

@pytest.mark.kohortpay_isolated_mock
def test_isolated(kohortpay_mock):
    servers.append(kohortpay_mock.url)

def test_report():
    print("SERVERS", len(set(servers[:2])), servers[2] not in servers[:2])
"""


@pytest.mark.parametrize(("option", "shared"), [([], False), (["--kohortpay-shared-mock"], True)])
def test_the_plugin_gives_a_fresh_or_shared_mock(pytester: pytest.Pytester, option: list[str], shared: bool) -> None:
    pytester.makepyfile(PLUGIN_TESTS)
    result = pytester.runpytest_inprocess(*INNER_RUN, *option)
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines([f"*SERVERS {1 if shared else 2} True*"])


BEHAVIOUR_TESTS = """
import httpx
import pytest

def behaviour(mock):
    described = httpx.get(mock.url + "/_mock/behaviour").json()
    return ",".join(sorted(q["name"] for q in described["quirks"] if q["enabled"])), described["idempotency"]

def test_options(kohortpay_mock):
    print("OPTIONS %s %s" % behaviour(kohortpay_mock))

@pytest.mark.kohortpay_isolated_mock(quirks=False, idempotency=True)
def test_marker(kohortpay_mock):
    print("MARKER %r %s" % behaviour(kohortpay_mock))
"""


ALL_BUT_DELETE = sorted(set(QUIRKS) - {"customer-delete-refused"})


@pytest.mark.parametrize(
    ("option", "enabled", "idempotency"),
    [
        ([], sorted(QUIRKS), False),
        (["--kohortpay-no-quirks"], [], False),
        (["--kohortpay-without-quirk", "customer-delete-refused", "--kohortpay-idempotency"], ALL_BUT_DELETE, True),
    ],
)
def test_the_plugin_sets_the_mock_behaviour(
    pytester: pytest.Pytester, option: list[str], enabled: list[str], idempotency: bool
) -> None:
    pytester.makepyfile(BEHAVIOUR_TESTS)
    result = pytester.runpytest_inprocess(*INNER_RUN, *option)
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines([f"*OPTIONS {','.join(enabled)} {idempotency}*", "*MARKER '' True*"])


def test_the_plugin_loads_without_the_testing_extra() -> None:
    """pytest loads the plugin wherever kohortpay is installed, `[testing]` or not."""
    blocked = ["starlette", "uvicorn", "jsonschema", "yaml", "schemathesis", "hypothesis"]
    code = f"import sys; sys.modules.update(dict.fromkeys({blocked!r})); import kohortpay.testing.pytest_plugin"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_mock_server_starts_once() -> None:
    """Started twice, a second server loop on the same socket crashed in its thread; now it is a
    clear error, and `with` takes a server already started."""
    import httpx

    from kohortpay.testing import MockServer

    server = MockServer().start()
    with server:
        with pytest.raises(RuntimeError, match="already running"):
            server.start()
        assert httpx.get(server.url + "/customers").status_code == 401  # still serving
    with pytest.raises(RuntimeError, match="was stopped: make a new MockServer"):
        server.start()
    server.stop()  # stopping again is harmless


def test_mock_objects_do_not_show_secrets_in_repr() -> None:
    state = State()
    key = state.default_organization.keys["sk_test"]
    endpoint = Webhooks(now=state.clock.now).add_endpoint("http://127.0.0.1:9/hooks")
    shown = repr(state.default_organization) + repr(state.principal(key)) + repr(endpoint)
    assert key[8:] not in shown and endpoint.secret.removeprefix("whsec_") not in shown


def test_the_readme_lists_every_quirk() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for quirk in QUIRKS.values():  # the row as the registry says it
        assert f"| `{quirk.name}` | {quirk.server} | {quirk.evidence} | {quirk.without} |" in readme, quirk.name


@pytest.mark.parametrize(
    ("module", "extra"), [("kohortpay.testing.mock", "mock"), ("kohortpay.testing.strategies", "contract")]
)
def test_the_kit_without_its_extra_says_how_to_install_it(module: str, extra: str) -> None:
    import subprocess
    import sys

    hide = "import sys; sys.modules.update(starlette=None, schemathesis=None)"  # as if not installed
    run = subprocess.run(
        [sys.executable, "-c", f"{hide}; import {module}"], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 1 and f"pip install 'kohortpay[{extra}]'" in run.stderr.splitlines()[-1]
    assert subprocess.run([sys.executable, "-c", f"{hide}; import kohortpay"], check=False, timeout=60).returncode == 0


def test_the_mock_extra_alone_runs_the_mock_and_the_plugin() -> None:
    """`kohortpay[mock]` has no hypothesis nor schemathesis: the mock, its journal and the pytest
    plugin's fixtures must not need them."""
    code = (
        "import sys; sys.modules.update(hypothesis=None, schemathesis=None)\n"
        "import httpx\n"
        "from kohortpay.testing import MockServer\n"
        "import kohortpay.testing.pytest_plugin\n"
        "with MockServer() as server:\n"
        "    answer = httpx.post(server.url + '/customers', json={'emailAddress': 'a@example.com'},\n"
        "                        headers={'Authorization': 'Bearer ' + server.secret_key})\n"
        "    assert answer.status_code == 201 and len(server.requests()) == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_extras_are_sized_to_their_use() -> None:
    extras = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    names = {extra: {re.split(r"[<>=\[]", dep)[0] for dep in deps} for extra, deps in extras.items()}
    assert not {"hypothesis", "schemathesis", "pytest"} & names["mock"]
    assert names["async"] == {"sniffio"} and "kohortpay[async]" in extras["mock"]  # the async fixture's speed
    assert names["contract"] >= {"kohortpay", "hypothesis", "schemathesis"}
    assert "kohortpay[mock,contract]" in extras["testing"]
