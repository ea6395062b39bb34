"""The contract kit's pieces (kohortpay.testing.contract): key guard, CLI arguments, hooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kohortpay.testing import contract
from kohortpay.testing.contract import cli, hooks, ledger
from kohortpay_client import facts

KEY = "sk_test_5c2ab8d6e41f07abc"


def test_only_secret_test_keys_unless_live_mode_is_allowed() -> None:
    contract.check_key(KEY)
    contract.check_key("sk_live_5c2ab8d6e41f07", allow_livemode=True)
    with pytest.raises(ValueError, match="live-mode"):
        contract.check_key("sk_live_5c2ab8d6e41f07")
    with pytest.raises(ValueError, match="secret key"):
        contract.check_key("pk_test_5c2ab8d6e41f07")


def test_the_cli_refuses_a_missing_or_live_key(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOHORTPAY_API_KEY", raising=False)
    assert cli.main(["--url", "http://127.0.0.1:1"]) == 2
    assert cli.main(["--url", "http://127.0.0.1:1", "--api-key", "sk_live_5c2ab8d6e41f07"]) == 2
    assert "refusing a live-mode key" in capsys.readouterr().err


def test_the_key_reaches_schemathesis_through_the_environment_only() -> None:
    text = contract.config_text(live=True)
    assert "${KOHORTPAY_CONTRACT_API_KEY}" in text and "unsupported_method" in text
    args = cli.parse_args(["--url", "http://h/", "--api-key", KEY, "--live", "--stateful-only", "--seed", "3"])
    command = cli.command(args, Path("s.toml"), None)
    assert KEY not in " ".join(command)
    assert command[command.index("--url") + 1] == "http://h"
    assert "--exclude-checks" in command and "--phases" in command and "stateful" in command


def test_generated_emails_and_unique_values_are_fresh_and_invalid_ones_stay_invalid() -> None:
    sent = {"emailAddress": "a@b.co", "clientReferenceId": "x", "firstName": "Jane"}
    first, second = hooks._fresh_body(facts.CREATE_CUSTOMER, sent), hooks._fresh_body(facts.CREATE_CUSTOMER, sent)
    assert first["emailAddress"] != second["emailAddress"] and first["emailAddress"].endswith("@example.com")
    assert first["clientReferenceId"].startswith("ref-") and first["firstName"] == "Jane"
    invalid = {"emailAddress": "not-an-email", "clientReferenceId": ""}
    assert hooks._fresh_body(facts.CREATE_CUSTOMER, invalid) == invalid
    # a reference to another object is not made unique: it must point at that object
    intent = {"amount": 5000, "checkoutSessionId": "cs_0123456789abcd"}
    assert hooks._fresh_body(facts.CREATE_PAYMENT_INTENT, intent) == intent


def test_a_purchase_names_a_real_shopper_and_drops_a_made_up_code() -> None:
    body = hooks._workable(facts.CREATE_ORDER, {"amount": 5000, "customerId": "zz", "paymentGroupShareId": "nope"})
    assert set(body) == {"amount", "customerEmail", "customerFirstName", "customerLastName"}
    kept = {"amount": 5000, "customerId": "cus_0123456789abcd", "paymentGroupShareId": "KHT-test-ABCD1234"}
    assert hooks._workable(facts.CREATE_ORDER, dict(kept)) == kept


def test_a_made_up_founder_of_a_group_is_kept_when_nothing_can_stand_in() -> None:
    body = {"customerId": "zz", "orderId": "nope"}
    assert hooks._workable(facts.CREATE_GROUP, dict(body)) == body


def test_the_schema_is_the_shipped_spec_aimed_at_the_server() -> None:
    schema = contract.schema("http://127.0.0.1:9/", KEY)
    assert schema["/orders"]["POST"].base_url == "http://127.0.0.1:9"
    assert contract.SPEC_FILE.name == "openapi.yaml" and contract.SPEC_FILE.exists()


def test_the_live_cli_fails_on_new_divergences_and_passes_on_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--live` judges each failure by the shipped ledger and the user's own entries: a server that
    answers 418 to `GET /customers` fails the run until the user records it."""
    from kohortpay.testing import MockServer

    report = tmp_path / "run.ndjson"
    with MockServer() as server:
        server.add_fault("GET", "/customers", status=418, times=100_000)
        arguments = ["--url", server.url, "--api-key", server.secret_key, "--live", "--max-examples", "1"]
        status = cli.main([*arguments, "--seed", "1", "--report", str(report)])
    shown = capsys.readouterr().out
    assert status == 1
    assert "failures no ledger entry explains" in shown
    assert "ST103 Undocumented status code: GET /customers → 418" in shown
    ours = tmp_path / "ours.yaml"
    ours.write_text(
        "divergences:\n  - id: our-teapot\n"
        "    contract: {operations: ['GET /customers'], checks: [ST103, ST202], status: 418}\n"
    )
    assert cli.judge(report, status, ledger.load(ledger.SHIPPED, ours)) == 0
    shown = capsys.readouterr().out
    assert "our-teapot: ST103 ×" in shown and "every failure is a known divergence" in shown
    ours.write_text("divergences:\n  - id: broken\n    contract: {checks: [ST103]}\n")
    assert cli.main([*arguments, "--divergences", str(ours)]) == 2
    assert "entry 1 (broken): a matcher needs `operations` and `checks`" in capsys.readouterr().err


def test_the_ledger_ships_with_the_kit() -> None:
    entries = ledger.load()
    assert ledger.SHIPPED.is_file() and len({d.id for d in entries}) >= 10
