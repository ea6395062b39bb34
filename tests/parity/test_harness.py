"""The harness itself: the transformers hide only what differs between runs, and a comparison
reports every other difference by its path."""

from __future__ import annotations

from .support import Normalizer, compare


def test_ids_are_numbered_consistently_and_nothing_else_is_touched() -> None:
    normalize = Normalizer()
    first = normalize({"id": "cus_0123456789abcd", "shareId": "KHT-test-0A1B2C3D", "amount": 3000, "note": "cus_x"})
    again = normalize({"customerId": "cus_0123456789abcd", "other": "cus_fedcba98765432"})
    assert first == {"amount": 3000, "id": "<cus:1>", "note": "cus_x", "shareId": "<code:1>"}
    assert again == {"customerId": "<cus:1>", "other": "<cus:2>"}
    assert normalize("2025-01-31T10:00:00.123Z") == "<datetime>"
    assert normalize("2025-01-31") == "2025-01-31"  # a date the API sent back as it was given


def test_every_difference_is_reported_by_its_path() -> None:
    exchange = {"label": "create", "request": {"method": "POST"}, "status": 201, "body": {"a": [1, {"b": 2}]}}
    recorded = {"exchanges": [exchange], "webhooks": [{"eventType": "x", "payload": {"n": 1}}]}
    changed = {"exchanges": [{**exchange, "body": {"a": [1, {"b": 3}], "c": None}}], "webhooks": []}
    assert compare(recorded, changed) == [
        ("create.body.a[1].b", 2, 3),
        ("create.body.c", "<absent>", None),
        ("webhooks.events", ["x"], []),
    ]
    failed = {"exchanges": [{**exchange, "status": 500, "body": {"error": {}}}], "webhooks": recorded["webhooks"]}
    assert compare(recorded, failed) == [("create.status", 201, 500), ("create.body", exchange["body"], {"error": {}})]
    assert compare(recorded, recorded) == []
