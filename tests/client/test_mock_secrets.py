"""Over HTTP: the API key and webhook secrets never reach repr, logs or exception messages."""

from __future__ import annotations

import logging

import pytest

import kohortpay
from kohortpay.testing import MockServer

from .support import Api


def assert_hidden(secret: str, *texts: str) -> None:
    for text in texts:
        assert secret not in text
        assert secret[8:24] not in text  # not even a slice of the random part


def test_unknown_key(server: MockServer, api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    key = server.secret_key[:-6] + "ffffff"
    client_cls = kohortpay.AsyncKohortPay if api.is_async else kohortpay.KohortPay
    stranger = Api(client_cls(key, base_url=server.url), api.loop)
    try:
        with pytest.raises(kohortpay.AuthenticationError) as info:
            stranger(lambda c: c.customers.list())
        error = info.value
        assert error.status_code == 401
        assert_hidden(key, str(error), repr(error), str(error.body), repr(stranger.client), caplog.text)
    finally:
        stranger.close()


def test_debug_logs_of_a_retried_call(server: MockServer, api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kohortpay")
    server.add_fault(method="POST", path="/customers", status=503, times=1)
    api(lambda c: c.customers.create(email_address="jane@example.com"))
    messages = [r.getMessage() for r in caplog.records if r.name == "kohortpay"]
    assert any("Retrying POST" in m for m in messages)
    assert any("'authorization': '<redacted>'" in m.lower() for m in messages)
    assert_hidden(server.secret_key, caplog.text, repr(api.client))


def test_webhook_endpoint_secret(server: MockServer) -> None:
    secret = server.add_webhook_endpoint("http://127.0.0.1:9/hooks")["secret"]
    body = b'{"type": "order.created", "data": {}}'
    with pytest.raises(kohortpay.WebhookVerificationError) as info:
        kohortpay.webhooks.verify(body, {"svix-id": "msg_1", "svix-timestamp": "1", "svix-signature": "v1,x"}, secret)
    assert_hidden(secret, str(info.value), repr(info.value))
