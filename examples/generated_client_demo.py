"""Drive the generated client, from the installed wheel, against an in-process KohortPay stand-in.

This is `make`'s main job until the mock server and the client facade exist. The stand-in answers
the way the production server does — snake_case bodies, 201 on POST, the error envelope — so the
run shows the generated models surviving real responses: a status the spec does not list yet, a
field the spec does not know, and nulls.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys

import httpx

import kohortpay
from kohortpay_client.api.customers import create_customer, get_customer, list_customers
from kohortpay_client.api.groups import validate_group
from kohortpay_client.models import (
    CreateCustomerParams,
    CreatePaymentGroupParams,
    Customer,
    CustomerList,
    ErrorResponse,
    Locale,
    ValidatePaymentGroupParams,
)

API_KEY = "sk_test_5c2ab8d6e41f07" + "0" * 80


class StandIn:
    """Just enough of the server: customers in memory, and a full referral group."""

    def __init__(self) -> None:
        self.customers: dict[str, dict[str, object]] = {}
        self.idempotency_keys: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") != f"Bearer {API_KEY}":
            return error(401, "Invalid Api Key.", "Unauthorized")
        if request.method == "POST":
            self.idempotency_keys.append(request.headers.get("Idempotency-Key", ""))
        path = request.url.path
        if request.method == "POST" and path == "/customers":
            body = json.loads(request.content)
            customer_id = f"cus_{len(self.customers):014x}"
            self.customers[customer_id] = {
                "id": customer_id,
                "email_address": body["emailAddress"],
                "first_name": body.get("firstName"),
                "last_name": body.get("lastName"),
                "phone_number": body.get("phoneNumber"),
                "livemode": False,
                "is_blocked": False,
                "organization_id": "org_5c2ab8d6e41f07",
                "metadata": body.get("metadata"),  # returned verbatim, keys untouched
                "locale": body.get("locale", "fr_FR"),
                "client_reference_id": None,
                "created_at": "2024-11-05T14:40:00.000Z",
                "created_by": "system",
                "updated_at": "2024-11-05T14:40:00.000Z",
                "updated_by": None,
                "blocked_at": None,
                "blocked_by": None,
                "deleted_at": None,
                "loyalty_tier": "gold",  # a field this version of the spec does not know
            }
            return httpx.Response(201, json=self.customers[customer_id])
        if request.method == "GET" and path == "/customers":
            data = list(self.customers.values())
            return httpx.Response(200, json={"data": data, "count": len(data)})
        if match := re.fullmatch(r"/customers/([^/]+)", path):
            if customer := self.customers.get(match[1]):
                return httpx.Response(200, json={**customer, "locale": "de_DE"})  # a locale added later
            return error(404, f"Customer with id {match[1]} not found", "Not Found")
        if match := re.fullmatch(r"/groups/([^/]+)/validate", path):
            message = f"Maximum number of participants reached for group {match[1]}."
            return error(400, message, "MAX_PARTICIPANTS_REACHED")
        return error(404, f"Cannot {request.method} {path}", "Not Found")


def error(status: int, message: str, code: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"type": "invalid_request_error", "message": message, "code": code}})


def main() -> int:
    server = StandIn()
    client = kohortpay.AuthenticatedClient(
        base_url="https://api.kohortpay.com",
        token=API_KEY,
        httpx_args={"transport": httpx.MockTransport(server)},
    )
    assert API_KEY not in repr(client), "the client's repr must not show the API key"
    print(f"kohortpay {kohortpay.__version__}: {client!r}")

    with client:
        params = CreateCustomerParams(email_address="jane.doe@example.com", first_name="Jane", locale=Locale.FR_FR)
        params["crm_id"] = 42  # extra keys are sent as they are
        created = create_customer.sync(client=client, body=params, idempotency_key="demo-key-1")
        assert isinstance(created, Customer), created
        assert created.additional_properties == {"loyalty_tier": "gold"}
        print(f"created   {created.id} {created.email_address} (extra fields kept: {created.additional_properties})")

        fetched = get_customer.sync(client=client, id=created.id)
        assert isinstance(fetched, Customer), fetched
        assert fetched.locale is not None and fetched.locale.value == "de_DE"
        print(f"retrieved {fetched.id}: unknown locale parsed as {fetched.locale!r}")

        page = list_customers.sync(client=client, take=10)
        assert isinstance(page, CustomerList) and page.count == 1
        print(f"listed    {page.count} customer(s)")

        missing = get_customer.sync_detailed(client=client, id="cus_ffffffffffffff")
        assert missing.status_code == 404 and isinstance(missing.parsed, ErrorResponse)
        print(f"missing   {missing.status_code}: {missing.parsed.error.message}")

        refused = validate_group.sync(
            client=client, id="KHT-test-BE125F06", body=ValidatePaymentGroupParams(amount=4500)
        )
        assert isinstance(refused, ErrorResponse) and refused.error.code == "MAX_PARTICIPANTS_REACHED"
        print(f"validate  refused with {refused.error.code}")

    naive = dt.datetime(2024, 11, 5, 14, 44)
    try:
        CreatePaymentGroupParams(customer_id="cus_8f3e2a1b9c0d47", order_id="ord_1", expires_at=naive).to_dict()
    except ValueError as exc:
        print(f"naive datetime refused: {exc}")
    else:
        raise AssertionError("a naive datetime must not be sent")

    assert server.idempotency_keys[0] == "demo-key-1"
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
