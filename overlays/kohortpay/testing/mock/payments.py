"""Checkout sessions and payment intents (generation A; reference §8.8, §8.9)."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from . import customers, groups
from .context import Call, check_email, store_locale
from .errors import ApiError, bad_request, not_found
from .expand import present
from .listing import page
from .state import Record, new_id

CHECKOUT_BASE = "https://checkout.kohortpay.com"
SESSION_MIN = dt.timedelta(minutes=30)
SESSION_MAX = dt.timedelta(hours=24)
CANCELABLE = {"REQUIRES_PAYMENT_METHOD", "REQUIRES_CONFIRMATION", "REQUIRES_ACTION", "REQUIRES_CAPTURE", "PROCESSING"}


# ----------------------------------------------------------- payment intents
def _intent(call: Call, **fields: Any) -> Record:
    intent = {
        "id": new_id("pi"),
        "amount": 0,
        "amountCaptured": None,
        "amountCashback": None,
        "applicationFeeAmount": None,
        "currency": "EUR",
        "status": "SUCCEEDED",
        "riskLevel": None,
        "checkoutSessionId": None,
        "customerId": None,
        "customerEmail": None,
        "paymentGroupId": None,
        "ambassadorId": None,
        "clientReferenceId": None,
        "token": None,
        "metadata": None,
        "canceledAt": None,
        **call.stamp(),
    }
    intent.update(fields)
    return call.store.add("payment_intent", intent)


def get_intent(call: Call, intent_id: str) -> Record:
    intent = call.store.get("payment_intent", call.scope, intent_id)
    if intent is None:  # the server answers 400 here, not 404
        raise bad_request(f"PaymentIntent with id {intent_id} not found")
    return intent


def create_intent(call: Call) -> Record:
    """A checkout session holds one payment intent (the server's unique key), and every session
    created through the API already has its own: the server answers 409 for those."""
    body = call.body
    session = call.store.get("checkout_session", call.scope, body["checkoutSessionId"])
    if session is None:
        raise not_found(f"CheckoutSession with id {body['checkoutSessionId']} not found.")
    if call.store.find("payment_intent", call.scope, checkoutSessionId=session["id"]) is not None:
        raise ApiError(409, 'Unique constraint failed:{"target":["checkout_session_id"]}')
    customer = None
    if body.get("customerId") is not None:
        customer = customers.get(call, body["customerId"])
    return _intent(  # the status sent is ignored: a new payment intent has succeeded
        call,
        amount=body["amount"],
        checkoutSessionId=session["id"],
        customerId=customer["id"] if customer else None,
        customerEmail=customer["emailAddress"] if customer else None,
        clientReferenceId=body.get("clientReferenceId"),
        metadata=body.get("metadata"),
    )


def cancel_intent(call: Call) -> Record:
    intent = get_intent(call, call.id)
    if intent["status"] not in CANCELABLE:
        raise bad_request(
            f"PaymentIntent with id {call.id} cannot be canceled in status {intent['status']}.", "WRONG_STATUS"
        )
    intent.update(status="CANCELED", canceledAt=call.now)
    call.touch(intent)
    return intent


# ---------------------------------------------------------- checkout sessions
def get_session(call: Call, id_or_share_id: str) -> Record:
    session = call.store.get("checkout_session", call.scope, id_or_share_id)
    session = session or call.store.find("checkout_session", call.scope, shareId=id_or_share_id)
    if session is None:
        raise not_found(f"Checkout session with id {id_or_share_id} not found.", "NOT_FOUND")
    return session


def _check_references(call: Call) -> None:
    reference = call.body.get("clientReferenceId")
    if reference is not None and call.store.find("checkout_session", call.scope, clientReferenceId=reference):
        raise bad_request(f"Checkout session with client reference id {reference} already exists.")
    reference = call.body.get("paymentClientReferenceId")
    if reference is not None and call.store.find("payment_intent", call.scope, clientReferenceId=reference):
        raise bad_request(f"Checkout session with client reference id {reference} already exists.")


def create_session(call: Call) -> Record:
    body = call.body
    minimum = call.settings()["minPurchaseValue"]
    if body["amountTotal"] < minimum:
        raise bad_request(f"The minimum purchase value is {minimum}")
    expires_at = body.get("expiresAt", call.now + dt.timedelta(days=1))
    if not call.now + SESSION_MIN <= expires_at <= call.now + SESSION_MAX:
        raise bad_request(["expiresAt must be between now + 30 minutes and now + 24 hours"])
    _check_references(call)
    email = body.get("customerEmail")
    if email is not None:
        check_email(email, "customerEmail")
    code = body.get("paymentGroupShareId")
    group = groups.check_code(call, code, email, body["amountTotal"]) if code else None
    customer = customers.for_purchase(
        call, email, body.get("customerFirstName"), body.get("customerLastName"), body.get("customerPhoneNumber")
    )

    session_id = new_id("cs")
    share_id = f"cs_{'live' if call.principal.livemode else 'test'}_{secrets.token_hex(29)}"
    session = {
        "id": session_id,
        "shareId": share_id,
        "url": f"{CHECKOUT_BASE}/c/{share_id}",
        "amountTotal": body["amountTotal"],
        "status": "COMPLETED",  # referral era: the basket is already paid
        "successUrl": body.get("successUrl"),
        "cancelUrl": body.get("cancelUrl"),
        "customerEmail": email,
        "customerFirstName": body.get("customerFirstName"),
        "customerLastName": body.get("customerLastName"),
        "customerPhoneNumber": body.get("customerPhoneNumber"),
        "customerId": customer["id"] if customer else None,
        "currency": "EUR",
        "locale": store_locale(body.get("locale", "fr_FR")),
        "metadata": body.get("metadata"),
        "paymentGroupShareId": code,
        "clientReferenceId": body.get("clientReferenceId"),
        "paymentClientReferenceId": body.get("paymentClientReferenceId"),
        "expiresAt": expires_at,
        "completedAt": call.now,
        **call.stamp(),
    }
    call.store.add("checkout_session", session)
    for item in body.get("lineItems", []):
        call.store.add(
            "line_item",
            {
                "id": new_id("li"),
                "checkoutSessionId": session_id,
                "name": item.get("name", ""),
                "price": item["price"],
                "quantity": item["quantity"],
                "type": item.get("type", "PRODUCT"),
                "amountTotal": item["price"] * item["quantity"],
                "imageUrl": item.get("imageUrl"),
                "description": item.get("description"),
                "organizationId": session["organizationId"],
                "livemode": session["livemode"],
                "createdAt": call.now,
                "updatedAt": call.now,
            },
        )
    intent = _intent(
        call,
        amount=body["amountTotal"],
        checkoutSessionId=session_id,
        customerId=session["customerId"],
        customerEmail=email,
        clientReferenceId=body.get("paymentClientReferenceId"),
        ambassadorId=_ambassador(code),
    )
    if group is not None:
        groups.join(call, group, intent)
    elif customer is not None:
        intent["paymentGroupId"] = groups.new(call, customer)["id"]
    call.emit("payment_intent.succeeded", intent)
    # The server answers with customer_id null, even when a customer was matched or created.
    return {**session, "customerId": None}


def _ambassador(code: str | None) -> str | None:
    if code and code.startswith("KHTAMB"):
        return "amb_" + code.removeprefix("KHTAMB-").lower()[:14]
    return None


def expire_session(call: Call) -> Record:
    session = get_session(call, call.id)
    if session["status"] != "OPEN":
        raise bad_request(f"Checkout session {session['id']} is not open (status {session['status']}).", "WRONG_STATUS")
    session["status"] = "EXPIRED"
    call.touch(session)
    return session


HANDLERS: dict[str, Any] = {
    "listPaymentIntents": lambda call: page(
        call.store.all("payment_intent", call.scope), call.query, lambda r: present(call, "payment_intent", r)
    ),
    "createPaymentIntent": create_intent,
    "getPaymentIntent": lambda call: present(call, "payment_intent", get_intent(call, call.id)),
    "cancelPaymentIntent": cancel_intent,
    "listCheckoutSessions": lambda call: page(
        call.store.all("checkout_session", call.scope), call.query, lambda r: present(call, "checkout_session", r)
    ),
    "createCheckoutSession": create_session,
    "getCheckoutSession": lambda call: present(call, "checkout_session", get_session(call, call.id)),
    "expireCheckoutSession": expire_session,
}
