"""Orders (generation B; reference §8.10). Secret keys only: the app checks that before validation."""

from __future__ import annotations

import secrets
from typing import Any

from . import customers, groups
from .context import Call, check_email, store_locale
from .errors import bad_request, not_found
from .expand import present
from .listing import page
from .payments import _ambassador
from .state import Record, new_id


def create(call: Call) -> Record:
    body = call.body
    minimum = call.settings()["minPurchaseValue"]
    if body["amount"] < minimum:
        raise bad_request(f"The minimum purchase value is {minimum}")
    reference = body.get("clientReferenceId")
    if reference is not None and call.store.find("order", call.scope, clientReferenceId=reference):
        raise bad_request(f"Order with client reference id {reference} already exists.")
    if "customerId" in body:
        customer = customers.get(call, body["customerId"])
        if customer["isBlocked"]:
            raise bad_request(f"Customer {customer['emailAddress']} is blocked.", "CUSTOMER_BLOCKED")
    else:
        check_email(body["customerEmail"], "customerEmail")
        customer = None
    email = customer["emailAddress"] if customer else body["customerEmail"]
    code = body.get("paymentGroupShareId")
    group = groups.check_code(call, code, email, body["amount"]) if code else None
    if customer is None:
        customer = customers.for_purchase(
            call, email, body.get("customerFirstName"), body.get("customerLastName"), body.get("customerPhoneNumber")
        )
    assert customer is not None
    order = {
        "id": new_id("ord"),
        "amount": body["amount"],
        "amountCashback": None,
        "applicationFeeAmount": None,
        "customerEmail": email,
        "customerFirstName": body.get("customerFirstName", customer["firstName"]),
        "customerLastName": body.get("customerLastName", customer["lastName"]),
        "customerPhoneNumber": body.get("customerPhoneNumber", customer["phoneNumber"]),
        "customerId": customer["id"],
        "paymentGroupShareId": code,  # null on the order that creates the group
        "paymentGroupId": None,
        "ambassadorId": _ambassador(code),
        "currency": "EUR",
        "locale": store_locale(body.get("locale", "fr_FR")),
        "status": "CREATED",
        "metadata": body.get("metadata"),
        "clientReferenceId": reference,
        "riskLevel": None,
        "token": secrets.token_hex(32),
        **call.stamp(),
    }
    call.store.add("order", order)
    if group is not None:
        groups.join(call, group, order)
    else:
        order["paymentGroupId"] = groups.new(call, customer)["id"]
    call.emit("order.created", order)
    return order


def retrieve(call: Call) -> Record:
    order = call.store.get("order", call.scope, call.id)
    if order is None:
        raise not_found(f"Order with id {call.id} not found.")
    return present(call, "order", order)


def listing(call: Call) -> dict[str, Any]:
    return page(call.store.all("order", call.scope), call.query, lambda r: present(call, "order", r))


HANDLERS = {"listOrders": listing, "createOrder": create, "getOrder": retrieve}
