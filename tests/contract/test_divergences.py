"""The divergence ledger is well-formed, and explains every failure of the recorded live contract run."""

from __future__ import annotations

import fnmatch
import io
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from schemathesis.failure_codes import get_failure_class

from kohortpay.testing.contract import ledger

ROOT = Path(__file__).resolve().parents[2]
ENTRIES: list[dict[str, Any]] = yaml.safe_load(ledger.SHIPPED.read_text(encoding="utf-8"))["divergences"]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
OPERATIONS = [f"{method.upper()} {path}" for path, item in SPEC["paths"].items() for method in item]
WEBHOOKS = [f"webhook {name}" for name in SPEC["webhooks"]]
# The last live contract run against the reference server (`CONTRACT_LIVE_SNAPSHOT=… make contract-live`).
RECORDED = ledger.load_failures(ROOT / "tests" / "fixtures" / "refserver" / "contract-failures.jsonl")


def test_ids_are_unique_and_readable() -> None:
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry_id) for entry_id in ids)


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_an_entry_says_what_the_server_does_why_the_spec_differs_and_how_we_know(entry: dict[str, Any]) -> None:
    assert set(entry) <= {"id", "operations", "server", "spec", "evidence", "contract"}
    for field in ("server", "spec"):
        assert isinstance(entry[field], str) and len(entry[field].split()) >= 5, field
    assert re.search(r"\.ts\b|\bobserved\b|\bgrep\b", entry["evidence"]), "evidence: source lines or an observation"
    for operation in entry["operations"]:
        known = operation in ("every path", "every operation") or operation in WEBHOOKS
        assert known or fnmatch.filter(OPERATIONS, operation), operation
    matchers = entry.get("contract") or []
    for matcher in matchers if isinstance(matchers, list) else [matchers]:
        assert set(matcher) <= {"operations", "checks", "mode", "status", "request", "response", "message"}
        assert all(fnmatch.filter(OPERATIONS, pattern) for pattern in matcher["operations"]), matcher
        assert all(get_failure_class(code) is not None for code in matcher["checks"]), matcher
        assert matcher.get("mode") in (None, "positive", "negative")
        for key in ("request", "response", "message"):
            if key in matcher:
                re.compile(matcher[key])


def test_the_recorded_live_run_has_only_known_divergences() -> None:
    explained, unexplained = ledger.classify(RECORDED, ledger.load())
    assert unexplained == []
    # No response the server sent breaks the spec, and no status it sends is undocumented but its 500s.
    assert not [f for f in RECORDED if f.code == "ST108"]
    assert {f.status for f in RECORDED if f.code == "ST103"} == {500}
    assert len(explained) >= 10


def test_a_failure_the_ledger_does_not_know_is_reported() -> None:
    unknown = ledger.Failure(
        operation="GET /orders/{id}",
        code="ST108",
        title="Response violates schema",
        message="'x' is not of type 'integer'",
        mode="positive",
        status=200,
        request="GET http://127.0.0.1:53000/orders/ord_1\n",
        response='{"amount": "x"}',
    )
    assert ledger.classify([unknown], ledger.load()) == ({}, [unknown])
    assert ledger.report([unknown], ledger.load(), io.StringIO()) == 1
