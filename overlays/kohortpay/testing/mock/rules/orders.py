"""Orders (generation B), as the reference server registers them (orders/orders.service.ts).

Secret keys only: the HTTP shell checks that before validation (the operations' `secret-key-only`).
An order is linked to its group before the answer; the platform fee of a joining order is saved
just after it.
"""

from __future__ import annotations

from typing import Any

from kohortpay_client import facts, records

from ..core.errors import bad_request, not_found
from ..core.state import new_id
from . import customers, groups
from .call import Call, check_email, store_locale
from .expand import present
from .listing import page
from .registry import rule

Order = records.Order


@rule(facts.CREATE_ORDER)
def create(call: Call[records.CreateOrderParams]) -> Order:
    body = call.body
    reference = body.get("clientReferenceId")
    if reference and call.store.find(facts.ORDER, call.scope, "clientReferenceId", reference):
        raise bad_request(f"Order with client reference id {reference} already exists.")
    minimum = call.settings()["minPurchaseValue"]
    if body["amount"] < minimum:
        raise bad_request(f"The minimum purchase value is {minimum}")
    email, customer_id = body.get("customerEmail"), body.get("customerId")
    if email:
        check_email(email)
    _refuse_blocked(call, email, customer_id)
    known = _customer_by_id(call, customer_id) if customer_id else None
    code = body.get("paymentGroupShareId")
    group = _group_of_code(call, code, email) if code else None
    joins = group is not None and _joins(call, group)
    customer = known or customers.shopper(
        call, email or "", body["customerFirstName"], body["customerLastName"], body.get("customerPhoneNumber"),
        body.get("locale"),
    )  # fmt: skip
    customer["deletedAt"] = None  # a deleted customer is restored
    values = records.OrderValues(
        id=new_id(facts.ORDER),
        amountCashback=None,
        applicationFeeAmount=0,
        customerEmail=email,
        paymentGroupShareId=code,  # the code sent (null without one), whatever group the order ends in
        customerId=customer["id"],
        currency="EUR",
        locale=store_locale(body.get("locale")) or "fr_FR",
        status="CREATED",
        riskLevel="LOW",
        token=None,
    )
    order = call.create(facts.ORDER, values, body)
    if group is not None and joins:
        groups.join(call, group, order)
        call.after_answer(lambda: order.update(records.OrderValues(applicationFeeAmount=groups.fee(order["amount"]))))
    else:
        order["paymentGroupId"] = groups.new(call, customer, by=customer["id"])["id"]
    call.emit("order.created", order)
    return order


def _refuse_blocked(call: Call[Any], email: str | None, customer_id: str | None) -> None:
    """The server looks the customer up by e-mail (or, without an e-mail, checks nothing)."""
    if email:
        customers.refuse_if_blocked(call, customers.by_email(call, email))
    elif not call.quirk("blocked-customer-by-id-passes"):
        customers.refuse_if_blocked(call, call.store.get(facts.CUSTOMER, call.scope, customer_id or ""))


def _customer_by_id(call: Call[Any], customer_id: str) -> records.Customer:
    found = call.store.by_id(facts.CUSTOMER, customer_id)  # the server does not scope this
    if found is None:
        raise not_found(f"Customer with id {customer_id} not found.")
    return found


def _group_of_code(call: Call[Any], code: str, email: str | None) -> records.PaymentGroup:
    if code.startswith("KHTAMB") and not call.quirk("ambassador-code-on-orders-not-found"):
        raise not_found(f"Ambassador with referral code {code} not found.")
    return groups.check_code(call, code, email)


def _joins(call: Call[Any], group: records.PaymentGroup) -> bool:
    """Whether a new order joins the group. The server's `join` wants the group's orders, the new one
    included, below the maximum; when they are not, it founds a new group instead of answering the
    error. Without the quirk `check_code` has already refused a full group."""
    settings = groups.settings_of(call.state, group) or call.settings()
    orders, _ = groups.participants(call.state, group)
    fits: bool = len(orders) + 1 < settings["maxParticipants"]
    return fits or not call.quirk("full-group-founds-new-group")


@rule(facts.GET_ORDER)
def retrieve(call: Call[records.Empty]) -> Order:
    order = call.store.get(facts.ORDER, call.scope, call.id)
    if order is None:
        raise not_found(f"Order with id {call.id} not found.")
    return present(call, facts.ORDER, order)


@rule(facts.LIST_ORDERS)
def listing(call: Call[records.Empty]) -> records.OrderList:
    return page(call, facts.ORDER)
