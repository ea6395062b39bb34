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
from ..core.store import scope_of
from . import customers, fraud, groups
from .call import Call, check_email, stored
from .expand import present
from .listing import page
from .registry import rule

Order = records.Order


@rule(facts.CREATE_ORDER)
def create(call: Call[records.CreateOrderParams]) -> Order:
    """In the server's order: what it refuses after a customer is found or created keeps that customer."""
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
    by_id_too = not email and customer_id is not None and not call.quirk("blocked-customer-by-id-passes")
    customers.refuse_blocked(call, email, customer_id, by_id_too=by_id_too)
    customer = _customer(call, body)
    code = body.get("paymentGroupShareId")
    group = _group_of_code(call, code, email) if code else None
    joins = group is not None and _joins(call, group)
    call.storable(facts.ORDER, body)  # the body goes to storage as sent: a null locale is refused there
    values = records.OrderValues(
        id=new_id(facts.ORDER),
        amountCashback=None,
        applicationFeeAmount=0,
        customerEmail=email,
        paymentGroupShareId=code,  # the code sent (null without one), whatever group the order ends in
        customerId=customer["id"],
        currency="EUR",
        locale=stored(facts.CREATE_ORDER_PARAMS, "locale", body.get("locale") or "fr_FR"),
        status="CREATED",
        riskLevel="LOW",
        token=None,
    )
    order = call.create(facts.ORDER, values, body)
    if group is not None and joins:
        groups.join(call, group, order)
        call.after_answer(lambda: order.update(records.OrderValues(applicationFeeAmount=groups.fee(order["amount"]))))
    else:  # the new group's creator is looked up in the caller's scope (the order stays if it is not there)
        if scope_of(customer) != call.scope or customer["deletedAt"] is not None:
            raise not_found(f"Customer {customer['id']} not found.")
        order["paymentGroupId"] = groups.new(call, customer, by=customer["id"])["id"]
    call.emit("order.created", order)
    call.after_answer(lambda: fraud.assess(call, order))
    return order


def _customer(call: Call[records.CreateOrderParams], body: records.CreateOrderParams) -> records.Customer:
    """The order's customer: by id (in any organization, deleted ones too), or by e-mail and both
    names (matched or created); restored if deleted, given the order's phone number if it differs."""
    customer_id, email = body.get("customerId"), body.get("customerEmail")
    first, last, phone = body.get("customerFirstName"), body.get("customerLastName"), body.get("customerPhoneNumber")
    if customer_id:
        customer = call.store.by_id(facts.CUSTOMER, customer_id)  # the server does not scope this
        if customer is None:
            raise not_found(f"Customer with id {customer_id} not found.")
    elif email and first and last:
        fields = records.CustomerValues(firstName=first, lastName=last, phoneNumber=phone)
        if "locale" in body:  # the customer is created with the locale as sent (en_GB kept, null refused)
            fields["locale"] = body["locale"]
        customer = customers.by_email(call, email) or customers.new(call, email, fields)
    else:
        raise customers.missing_names(call)
    return customers.restored(call, customer, phone)


def _group_of_code(call: Call[Any], code: str, email: str | None) -> records.PaymentGroup:
    if code.startswith("KHTAMB") and not call.quirk("ambassador-code-on-orders-not-found"):
        raise not_found(f"Ambassador with referral code {code} not found.")
    return groups.check_code(call, code, email)


def _joins(call: Call[Any], group: records.PaymentGroup) -> bool:
    """Whether a new order joins the group. The server's `join` looks the order up in the group's
    organization and mode, and wants the group's orders, the new one included, below the maximum;
    when they are not, it founds a new group instead of answering the error. Without the quirk
    `check_code` has already refused a full group."""
    if scope_of(group) != call.scope:  # a code of another organization or mode
        return False
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
