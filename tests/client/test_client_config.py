"""Client construction and configuration, and the hygiene rules: no secret in repr, logs or errors."""

from __future__ import annotations

import asyncio
import logging
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from wire_bodies import CUSTOMER

import kohortpay
from kohortpay._redaction import mask_key, redact

from .support import API_KEY, BASE_URL, MakeApi, Recorder, error_body

LIVE_KEY = API_KEY.replace("sk_test_", "sk_live_")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOHORTPAY_API_KEY", raising=False)
    monkeypatch.delenv("KOHORTPAY_BASE_URL", raising=False)


def test_key_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOHORTPAY_API_KEY", LIVE_KEY)
    monkeypatch.setenv("KOHORTPAY_BASE_URL", "http://127.0.0.1:9/")
    with kohortpay.KohortPay() as client:
        assert client.livemode is True and client.is_secret_key
        assert str(client.base_url) == "http://127.0.0.1:9"


def test_defaults() -> None:
    with kohortpay.KohortPay(API_KEY) as client:
        assert str(client.base_url) == "https://api.kohortpay.com"
        assert client.max_retries == 2
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
        assert client.livemode is False


def test_missing_key_is_a_clear_error() -> None:
    with pytest.raises(kohortpay.KohortPayError, match="KOHORTPAY_API_KEY"):
        kohortpay.KohortPay()
    with pytest.raises(kohortpay.KohortPayError, match="KOHORTPAY_API_KEY"):
        kohortpay.AsyncKohortPay(api_key="")


@pytest.mark.parametrize(
    "key",
    [
        "sk_prod_abc123",
        "secret",
        "sk_test_",
        "sk_test_abc_def",
        "xk_test_abc",
        "Bearer sk_test_abc",
        "sk_test_abc ",
        "sk_test_abc\n",
        "sk_test_" + "a" * 40 + "\n",
        " sk_test_abc",
    ],
)
def test_malformed_key_is_a_clear_error_that_does_not_show_it(key: str) -> None:
    with pytest.raises(kohortpay.KohortPayError, match="Malformed API key") as info:
        kohortpay.KohortPay(key)
    assert key.strip() not in str(info.value) or len(key) < 12


def test_malformed_long_key_is_masked() -> None:
    key = "sk_test_" + "a" * 40 + "-x"
    with pytest.raises(kohortpay.KohortPayError) as info:
        kohortpay.KohortPay(key)
    assert key not in str(info.value) and "a" * 20 not in str(info.value)


def test_http_client_of_the_wrong_kind() -> None:
    with httpx.Client() as wrong, pytest.raises(TypeError, match="httpx.AsyncClient"):
        kohortpay.AsyncKohortPay(API_KEY, http_client=wrong)  # type: ignore[arg-type]


def test_public_and_live_keys() -> None:
    with kohortpay.KohortPay("pk_live_" + "0" * 94) as client:
        assert client.livemode and not client.is_secret_key


def test_mask_and_redact() -> None:
    assert mask_key(API_KEY) == "sk_test_…" + API_KEY[-4:]
    assert mask_key("sk_test_short") == "sk_test_…"
    assert mask_key("whsec_" + "A" * 32) == "whsec_…AAAA"
    text = f"key {API_KEY} and whsec_{'B' * 32}, pk_live_{'c' * 30}"
    assert API_KEY not in redact(text) and "B" * 8 not in redact(text) and "c" * 8 not in redact(text)


def test_repr_hides_the_key() -> None:
    for cls in (kohortpay.KohortPay, kohortpay.AsyncKohortPay):
        client = cls(API_KEY, base_url=BASE_URL)
        text = repr(client) + str(client)
        assert API_KEY not in text and API_KEY[8:20] not in text
        assert f"api_key='sk_test_…{API_KEY[-4:]}'" in text
        assert API_KEY not in repr(client.customers.__dict__) and API_KEY not in repr(vars(client)["_http"])


def test_headers(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    make_api(recorder, default_headers={"X-Shop": "demo"})(lambda c: c.customers.retrieve("cus_1"))
    headers = recorder.last.headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["Accept"] == "application/json"
    assert headers["X-Shop"] == "demo"
    python = ".".join(platform.python_version_tuple()[:2])
    assert (
        headers["User-Agent"] == f"kohortpay-python/{kohortpay.__version__} python/{python} httpx/{httpx.__version__}"
    )
    assert str(recorder.last.url) == f"{BASE_URL}/customers/cus_1"


def test_default_headers_cannot_replace_authorization(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    make_api(recorder, default_headers={"Authorization": "Bearer other"})(lambda c: c.customers.retrieve("cus_1"))
    assert recorder.last.headers["Authorization"] == f"Bearer {API_KEY}"


def test_base_url_with_a_path(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    make_api(recorder, base_url="http://127.0.0.1:1/v1/")(lambda c: c.customers.retrieve("cus_1"))
    assert str(recorder.last.url) == "http://127.0.0.1:1/v1/customers/cus_1"


def test_default_timeout_is_sent_with_each_request(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    make_api(recorder, timeout=httpx.Timeout(60.0, connect=5.0))(lambda c: c.customers.retrieve("cus_1"))
    sent = recorder.last.extensions["timeout"]  # each phase, cut to what is left of the call's 60 s
    assert sent == pytest.approx({"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}, abs=0.5)


def test_own_http_client_gets_the_default_timeout() -> None:
    with kohortpay.KohortPay(API_KEY) as client:
        assert client._http.timeout == httpx.Timeout(60.0, connect=5.0)


def test_with_options_returns_a_configured_copy(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(200, json=CUSTOMER))
    api = make_api(recorder)
    copy = api.client.with_options(timeout=7.0, max_retries=5, default_headers={"X-Copy": "1"})
    assert type(copy) is type(api.client) and copy is not api.client
    assert (copy.max_retries, copy.timeout) == (5, 7.0)
    assert api.client.max_retries == 2
    api(lambda _: copy.customers.retrieve("cus_1"))
    assert recorder.last.headers["X-Copy"] == "1"
    assert recorder.last.extensions["timeout"]["read"] == pytest.approx(7.0, abs=0.5)
    api(lambda c: c.customers.retrieve("cus_1"))
    assert "X-Copy" not in recorder.last.headers
    with pytest.raises(ValueError):
        api.client.with_options(max_retries=-1)


def test_close_only_closes_what_the_client_owns() -> None:
    own = kohortpay.KohortPay(API_KEY)
    copy = own.with_options(max_retries=0)
    copy.close()
    assert not own._http.is_closed
    own.close()
    assert own._http.is_closed
    given = httpx.Client()
    with kohortpay.KohortPay(API_KEY, http_client=given):
        pass
    assert not given.is_closed
    given.close()


def test_async_context_manager_closes() -> None:
    async def main() -> kohortpay.AsyncKohortPay:
        async with kohortpay.AsyncKohortPay(API_KEY) as client:
            return client

    client = asyncio.run(main())
    assert client._http.is_closed


def test_api_key_never_in_error_messages(make_api: MakeApi) -> None:
    echo = error_body(f"Invalid Api Key {API_KEY}.", "Unauthorized")
    api = make_api(Recorder(httpx.Response(401, json=echo)))
    with pytest.raises(kohortpay.AuthenticationError) as info:
        api(lambda c: c.customers.retrieve("cus_1"))
    error = info.value
    for text in (str(error), repr(error), str(error.message), str(error.args), repr(error.request.headers)):
        assert API_KEY not in text and API_KEY[8:24] not in text


def test_api_key_never_in_connection_errors(make_api: MakeApi) -> None:
    api = make_api(Recorder(httpx.ConnectError(f"failed for {API_KEY}")))
    with pytest.raises(kohortpay.APIConnectionError) as info:
        api(lambda c: c.customers.retrieve("cus_1"))
    assert API_KEY not in str(info.value)


def test_logs_never_show_the_key(make_api: MakeApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(httpx.Response(503, json=error_body("down")), httpx.Response(200, json=CUSTOMER))
    make_api(recorder)(lambda c: c.customers.retrieve("cus_1"))
    ours = [r for r in caplog.records if r.name == "kohortpay"]
    assert any("Retrying" in r.getMessage() for r in ours)
    assert any("<redacted>" in r.getMessage() for r in ours)
    assert all(API_KEY not in r.getMessage() and API_KEY[8:24] not in r.getMessage() for r in caplog.records)


def test_kohortpay_log_env_enables_logging() -> None:
    code = (
        "import httpx, kohortpay\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(404, json={'error': {'type': 'x', 'message': 'no'}}))\n"
        f"c = kohortpay.KohortPay('{API_KEY}', base_url='http://x', http_client=httpx.Client(transport=t))\n"
        "try: c.customers.retrieve('cus_1')\n"
        "except kohortpay.NotFoundError: pass\n"
    )
    env = {"KOHORTPAY_LOG": "debug", "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "kohortpay" in done.stderr and "GET http://x/customers/cus_1" in done.stderr
    assert "<redacted>" in done.stderr and API_KEY not in done.stderr
    quiet = subprocess.run([sys.executable, "-c", code], env={"PATH": ""}, capture_output=True, text=True, timeout=60)
    assert quiet.stderr == ""


def test_clients_share_one_tls_context(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kohortpay._base_client import shared_ssl_context
    from kohortpay._loop_pool import LoopPoolTransport

    def context_of(client: Any) -> Any:
        transport = client._http._transport
        if isinstance(transport, LoopPoolTransport):  # the async client's pools, one per event loop
            return transport._options["verify"]
        return transport._pool._ssl_context  # httpx's pool holds the context it was given

    with kohortpay.KohortPay(API_KEY) as one, kohortpay.KohortPay(API_KEY) as two:
        assert context_of(one) is context_of(two) is shared_ssl_context()
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))  # a changed trust store gets its own context
    three = kohortpay.AsyncKohortPay(API_KEY)
    assert context_of(three) is shared_ssl_context() is not context_of(one)
    asyncio.run(three.close())
