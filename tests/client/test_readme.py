"""The README's "Using the SDK" section, run top to bottom as a newcomer would, against the mock."""

from __future__ import annotations

import base64
import json
import re
import time
from pathlib import Path

import pytest

import kohortpay
from kohortpay import webhooks
from kohortpay.testing import MockServer

README = Path(__file__).resolve().parents[2] / "README.md"


def using_the_sdk() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Using the SDK\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_the_section_has_a_snippet_for_each_topic() -> None:
    snippets = "\n".join(using_the_sdk())
    for shown in ("KohortPay()", "validate(", "except kohortpay.", "with_options(", "with_raw_response",
                  "list(", "expand=", "AsyncKohortPay", "webhooks.verify"):  # fmt: skip
        assert shown in snippets, shown


def test_every_snippet_runs_in_order(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "whsec_" + base64.b64encode(b"readme-secret-readme-sec").decode()
    with MockServer() as server:
        monkeypatch.setenv("KOHORTPAY_API_KEY", server.secret_key)
        monkeypatch.setenv("KOHORTPAY_BASE_URL", server.url)
        monkeypatch.setenv("KOHORTPAY_WEBHOOK_SECRET", secret)
        namespace: dict[str, object] = {}
        for snippet in using_the_sdk():
            exec(compile(snippet, str(README), "exec"), namespace)  # noqa: S102  (our own README)
        body = json.dumps({"type": "payment_group.succeeded", "data": server.events()[0]["payload"]["data"]}).encode()
        now = int(time.time())
        headers = {
            "svix-id": "msg_1",
            "svix-timestamp": str(now),
            "svix-signature": webhooks.sign(body, secret, msg_id="msg_1", timestamp=now),
        }
        handle = namespace["handle_webhook"]
        assert callable(handle)
        handle(body, headers)
        with pytest.raises(PermissionError):
            handle(body, {**headers, "svix-signature": "v1,forged"})
        for value in namespace.values():
            if isinstance(value, kohortpay.KohortPay):
                value.close()
    out = capsys.readouterr().out
    assert (
        "KHT-test-" in out and "404 NOT_FOUND Group KHT-test-00000000 not found." in out and "cashback for pg_" in out
    )
