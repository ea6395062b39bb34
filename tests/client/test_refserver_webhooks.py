"""Every webhook the reference server sent during a full referral flow verifies as its typed event.

The payloads are what KohortPay's own server handed to Svix (tests/fixtures/refserver/webhooks.json),
signed here as Svix signs them.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from spec_helpers import load_spec

from kohortpay import webhooks
from kohortpay_client.models import OrderEvent, PaymentGroupEvent, PaymentGroupSucceededEvent, PaymentIntentEvent
from kohortpay_client.types import Unset

CAPTURED: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "refserver" / "webhooks.json").read_text(encoding="utf-8")
)["messages"]
SECRET = "whsec_" + base64.b64encode(b"refserver-replay-secret!").decode()
NOW = 1_796_160_000
MODELS = {
    "payment_group.succeeded": PaymentGroupSucceededEvent,
    "payment_group": PaymentGroupEvent,
    "payment_intent": PaymentIntentEvent,
    "order": OrderEvent,
}


def signed(payload: bytes, msg_id: str) -> dict[str, str]:
    signature = webhooks.sign(payload, SECRET, msg_id=msg_id, timestamp=NOW)
    return {"svix-id": msg_id, "svix-timestamp": str(NOW), "svix-signature": signature}


def test_the_flow_covers_every_event_the_server_sends_without_a_payout() -> None:
    sent = {message["eventType"] for message in CAPTURED}
    assert sent == {
        "payment_group.created",
        "payment_group.joined",
        "payment_group.succeeded",
        "payment_group.expired",
        "order.created",
        "order.cashback_available",
        "payment_intent.succeeded",
        "payment_intent.cashback_available",
    }
    assert all(message["payload"]["type"] == message["eventType"] for message in CAPTURED)


@pytest.mark.parametrize("message", CAPTURED, ids=[f"{i}-{m['eventType']}" for i, m in enumerate(CAPTURED)])
def test_a_captured_webhook_verifies_as_its_typed_event(message: dict[str, Any]) -> None:
    payload = json.dumps(message["payload"]).encode()
    event = webhooks.verify(payload, signed(payload, f"msg_{message['payload']['data']['id']}"), SECRET, now=NOW)
    kind = message["eventType"]
    model = MODELS.get(kind) or MODELS[kind.split(".")[0]]
    assert isinstance(event, model) and not isinstance(event, webhooks.UnknownEvent)
    assert event.type_ == kind and event.data.id == message["payload"]["data"]["id"]
    assert event.to_dict() == message["payload"]  # nothing lost, nothing re-shaped


@pytest.mark.parametrize("message", CAPTURED, ids=[f"{i}-{m['eventType']}" for i, m in enumerate(CAPTURED)])
def test_a_captured_webhook_is_valid_against_the_spec(message: dict[str, Any]) -> None:
    spec = load_spec()
    body = spec["webhooks"][message["eventType"]]["post"]["requestBody"]
    if "$ref" in body:
        body = spec["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
    schema = {**body["content"]["application/json"]["schema"], "components": spec["components"]}
    jsonschema.validate(message["payload"], schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_a_completed_group_carries_its_discount_level_only_when_made_of_payment_intents() -> None:
    succeeded = [
        PaymentGroupSucceededEvent.from_dict(m["payload"])
        for m in CAPTURED
        if m["eventType"] == "payment_group.succeeded"
    ]
    by_orders, by_intents = sorted(succeeded, key=lambda e: e.data.payment_intents != [])
    assert isinstance(by_orders.data.level, Unset) and by_orders.data.payment_intents == []
    assert (by_intents.data.level, by_intents.data.value, by_intents.data.participants_to_unlock) == (1, 5, 2)
    assert not isinstance(by_intents.data.payment_group_settings, Unset)
