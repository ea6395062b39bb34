"""The `/_mock/` control API: clock, organizations, reset, and its loopback-only rule."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from kohortpay.testing import MockServer
from kohortpay.testing.mock import Mock

from .helpers import DATETIME, bearer, checkout, count, error, group_of_session, http, levels, ok, quirks, settle


def parse(timestamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00"))


def test_clock_get_and_advance(server: MockServer, api: httpx.Client, control: httpx.Client) -> None:
    clock = ok(control.get("/clock"))
    assert DATETIME.fullmatch(clock["now"]) and clock["offset_seconds"] == 0
    assert abs(parse(clock["now"]) - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)
    advanced = ok(control.post("/clock", json={"advance_seconds": 3600}))
    assert 3600 <= advanced["offset_seconds"] < 3601
    assert parse(advanced["now"]) - parse(clock["now"]) >= dt.timedelta(hours=1)
    # Objects are stamped with the test clock.
    created = ok(api.post("/customers", json={"emailAddress": "t@example.com"}), 201)
    assert abs(parse(created["created_at"]) - parse(advanced["now"])) < dt.timedelta(seconds=5)
    ok(control.post("/clock", json={"advance_seconds": 0.5}))
    assert 3600.5 <= ok(control.get("/clock"))["offset_seconds"] < 3602


def test_clock_set_and_completion(server: MockServer, api: httpx.Client, control: httpx.Client) -> None:
    first = checkout(api, "a@example.com")
    group = group_of_session(api, first["id"])
    checkout(api, "b@example.com", code=group["share_id"])
    due = parse(group["expires_at"]) + dt.timedelta(seconds=61)
    moved = ok(control.post("/clock", json={"now": due.isoformat().replace("+00:00", "Z")}))
    assert abs(parse(moved["now"]) - due) < dt.timedelta(seconds=1)
    # Moving the clock runs the completion job: no API call is needed first.
    assert [e["type"] for e in server.events("payment_group.succeeded")] == ["payment_group.succeeded"]
    assert ok(api.get(f"/groups/{group['id']}"))["status"] == "COMPLETED"
    # The clock may also be set backwards (with an offset).
    past = ok(control.post("/clock", json={"now": "2024-11-05T15:44:03.303+01:00"}))
    assert past["now"].startswith("2024-11-05T14:44:03.3")
    assert past["offset_seconds"] < 0


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"advance_seconds": -1},
        {"advance_seconds": "10"},
        {"advance_seconds": True},
        {"now": "yesterday"},
        {"now": 5},
        {"now": "2024-13-01T00:00:00Z"},
        {"now": "2024-01-01T00:00:00"},  # no time zone: never read as local time
        {"now": "9999-12-31T00:00:00Z"},  # past the dates the API can compute
        {"advance_seconds": 1e20},
    ],
)
def test_clock_refuses_bad_input(control: httpx.Client, body: dict[str, object]) -> None:
    error(control.post("/clock", json=body), 400)
    assert ok(control.get("/clock"))["offset_seconds"] == 0
    assert error(control.post("/clock", content=b"[1]"), 400)
    assert error(control.post("/clock", content=b"{"), 400)


def test_server_clock_helpers(server: MockServer) -> None:
    before = server.now()
    after = server.advance_clock(90)
    assert dt.timedelta(seconds=90) <= after - before < dt.timedelta(seconds=92)
    target = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    assert abs(server.set_clock(target) - target) < dt.timedelta(seconds=1)
    with pytest.raises(ValueError):
        server.set_clock(dt.datetime(2030, 1, 1))  # naive


def test_organizations_over_http(server: MockServer, control: httpx.Client) -> None:
    listed = ok(control.get("/organizations"))
    assert [o["name"] for o in listed] == ["Default organization"]
    assert listed[0]["keys"] == server.keys
    spec = {
        "name": "Shop B",
        "settings": {
            "discount_type": "AMOUNT",
            "discount_levels": levels((1, 2, 3), (2, 4, 6)),
            "max_participants": 4,
            "min_purchase_value": 2500,
            "minutes_duration": 30,
        },
    }
    created = ok(control.post("/organizations", json=spec), 201)
    assert created["id"].startswith("org_") and created["name"] == "Shop B"
    settings = created["settings"]["test"]
    assert (settings["discount_type"], settings["max_participants"], settings["min_purchase_value"]) == (
        "AMOUNT",
        4,
        2500,
    )
    assert [(lv["level"], lv["participants_to_unlock"], lv["value"]) for lv in settings["discount_levels"]] == [
        (1, 2, 3),
        (2, 4, 6),
    ]
    assert len(ok(control.get("/organizations"))) == 2
    with http(server.url, headers=bearer(created["keys"]["sk_test"])) as api:
        group = group_of_session(api, checkout(api, "b@example.com", 2500)["id"])
        assert parse(group["expires_at"]) - parse(group["created_at"]) == dt.timedelta(minutes=30)
        assert ok(api.post(f"/groups/{group['share_id']}/validate"), 201)["current_discount_level"]["value"] == 3
    # A reset goes back to the default organization alone.
    assert ok(control.post("/reset")) == {"reset": True}
    assert [o["name"] for o in ok(control.get("/organizations"))] == ["Default organization"]


@pytest.mark.parametrize(
    "settings",
    [
        {"discount_type": "FREE"},
        {"max_participants": 1},
        {"minutes_duration": 0},
        {"min_purchase_value": -1},
        {"discount_levels": []},
        {"discount_levels": levels((1, 2, 5), (3, 5, 10))},  # gap
        {"discount_levels": levels((1, 2, 5), (2, 5, 5))},  # value must increase
        {"discount_levels": levels(*[(i, i + 1, i) for i in range(1, 7)])},  # at most 5
    ],
)
def test_organization_settings_are_checked(control: httpx.Client, settings: dict[str, object]) -> None:
    error(control.post("/organizations", json={"name": "x", "settings": settings}), 400)
    assert len(ok(control.get("/organizations"))) == 1


def test_organizations_with_chosen_keys(server: MockServer, control: httpx.Client) -> None:
    chosen = "sk_test_" + "ab" * 20
    created = ok(control.post("/organizations", json={"name": "Keyed", "keys": {"sk_test": chosen}}), 201)
    assert created["keys"]["sk_test"] == chosen
    with http(server.url, headers=bearer(chosen)) as api:
        assert ok(api.get("/customers"))["count"] == 0
    assert error(control.post("/organizations", json={"keys": {"sk_test": chosen}}), 409)
    assert error(control.post("/organizations", json={"keys": {"sk_test": "pk_test_x"}}), 400)
    assert error(control.post("/organizations", json={"keys": {"sk_test": "not-a-key"}}), 400)


def test_unknown_control_routes_and_methods(control: httpx.Client) -> None:
    assert error(control.get("/nothing"), 404)["message"] == "Cannot GET /_mock/nothing"
    # A known control path with another method: 405, with the methods it takes in `Allow`.
    response = control.delete("/clock")
    assert error(response, 405)["message"] == "Cannot DELETE /_mock/clock"
    assert response.headers["allow"] == "GET, POST"
    assert control.get("/reset").headers["allow"] == "POST"


def test_the_control_api_answers_loopback_clients_only() -> None:
    """In-process (ASGI) so that the client address can be chosen: no packet leaves the process."""
    mock = Mock()

    async def call(client: tuple[str, int]) -> list[int]:
        transport = httpx.ASGITransport(app=mock.app, client=client)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as http:
            return [
                (await http.get("/_mock/clock")).status_code,
                (await http.post("/_mock/reset")).status_code,
                (await http.get("/_mock/events")).status_code,
            ]

    assert asyncio.run(call(("127.0.0.1", 5000))) == [200, 200, 200]
    assert asyncio.run(call(("::1", 5000))) == [200, 200, 200]
    assert asyncio.run(call(("203.0.113.7", 5000))) == [403, 403, 403]
    assert asyncio.run(call(("not-an-address", 5000))) == [403, 403, 403]

    async def refused_body() -> httpx.Response:
        transport = httpx.ASGITransport(app=mock.app, client=("198.51.100.2", 1))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as http:
            return await http.post("/_mock/clock", json={"advance_seconds": 60})

    response = asyncio.run(refused_body())
    assert error(response, 403)["message"] == "The control API answers loopback clients only."
    assert mock.state.clock.offset == dt.timedelta()


def test_text_the_server_cannot_store_is_refused_and_nothing_breaks(api: httpx.Client, control: httpx.Client) -> None:
    """A lone surrogate is a valid JSON string escape, which PostgreSQL cannot store: 500, nothing kept."""
    body = (
        b'{"amountTotal": 3000, "customerEmail": "\\ud800@example.com"'
        b', "customerFirstName": "A", "customerLastName": "B"}'
    )
    refused = api.post("/checkout-sessions", content=body, headers={"Content-Type": "application/json"})
    assert refused.status_code == 500 and quirks(refused) == {"crash-on-unstorable-text"}
    settle(api)
    assert ok(control.get("/events")) == [] and count(api, "/checkout-sessions") == 0
