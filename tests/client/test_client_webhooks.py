"""Webhook verification (Svix scheme) and typed events, without a server."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest
from spec_helpers import examples_of, resolve, webhook_operations

import kohortpay
from kohortpay import webhooks
from kohortpay._casing import to_snake
from kohortpay.webhooks import OrderEvent, PaymentGroupEvent, PaymentGroupSucceededEvent, PaymentIntentEvent

SECRET = "whsec_" + base64.b64encode(b"k" * 24).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"o" * 24).decode()
NOW = 1_732_000_000


def spec_examples() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name, op in webhook_operations():
        for media in resolve(op["requestBody"])["content"].values():
            for example_name, value in examples_of(media):
                found.append((f"{name}:{example_name}", value))
    return found


EXAMPLES = spec_examples()
EVENT = dict(EXAMPLES[0][1])
PAYLOAD = json.dumps(EVENT).encode()


def headers_for(
    payload: bytes, *, secret: str = SECRET, msg_id: str = "msg_0a1b2c3d4e5f60", ts: int = NOW, prefix: str = "svix"
) -> dict[str, str]:
    return {
        f"{prefix}-id": msg_id,
        f"{prefix}-timestamp": str(ts),
        f"{prefix}-signature": webhooks.sign(payload, secret, msg_id=msg_id, timestamp=ts),
    }


def event_of_every_type() -> list[tuple[str, dict[str, Any]]]:
    """For every webhook of the spec, its body example with its own type."""
    found = []
    for name, op in webhook_operations():
        media = next(iter(resolve(op["requestBody"])["content"].values()))
        found.append((name, {**examples_of(media)[0][1], "type": name}))
    return found


@pytest.mark.parametrize(("name", "event"), event_of_every_type(), ids=[name for name, _ in event_of_every_type()])
def test_every_webhook_of_the_spec_parses_into_its_model(name: str, event: dict[str, Any]) -> None:
    payload = json.dumps(event).encode()
    parsed = webhooks.verify(payload, headers_for(payload), SECRET, now=NOW)
    assert not isinstance(parsed, webhooks.UnknownEvent)
    assert parsed.type_ == name
    if not isinstance(parsed, PaymentGroupSucceededEvent):
        assert parsed.type_ in list(type(parsed.type_)), "a documented value, not an open-enum pseudo-member"


@pytest.mark.parametrize(("name", "event"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_verify_returns_the_typed_event(name: str, event: dict[str, Any]) -> None:
    payload = json.dumps(event).encode()
    parsed = webhooks.verify(payload, headers_for(payload), SECRET, now=NOW)
    expected = {
        "payment_intent": PaymentIntentEvent,
        "order": OrderEvent,
        "payment_group": PaymentGroupSucceededEvent
        if event["type"] == "payment_group.succeeded"
        else PaymentGroupEvent,
    }[event["type"].split(".")[0]]
    assert type(parsed) is expected
    assert not isinstance(parsed, webhooks.UnknownEvent)
    assert parsed.type_ == parsed.type == event["type"]
    assert parsed.data.id == event["data"]["id"]
    assert parsed.id == "msg_0a1b2c3d4e5f60"  # the delivery's id, from the headers
    assert webhooks.parse_event(payload).id is None
    unverified = webhooks.parse_event(payload)
    assert not isinstance(unverified, webhooks.UnknownEvent)
    assert parsed.to_dict() == unverified.to_dict()  # the id is not part of the body
    assert parsed.to_dict()["data"].get("metadata") == event["data"].get("metadata")


@pytest.mark.parametrize(("name", "event"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_snake_case_payloads_parse_too(name: str, event: dict[str, Any]) -> None:
    payload = json.dumps(to_snake(event)).encode()
    parsed = webhooks.verify(payload, headers_for(payload), SECRET, now=NOW)
    assert not isinstance(parsed, webhooks.UnknownEvent)
    assert parsed.to_dict() == webhooks.parse_event(json.dumps(event)).to_dict()  # type: ignore[union-attr]


def test_standard_webhooks_header_names() -> None:
    assert webhooks.verify(PAYLOAD, headers_for(PAYLOAD, prefix="webhook"), SECRET, now=NOW)


def test_header_names_are_case_insensitive() -> None:
    headers = {k.upper(): v for k, v in headers_for(PAYLOAD).items()}
    assert webhooks.verify(PAYLOAD, headers, SECRET, now=NOW)


def test_str_payload_and_secret_without_prefix() -> None:
    assert webhooks.verify(PAYLOAD.decode(), headers_for(PAYLOAD), SECRET.removeprefix("whsec_"), now=NOW)


def test_several_signatures_one_valid() -> None:
    """During a secret rotation the header holds one signature per secret."""
    headers = headers_for(PAYLOAD)
    old = webhooks.sign(PAYLOAD, OTHER_SECRET, msg_id=headers["svix-id"], timestamp=NOW)
    headers["svix-signature"] = f"{old} v1a,ignored {headers['svix-signature']}"
    assert webhooks.verify(PAYLOAD, headers, SECRET, now=NOW)
    assert webhooks.verify(PAYLOAD, headers, OTHER_SECRET, now=NOW)


def test_sign_matches_svix_reference_vector() -> None:
    # The example from Svix's documentation.
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    payload = b'{"test": 2432232314}'
    expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    assert webhooks.sign(payload, secret, msg_id="msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp=1614265330) == expected


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p, h: (p.replace(b'"', b"'", 1), h),
        lambda p, h: (p + b" ", h),
        lambda p, h: (p.replace(b"data", b"dat4", 1), h),
        lambda p, h: (p, {**h, "svix-id": "msg_other"}),
        lambda p, h: (p, {**h, "svix-timestamp": str(NOW + 1)}),
        lambda p, h: (p, {**h, "svix-signature": "v1," + base64.b64encode(b"x" * 32).decode()}),
        lambda p, h: (p, {**h, "svix-signature": h["svix-signature"].replace("v1,", "v2,")}),
        lambda p, h: (p, {**h, "svix-signature": ""}),
        lambda p, h: (p, {k: v for k, v in h.items() if k != "svix-id"}),
        lambda p, h: (p, {k: v for k, v in h.items() if k != "svix-signature"}),
        lambda p, h: (p, {**h, "svix-timestamp": "yesterday"}),
    ],
)
def test_tampering_is_rejected(tamper: Any) -> None:
    payload, headers = tamper(PAYLOAD, headers_for(PAYLOAD))
    with pytest.raises(kohortpay.WebhookVerificationError):
        webhooks.verify(payload, headers, SECRET, now=NOW)


def test_wrong_secret_is_rejected() -> None:
    with pytest.raises(kohortpay.WebhookVerificationError, match="No matching"):
        webhooks.verify(PAYLOAD, headers_for(PAYLOAD), OTHER_SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-301, 301, -86400])
def test_stale_or_future_timestamps_are_rejected(offset: int) -> None:
    headers = headers_for(PAYLOAD, ts=NOW + offset)
    with pytest.raises(kohortpay.WebhookVerificationError, match="timestamp"):
        webhooks.verify(PAYLOAD, headers, SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-300, 0, 300])
def test_timestamps_within_five_minutes_pass(offset: int) -> None:
    assert webhooks.verify(PAYLOAD, headers_for(PAYLOAD, ts=NOW + offset), SECRET, now=NOW)


def test_default_now_is_the_clock() -> None:
    ts = int(time.time())
    assert webhooks.verify(PAYLOAD, headers_for(PAYLOAD, ts=ts), SECRET)
    with pytest.raises(kohortpay.WebhookVerificationError):
        webhooks.verify(PAYLOAD, headers_for(PAYLOAD, ts=ts - 600), SECRET)


@pytest.mark.parametrize("secret", ["whsec_not base64!", "whsec_", "whsec_%%%%"])
def test_invalid_secret(secret: str) -> None:
    with pytest.raises(kohortpay.WebhookVerificationError, match="secret") as info:
        webhooks.verify(PAYLOAD, headers_for(PAYLOAD), secret, now=NOW)
    assert secret.removeprefix("whsec_") not in str(info.value) or secret == "whsec_"


def test_errors_never_contain_the_secret() -> None:
    for payload, headers in [(PAYLOAD + b"x", headers_for(PAYLOAD)), (PAYLOAD, headers_for(PAYLOAD, ts=0))]:
        with pytest.raises(kohortpay.WebhookVerificationError) as info:
            webhooks.verify(payload, headers, SECRET, now=NOW)
        assert SECRET not in str(info.value) and SECRET[6:] not in str(info.value)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"data": {}}',
        b'{"type": "order.created"}',
        b'{"type": "order.created", "data": {"id": 1}}',
    ],
)
def test_a_signed_payload_that_does_not_parse_says_the_signature_was_valid(body: bytes) -> None:
    with pytest.raises(kohortpay.WebhookPayloadError, match="The signature is valid, but the payload does not parse"):
        webhooks.verify(body, headers_for(body), SECRET, now=NOW)
    with pytest.raises(kohortpay.WebhookVerificationError) as info:  # still a reason to refuse it
        webhooks.verify(body, headers_for(body), SECRET, now=NOW)
    assert isinstance(info.value, kohortpay.WebhookPayloadError)


def test_a_bad_signature_is_no_payload_error() -> None:
    body = b'{"type": "order.created"}'
    with pytest.raises(kohortpay.WebhookVerificationError) as info:
        webhooks.verify(body, headers_for(b"other"), SECRET, now=NOW)
    assert not isinstance(info.value, kohortpay.WebhookPayloadError)


def test_unknown_event_type() -> None:
    body = json.dumps({"type": "refund.created", "data": {"id": "re_1", "someKey": 1}}).encode()
    event = webhooks.verify(body, headers_for(body), SECRET, now=NOW)
    assert event == webhooks.UnknownEvent("refund.created", {"id": "re_1", "someKey": 1}, id="msg_0a1b2c3d4e5f60")


def test_a_new_type_of_a_known_family_is_an_unknown_event() -> None:
    """Event types are the spec's: a type it does not list may carry another payload, so it is not
    forced into the model of its prefix."""
    event = dict(EVENT)
    family = event["type"].split(".")[0]
    event["type"] = f"{family}.something_new"
    body = json.dumps(event).encode()
    parsed = webhooks.verify(body, headers_for(body), SECRET, now=NOW)
    assert isinstance(parsed, webhooks.UnknownEvent) and parsed.type == f"{family}.something_new"
    assert parsed.data == EVENT["data"] and parsed.id == headers_for(body)["svix-id"]


def test_reachable_as_an_attribute() -> None:
    assert kohortpay.webhooks.verify is webhooks.verify
