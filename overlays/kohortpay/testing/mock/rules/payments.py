"""Checkout sessions and payment intents (generation A), as the reference server registers them
(checkout-sessions.service.ts, payment-intents.service.ts and its listener).

A checkout session is stored completed with its succeeded payment intent; just after the answer,
the intent joins the group of the session's code or founds one, and the session gets its customer.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from kohortpay_client import facts, records

from ..core.errors import NO_CODE, ApiError, bad_request, crash, not_found
from ..core.records import build
from ..core.state import new_id
from . import customers, groups
from .call import Call, check_email
from .expand import present
from .listing import page
from .registry import rule

Session = records.CheckoutSession
Intent = records.PaymentIntent

CHECKOUT_BASE = "https://checkout.kohortpay.com"
UNKNOWN_CUSTOMER = "Customer with id {} not found."  # these services' wording
CANCELABLE: set[records.PaymentIntentStatus] = {
    "REQUIRES_PAYMENT_METHOD", "REQUIRES_CONFIRMATION", "REQUIRES_ACTION", "REQUIRES_CAPTURE", "PROCESSING"
}  # fmt: skip


# ----------------------------------------------------------- payment intents
def _intent(
    call: Call[Any], session: Session, customer: records.Customer, amount: int, extra: records.PaymentIntentValues
) -> Intent:
    values = records.PaymentIntentValues(
        id=new_id(facts.PAYMENT_INTENT),
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
    )
    intent = call.create(facts.PAYMENT_INTENT, {**values, **extra})
    call.emit("payment_intent.succeeded", intent)  # before any group: `paymentGroupId` is null
    call.after_answer(lambda: _complete(call, session, intent))
    return intent


def _complete(call: Call[Any], session: Session, intent: Intent) -> None:
    """The listener: the intent joins the group of the session's code or founds one; the session is completed."""
    code = session["paymentGroupShareId"]
    group = call.store.find(facts.PAYMENT_GROUP, call.scope, "shareId", code) if code else None
    if code and group is None:  # a code of another mode or organization: the listener fails, nothing changes
        return
    customer_id = intent["customerId"]
    if group is not None:
        intent.update(records.PaymentIntentValues(paymentGroupId=group["id"], updatedBy=customer_id))
    completed = records.CheckoutSessionValues(completedAt=call.now, customerId=customer_id, status="COMPLETED")
    session.update(completed | records.CheckoutSessionValues(updatedAt=call.now, updatedBy=customer_id))
    customer = call.store.by_id(facts.CUSTOMER, customer_id)
    assert customer is not None
    if group is None:
        intent["paymentGroupId"] = groups.new(call, customer, by=customer["id"])["id"]
    else:
        groups.join(call, group, intent)


def get_intent(call: Call[Any], intent_id: str) -> Intent:
    intent = call.store.get(facts.PAYMENT_INTENT, call.scope, intent_id)
    if intent is None:  # the server answers 400 here, not 404
        raise bad_request(f"PaymentIntent with id {intent_id} not found")
    return intent


@rule(facts.CREATE_PAYMENT_INTENT)
def create_intent(call: Call[records.CreatePaymentIntentParams]) -> Intent:
    """Every session created through the API already holds its one payment intent: 409 then. The
    intent stores the id it was given: a session named by its share id is found, then not a key."""
    body = call.body
    sent = body["checkoutSessionId"]
    customer_id = body.get("customerId")
    if customer_id:
        customer = customers.get(call, customer_id, UNKNOWN_CUSTOMER.format(customer_id))
        session = call.store.by_id(facts.CHECKOUT_SESSION, sent)  # only its key is checked: in any scope
    else:
        session = call.store.get(facts.CHECKOUT_SESSION, call.scope, sent)
        session = session or call.store.find(facts.CHECKOUT_SESSION, call.scope, "shareId", sent)
        if session is None:
            raise not_found(f"CheckoutSession with id {sent} not found.")
        customer = _session_shopper(call, session)
    call.storable(facts.PAYMENT_INTENT, body)  # its values are checked before its keys
    if session is None or session["id"] != sent:
        if call.quirk("crash-on-unknown-reference"):
            raise crash("crash-on-unknown-reference", "Error Type: P2003")
        raise not_found(f"CheckoutSession with id {sent} not found.")
    if call.store.find(facts.PAYMENT_INTENT, None, "checkoutSessionId", session["id"]) is not None:
        raise ApiError(409, 'Unique constraint failed:{"target":["checkout_session_id"]}', NO_CODE)
    extra = records.PaymentIntentValues(
        metadata=body.get("metadata"), clientReferenceId=body.get("clientReferenceId")
    )  # the status sent is ignored
    return _intent(call, session, customer, body["amount"], extra)


def _session_shopper(call: Call[Any], session: Session) -> records.Customer:
    email, first, last = session["customerEmail"], session["customerFirstName"], session["customerLastName"]
    if not (email and first and last):
        if call.quirk("crash-on-payment-intent-without-shopper"):
            raise crash("crash-on-payment-intent-without-shopper")
        raise not_found(f"CheckoutSession with id {session['id']} has no customer.")
    fields = records.CustomerValues(
        firstName=first, lastName=last, phoneNumber=session["customerPhoneNumber"], locale=session["locale"]
    )
    return customers.shopper(call, email, fields)


@rule(facts.CANCEL_PAYMENT_INTENT)
def cancel_intent(call: Call[records.Empty]) -> Intent:
    if call.quirk("payment-intent-cancel-not-routed"):
        raise not_found(f"Cannot POST /payment-intents/{call.id}/cancel")
    intent = get_intent(call, call.id)
    if intent["status"] not in CANCELABLE:
        raise bad_request(
            f"PaymentIntent with id {call.id} cannot be canceled in status {intent['status']}.", "WRONG_STATUS"
        )
    intent.update(records.PaymentIntentValues(status="CANCELED", canceledAt=call.now))
    call.touch(intent)
    return intent


@rule(facts.GET_PAYMENT_INTENT)
def retrieve_intent(call: Call[records.Empty]) -> Intent:
    return present(call, facts.PAYMENT_INTENT, get_intent(call, call.id))


@rule(facts.LIST_PAYMENT_INTENTS)
def list_intents(call: Call[records.Empty]) -> records.PaymentIntentList:
    return page(call, facts.PAYMENT_INTENT)


# ---------------------------------------------------------- checkout sessions
def get_session(call: Call[Any], id_or_share_id: str, message: str | None = None) -> Session:
    session = call.store.get(facts.CHECKOUT_SESSION, call.scope, id_or_share_id)
    session = session or call.store.find(facts.CHECKOUT_SESSION, call.scope, "shareId", id_or_share_id)
    if session is None:
        raise not_found(message or f"Checkout session with id {id_or_share_id} not found.")
    return session


def _check_references(call: Call[records.CreateCheckoutSessionParams]) -> None:
    """Both references are unique: the session's among sessions, the payment's among payment intents."""
    reference, payment = call.body.get("clientReferenceId"), call.body.get("paymentClientReferenceId")
    if reference and call.store.find(facts.CHECKOUT_SESSION, call.scope, "clientReferenceId", reference):
        raise bad_request(f"Checkout session with client reference id {reference} already exists.")
    if payment and call.store.find(facts.PAYMENT_INTENT, call.scope, "clientReferenceId", payment):
        raise bad_request(f"Checkout session with client reference id {payment} already exists.")


def _buyer(call: Call[records.CreateCheckoutSessionParams], session: Session) -> records.Customer:
    """The payment intent's customer, once the session is stored: `customerId` (in the key's scope),
    or the session's shopper by e-mail and both names."""
    customer_id = call.body.get("customerId")
    if customer_id:
        return customers.get(call, customer_id, UNKNOWN_CUSTOMER.format(customer_id))
    if session["customerEmail"] and session["customerFirstName"] and session["customerLastName"]:
        return _session_shopper(call, session)
    raise customers.missing_names(call)


@rule(facts.CREATE_CHECKOUT_SESSION)
def create_session(call: Call[records.CreateCheckoutSessionParams]) -> Session:
    """In the server's order: the session is stored, then its payment intent (which founds or joins
    a group), and only then is a blocked shopper refused; what was stored stays."""
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
    groups.check_expiry(call, facts.CREATE_CHECKOUT_SESSION_PARAMS, "expiresAt", body.get("expiresAt"))
    customer_id = body.get("customerId")
    share_id = f"cs_{'live' if call.principal.livemode else 'test'}_{secrets.token_hex(29)}"
    values = records.CheckoutSessionValues(
        id=new_id(facts.CHECKOUT_SESSION),
        shareId=share_id,
        url=f"{CHECKOUT_BASE}/c/{share_id}",
        status="COMPLETED",  # referral era: the basket is already paid
        customerId=customer_id,  # the one sent; the buyer's is set after the answer
        currency="EUR",
        locale=body.get("locale", "fr_FR"),  # kept as sent: the server maps en_GB on a copy it drops
        paymentGroupShareId=code,
        expiresAt=body.get("expiresAt") or call.now + dt.timedelta(days=1),
    )
    call.storable(facts.CHECKOUT_SESSION, {**body, **values})  # its values are checked before its keys
    for item in body.get("lineItems") or []:
        call.storable(facts.LINE_ITEM, item)
    if "crash-on-unvalidated-line-items" in call.broken_later:  # its storage refuses them
        raise crash("crash-on-unvalidated-line-items")
    unknown_customer = customer_id and call.store.by_id(facts.CUSTOMER, customer_id) is None
    if (unknown_customer or code == "") and call.quirk("crash-on-unknown-reference"):  # the session's keys
        raise crash("crash-on-unknown-reference", "Error Type: P2003")
    session = call.create(facts.CHECKOUT_SESSION, values, body)
    for item in body.get("lineItems") or []:
        call.store.add(facts.LINE_ITEM, _line_item(call, session, item))
    customer = _buyer(call, session)
    extra = records.PaymentIntentValues(clientReferenceId=body.get("paymentClientReferenceId"))
    _intent(call, session, customer, body["amountTotal"], extra)
    customers.refuse_blocked(call, email, customer_id)
    return session


def _line_item(call: Call[Any], session: Session, item: records.LineItemParams) -> records.LineItem:
    values = records.LineItemValues(
        id=new_id(facts.LINE_ITEM),
        checkoutSessionId=session["id"],
        type=item.get("type", "PRODUCT"),
        amountTotal=item["price"] * item["quantity"],
        createdAt=call.now,
        updatedAt=call.now,
    )
    return build(facts.LINE_ITEM, values, item)


@rule(facts.EXPIRE_CHECKOUT_SESSION)
def expire_session(call: Call[records.Empty]) -> Session:
    session = get_session(call, call.id, f"Checkout session {call.id} not found.")
    if session["status"] != "OPEN":
        raise bad_request(f"Checkout session {call.id} is not open. Current status is {session['status']}")
    session.update(records.CheckoutSessionValues(status="EXPIRED", expiresAt=call.now))
    call.touch(session)
    return session


@rule(facts.GET_CHECKOUT_SESSION)
def retrieve_session(call: Call[records.Empty]) -> Session:
    return present(call, facts.CHECKOUT_SESSION, get_session(call, call.id))


@rule(facts.LIST_CHECKOUT_SESSIONS)
def list_sessions(call: Call[records.Empty]) -> records.CheckoutSessionList:
    return page(call, facts.CHECKOUT_SESSION)
