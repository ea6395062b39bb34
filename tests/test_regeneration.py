"""What a maintainer does when KohortPay adds to its API: edit openapi.yaml, regenerate, and nothing else.

In a copy of the repository, the spec gains an optional field on a create's body and a new operation;
the copy is regenerated with the project's own commands; then, with the regenerated package and the
copy's hand-written code (byte for byte the repository's), the SDK, the mock and the strategies are
checked to know both.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("overlays", "codegen", "templates")


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and not path.is_symlink()
    }


def _extend(spec: dict) -> None:  # type: ignore[type-arg]
    """KohortPay adds a customer's birth date, and an endpoint to archive a customer."""
    schemas = spec["components"]["schemas"]
    schemas["CreateCustomerParams"]["properties"]["birthDate"] = {"type": ["string", "null"], "format": "date"}
    schemas["ArchiveCustomerParams"] = {
        "type": "object",
        "required": ["reason"],
        "properties": {"reason": {"type": "string", "minLength": 1, "description": "Why the customer leaves."}},
    }
    spec["paths"]["/customers/{id}/archive"] = {
        "post": {
            "operationId": "archiveCustomer",
            "x-kohortpay": {"method": "archive"},
            "tags": ["Customers"],
            "summary": "Archive a customer",
            "description": "Archives a customer.",
            "security": [{"bearerAuth": []}],
            "parameters": [
                {"$ref": "#/components/parameters/CustomerId"},
                {"$ref": "#/components/parameters/IdempotencyKey"},
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArchiveCustomerParams"}}},
            },
            "responses": {
                "201": {"$ref": "#/components/responses/Customer"},
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        }
    }


CHECKS = textwrap.dedent(
    """
    import asyncio, datetime, json, inspect
    import httpx
    from hypothesis import given, settings

    import kohortpay
    from kohortpay.testing import strategies as kst
    from kohortpay.testing.mock import Mock
    from kohortpay.testing.mock.core.validation import load_spec
    from kohortpay_client import facts

    # The SDK: the new keyword is taken and sent; the new operation is a method, sync, async and raw.
    sent = []
    customer = load_spec()["components"]["examples"]["Customer"]["value"]
    def answer(request):
        sent.append(request)
        return httpx.Response(201, json=customer)
    client = kohortpay.KohortPay("sk_test_x1", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    client.customers.create(email_address="jane@example.com", birth_date=datetime.date(1990, 1, 2))
    assert json.loads(sent[-1].content)["birthDate"] == "1990-01-02", sent[-1].content
    archived = client.customers.archive("cus_0123456789abcd", reason="moved away")
    assert archived.id == customer["id"] and sent[-1].url.path == "/customers/cus_0123456789abcd/archive"
    assert sent[-1].method == "POST" and sent[-1].headers["Idempotency-Key"]
    assert json.loads(sent[-1].content) == {"reason": "moved away"}
    assert client.with_raw_response.customers.archive("cus_1", reason="x").status_code == 201
    raw = kohortpay.AsyncKohortPay("sk_test_x1", http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
    assert asyncio.run(raw.customers.archive("cus_1", reason="x")).id == customer["id"]
    assert "reason" in inspect.signature(client.customers.archive).parameters

    # The mock: it validates the new field and operation, and routes the operation (no rule yet: 501).
    async def mock_calls():
        mock = Mock()
        headers = {"Authorization": f"Bearer {mock.state.default_organization.keys['sk_test']}"}
        transport = httpx.ASGITransport(app=mock.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", headers=headers) as api:
            good = await api.post("/customers", json={"emailAddress": "a@example.com", "birthDate": "1990-01-02"})
            bad = await api.post("/customers", json={"emailAddress": "b@example.com", "birthDate": 1990})
            refused = await api.post("/customers/cus_0123456789abcd/archive", json={})
            unruled = await api.post("/customers/cus_0123456789abcd/archive", json={"reason": "moved away"})
        return good, bad, refused, unruled
    good, bad, refused, unruled = asyncio.run(mock_calls())
    assert good.status_code == 201, good.text
    assert bad.status_code == 400 and "birthDate" in bad.text, bad.text
    assert refused.status_code == 400 and "reason" in refused.text, refused.text
    assert unruled.status_code == 501 and "archiveCustomer" in unruled.json()["error"]["message"], unruled.text

    # The kit: the new body is drawn, by name and by its shortcut, and the new field with the others.
    drawn = []

    @settings(max_examples=30, database=None, deadline=None)
    @given(kst.request_body("archiveCustomer"), kst.archive_customer(), kst.create_customer())
    def draw(by_name, by_shortcut, customer):
        drawn.append((by_name, by_shortcut, customer))

    draw()
    assert all(by_name["reason"] and by_shortcut["reason"] for by_name, by_shortcut, _ in drawn)
    assert any("birthDate" in customer for _, _, customer in drawn)
    assert facts.ARCHIVE_CUSTOMER.resource == "customers"
    print("ok")
    """
)


def test_a_field_and_an_operation_added_to_the_spec_reach_the_sdk_the_mock_and_the_kit(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    for name in (*HAND_WRITTEN, "openapi.yaml", "x-kohortpay.schema.yaml", "generator-config.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, copy / name)
    spec = yaml.safe_load((copy / "openapi.yaml").read_text(encoding="utf-8"))
    _extend(spec)
    (copy / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    package = copy / "generated" / "kohortpay_client"
    subprocess.run(
        [
            "openapi-python-client", "generate", "--path", "openapi.yaml", "--config", "generator-config.yml",
            "--custom-template-path", "templates", "--meta", "none", "--overwrite", "--fail-on-warning",
            "--output-path", str(package),
        ],
        cwd=copy, env=env, check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "codegen", "check", "openapi.yaml"], cwd=copy, env=env, check=True, capture_output=True
    )
    subprocess.run(
        [sys.executable, "-m", "codegen", "generate", str(package), "openapi.yaml"],
        cwd=copy, env=env, check=True, capture_output=True,
    )  # fmt: skip

    for name in HAND_WRITTEN:  # nothing hand-written had to change
        assert _digest(copy / name) == _digest(ROOT / name), name
    paths = os.pathsep.join([str(copy / "generated"), str(copy / "overlays")])
    done = subprocess.run(
        [sys.executable, "-c", CHECKS],
        env={**env, "PYTHONPATH": paths, "PYTHONSAFEPATH": "1"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]
