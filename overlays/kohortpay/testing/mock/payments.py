"""Checkout sessions and payment intents (generation A), as the reference server registers them
(checkout-sessions.service.ts, payment-intents.service.ts and its listener).

A checkout session is stored completed with its succeeded payment intent; just after the answer,
the intent joins the group of the session's code or founds one, and the session gets its customer.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from . import customers, groups
from .context import Call, check_email
from .errors import NO_CODE, ApiError, bad_request, crash, not_found
from .expand import present
from .listing import page
from .records import build
from .state import Record, new_id

CHECKOUT_BASE = "https://checkout.kohortpay.com"
SESSION_MIN = dt.timedelta(minutes=30)
SESSION_MAX = dt.timedelta(hours=24)
UNKNOWN_CUSTOMER = "Customer with id {} not found."  # these services' wording
CANCELABLE = {"REQUIRES_PAYMENT_METHOD", "REQUIRES_CONFIRMATION", "REQUIRES_ACTION", "REQUIRES_CAPTURE", "PROCESSING"}


# ----------------------------------------------------------- payment intents
def _intent(call: Call, session: Record, customer: Record, amount: int, **fields: Any) -> Record:
    intent = build(
        "payment_intent",
        id=new_id("pi"),
        amount=amount,
        currency="EUR",
        customerId=customer["id"],
        customerEmail=customer["emailAddress"],
        checkoutSessionId=session["id"],
        status="SUCCEEDED",
        riskLevel="LOW",
        applicationFeeAmount=None,
        token=None,
        ambassadorId=None,
        **call.stamp(),
        **fields,
    )
    intent = call.store.add("payment_intent", intent)
    call.emit("payment_intent.succeeded", intent)  # before any group: `paymentGroupId` is null
    call.after_answer(lambda: _complete(call, session, intent))
    return intent


def _complete(call: Call, session: Record, intent: Record) -> None:
    """The listener: the intent joins the group of the session's code or founds one; the session is completed."""
    code = session["paymentGroupShareId"]
    group = call.store.find("group", call.scope, shareId=code) if code else None
    customer_id = intent["customerId"]
    if group is not None:
        intent.update(paymentGroupId=group["id"], updatedBy=customer_id)
    session.update(completedAt=call.now, customerId=customer_id, status="COMPLETED", updatedAt=call.now)
    session["updatedBy"] = customer_id
    customer = call.store.objects["customer"][customer_id]
    if group is None:
        intent["paymentGroupId"] = groups.new(call, customer, by=customer_id)["id"]
    else:
        groups.join(call, group, intent)


def get_intent(call: Call, intent_id: str) -> Record:
    intent = call.store.get("payment_intent", call.scope, intent_id)
    if intent is None:  # the server answers 400 here, not 404
        raise bad_request(f"PaymentIntent with id {intent_id} not found")
    return intent


def create_intent(call: Call) -> Record:
    """Every session created through the API already holds its one payment intent: 409 then."""
    body = call.body
    session = call.store.get("checkout_session", call.scope, body["checkoutSessionId"])
    if body.get("customerId"):
        customer = customers.get(call, body["customerId"], UNKNOWN_CUSTOMER.format(body["customerId"]))
        if session is None:
            if call.quirk("crash-on-unknown-reference"):
                raise crash("crash-on-unknown-reference", "Error Type: P2003")
            raise not_found(f"CheckoutSession with id {body['checkoutSessionId']} not found.")
    else:
        if session is None:
            raise not_found(f"CheckoutSession with id {body['checkoutSessionId']} not found.")
        customer = _session_shopper(call, session)
    if call.store.find("payment_intent", call.scope, checkoutSessionId=session["id"]) is not None:
        raise ApiError(409, 'Unique constraint failed:{"target":["checkout_session_id"]}', NO_CODE)
    extra = {"metadata": body.get("metadata"), "clientReferenceId": body.get("clientReferenceId")}
    return _intent(call, session, customer, body["amount"], **extra)  # the status sent is ignored


def _session_shopper(call: Call, session: Record) -> Record:
    email, first, last = session["customerEmail"], session["customerFirstName"], session["customerLastName"]
    if not (email and first and last):
        if call.quirk("crash-on-payment-intent-without-shopper"):
            raise crash("crash-on-payment-intent-without-shopper")
        raise not_found(f"CheckoutSession with id {session['id']} has no customer.")
    return customers.shopper(call, email, first, last, session["customerPhoneNumber"], session["locale"])


def cancel_intent(call: Call) -> Record:
    if call.quirk("payment-intent-cancel-not-routed"):
        raise not_found(f"Cannot POST /payment-intents/{call.id}/cancel")
    intent = get_intent(call, call.id)
    if intent["status"] not in CANCELABLE:
        raise bad_request(
            f"PaymentIntent with id {call.id} cannot be canceled in status {intent['status']}.", "WRONG_STATUS"
        )
    intent.update(status="CANCELED", canceledAt=call.now)
    call.touch(intent)
    return intent


# ---------------------------------------------------------- checkout sessions
def get_session(call: Call, id_or_share_id: str, message: str | None = None) -> Record:
    session = call.store.get("checkout_session", call.scope, id_or_share_id)
    session = session or call.store.find("checkout_session", call.scope, shareId=id_or_share_id)
    if session is None:
        raise not_found(message or f"Checkout session with id {id_or_share_id} not found.")
    return session


def _check_references(call: Call) -> None:
    for name, kind in (("clientReferenceId", "checkout_session"), ("paymentClientReferenceId", "payment_intent")):
        reference = call.body.get(name)
        if reference and call.store.find(kind, call.scope, clientReferenceId=reference):
            raise bad_request(f"Checkout session with client reference id {reference} already exists.")


def _buyer(call: Call) -> Record:
    """The payment intent's customer: `customerId` (in the key's scope), or the shopper by e-mail."""
    body = call.body
    if body.get("customerId"):
        if call.store.objects.get("customer", {}).get(body["customerId"]) is None:
            if call.quirk("crash-on-unknown-reference"):  # the session's foreign key
                raise crash("crash-on-unknown-reference", "Error Type: P2003")
        return customers.get(call, body["customerId"], UNKNOWN_CUSTOMER.format(body["customerId"]))
    first, last, phone = body["customerFirstName"], body["customerLastName"], body.get("customerPhoneNumber")
    return customers.shopper(call, body["customerEmail"], first, last, phone, body.get("locale"))


def create_session(call: Call) -> Record:
    body = call.body
    _check_references(call)
    minimum = call.settings()["minPurchaseValue"]
    if body["amountTotal"] < minimum:
        raise bad_request(f"The minimum purchase value is {minimum}")
    email = body.get("customerEmail")
    if email:
        check_email(email)
    code = body.get("paymentGroupShareId")
    if code:
        groups.check_any_code(call, code, email)
    groups.check_expiry(call, body.get("expiresAt"), SESSION_MIN, SESSION_MAX)
    if email:  # the server checks the e-mail's customer only (after storing the session)
        customers.refuse_if_blocked(call, customers.by_email(call, email))
    customer = _buyer(call)
    session_id = new_id("cs")
    share_id = f"cs_{'live' if call.principal.livemode else 'test'}_{secrets.token_hex(29)}"
    session = build(
        "checkout_session",
        body,
        id=session_id,
        shareId=share_id,
        url=f"{CHECKOUT_BASE}/c/{share_id}",
        status="COMPLETED",  # referral era: the basket is already paid
        customerId=body.get("customerId"),  # the one sent; the buyer's is set after the answer
        currency="EUR",
        locale=body.get("locale") or "fr_FR",  # kept as sent: the server maps en_GB on a copy it drops
        paymentGroupShareId=code,
        expiresAt=body.get("expiresAt") or call.now + dt.timedelta(days=1),
        **call.stamp(),
    )
    session["_lineItems"] = [_line_item(call, session, item) for item in body.get("lineItems", [])]
    session = call.store.add("checkout_session", session)
    _intent(call, session, customer, body["amountTotal"], clientReferenceId=body.get("paymentClientReferenceId"))
    return session


def _line_item(call: Call, session: Record, item: Record) -> Record:
    return build(
        "line_item",
        item,
        id=new_id("li"),
        checkoutSessionId=session["id"],
        type=item.get("type", "PRODUCT"),
        amountTotal=item["price"] * item["quantity"],
        createdAt=call.now,
        updatedAt=call.now,
    )


def expire_session(call: Call) -> Record:
    session = get_session(call, call.id, f"Checkout session {call.id} not found.")
    if session["status"] != "OPEN":
        raise bad_request(f"Checkout session {call.id} is not open. Current status is {session['status']}")
    session.update(status="EXPIRED", expiresAt=call.now)
    call.touch(session)
    return session


HANDLERS: dict[str, Any] = {
    "listPaymentIntents": lambda call: page(call, "payment_intent"),
    "createPaymentIntent": create_intent,
    "getPaymentIntent": lambda call: present(call, "payment_intent", get_intent(call, call.id)),
    "cancelPaymentIntent": cancel_intent,
    "listCheckoutSessions": lambda call: page(call, "checkout_session"),
    "createCheckoutSession": create_session,
    "getCheckoutSession": lambda call: present(call, "checkout_session", get_session(call, call.id)),
    "expireCheckoutSession": expire_session,
}
