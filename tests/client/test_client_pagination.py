"""Lazy take/skip pagination, sync and async, over a scripted list endpoint."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from wire_bodies import CUSTOMER

import kohortpay

from .support import MakeApi, Recorder

TOTAL = 60


def customers_endpoint(total: int = TOTAL) -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        take, skip = int(request.url.params["take"]), int(request.url.params["skip"])
        assert 1 <= take <= 25, "the server refuses take > 25"
        data = [dict(CUSTOMER, id=f"cus_{i:014x}") for i in range(skip, min(skip + take, total))]
        return httpx.Response(200, json={"data": data, "count": total})

    return Recorder(answer)


def test_iterates_every_item_across_pages(make_api: MakeApi) -> None:
    recorder = customers_endpoint()
    api = make_api(recorder)
    ids = [c.id for c in api.collect(lambda c: c.customers.list())]
    assert ids == [f"cus_{i:014x}" for i in range(TOTAL)]
    assert [r.url.params["skip"] for r in recorder.requests] == ["0", "25", "50"]
    assert {r.url.params["take"] for r in recorder.requests} == {"25"}


def test_pages_are_fetched_lazily(make_api: MakeApi) -> None:
    recorder = customers_endpoint()
    api = make_api(recorder)
    page = api(lambda c: c.customers.list(take=10))
    assert len(recorder.requests) == 1
    assert isinstance(page, kohortpay.AsyncPage if api.is_async else kohortpay.SyncPage)
    assert len(page.data) == 10 and page.count == TOTAL and page.has_next_page()
    second = api(lambda _: page.next_page())
    assert second.skip == 10 and second.data[0].id == f"cus_{10:014x}"
    assert len(recorder.requests) == 2


def test_last_page(make_api: MakeApi) -> None:
    api = make_api(customers_endpoint())
    page = api(lambda c: c.customers.list(skip=50))
    assert len(page.data) == 10 and not page.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        api(lambda _: page.next_page())


def test_empty_list(make_api: MakeApi) -> None:
    api = make_api(customers_endpoint(total=0))
    assert api.collect(lambda c: c.customers.list()) == []


def test_a_short_page_despite_the_count_stops(make_api: MakeApi) -> None:
    """A count larger than what the server returns must not loop forever."""
    api = make_api(Recorder(httpx.Response(200, json={"data": [], "count": 99})))
    assert api.collect(lambda c: c.customers.list()) == []


def test_filters_pass_through(make_api: MakeApi) -> None:
    recorder = customers_endpoint(total=3)
    api = make_api(recorder)
    api.collect(
        lambda c: c.customers.list(search="emailAddress~example.com", order_by="createdAt:asc", expand=["organization"])
    )
    params = recorder.last.url.params
    assert params["search"] == "emailAddress~example.com" and params["orderBy"] == "createdAt:asc"
    assert params.get_list("expand[]") == ["organization"]


@pytest.mark.parametrize(
    ("filters", "said"),
    [
        ({"search": "nosuch:x"}, "Customer has no field 'nosuch'"),
        ({"search": "emailaddress:a@example.com"}, "Did you mean 'emailAddress'?"),
        ({"search": "status:OPEN"}, "Customer has no field 'status'"),
        ({"search": "emailAddress"}, "has no operator"),
        # what the server would misread (its parser, read in api/src/common/endpoint-features/search.ts)
        ({"search": "emailAddress:a=b@example.com"}, "the server takes '=' for the operator"),
        ({"search": "emailAddress:a,b@example.com"}, "',' separates conditions, so no value can hold one"),
        ({"search": "emailAddress:50%off@example.com"}, "holds '%': the server decodes it again"),
        ({"search": "emailAddress=a@example.com"}, "the server has no '=' operator (500); use ':'"),
        ({"search": "clientReferenceId:a:b"}, "cuts the value at the next ':'"),
        ({"order_by": "email_adress:asc"}, "Did you mean 'emailAddress'?"),
        ({"order_by": "createdAt"}, "'<field>:asc' or '<field>:desc'"),
        ({"expand": ["checkoutSession"]}, "Did you mean 'checkoutSessions'?"),
        ({"expand": "organization"}, "a list of relation names"),
    ],
)
def test_what_the_server_would_silently_ignore_is_refused(
    make_api: MakeApi, filters: dict[str, Any], said: str
) -> None:
    recorder = customers_endpoint(total=3)
    with pytest.raises((ValueError, TypeError), match=re.escape(said)):
        make_api(recorder).collect(lambda c: c.customers.list(**filters))
    assert recorder.requests == []


def test_names_in_either_casing_reach_the_server_in_camel_case(make_api: MakeApi) -> None:
    recorder = customers_endpoint(total=3)
    make_api(recorder).collect(
        lambda c: c.customers.list(search="email_address~example.com OR first_name:A", expand=["checkout_sessions"])
    )
    assert recorder.last.url.params.get_list("expand[]") == ["checkoutSessions"]


def test_unset_filters_are_not_sent(make_api: MakeApi) -> None:
    recorder = customers_endpoint(total=3)
    make_api(recorder).collect(lambda c: c.customers.list())
    assert set(recorder.last.url.params) == {"take", "skip"}


def test_iter_pages(make_api: MakeApi) -> None:
    api = make_api(customers_endpoint())
    page = api(lambda c: c.customers.list())
    if api.is_async:

        async def sizes() -> list[int]:
            return [len(p.data) async for p in page.iter_pages()]

        assert api.run(sizes()) == [25, 25, 10]
    else:
        assert [len(p.data) for p in page.iter_pages()] == [25, 25, 10]


def test_iterating_a_page_continues_from_it(make_api: MakeApi) -> None:
    api = make_api(customers_endpoint())
    second = api(lambda c: c.customers.list(skip=25))
    assert len(api.collect(lambda _: second)) == TOTAL - 25


def test_raw_list(make_api: MakeApi) -> None:
    api = make_api(customers_endpoint())
    raw = api(lambda c: c.with_raw_response.customers.list(take=5))
    assert raw.status_code == 200
    page = raw.parse()
    assert len(page.data) == 5 and page.count == TOTAL
    assert len(api.collect(lambda _: page)) == TOTAL


@pytest.mark.parametrize(
    ("resource", "path"),
    [
        ("payment_intents", "/payment-intents"),
        ("payment_groups", "/payment-groups"),
        ("groups", "/groups"),
        ("customers", "/customers"),
        ("checkout_sessions", "/checkout-sessions"),
        ("orders", "/orders"),
    ],
)
def test_every_list_endpoint(make_api: MakeApi, resource: str, path: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"data": [], "count": 0}))
    page: Any = make_api(recorder)(lambda c: getattr(c, resource).list())
    assert recorder.last.url.path == path and page.count == 0
