"""Customers: unique e-mail per organization and mode, soft delete, block and unblock.

As the reference server does it (customers/customers.service.ts): reads leave soft-deleted
customers out, writes do not; the storage layer's errors (409 on the e-mail, 404 `Object not
found` for an unknown id) carry no code.
"""

from __future__ import annotations

from typing import Any, cast

from kohortpay_client import facts, records

from ..core.errors import NO_CODE, ApiError, bad_request, crash, not_found
from ..core.state import new_id
from .call import Call, check_email
from .expand import present
from .listing import page
from .registry import rule

OBJECT_NOT_FOUND = "Object not found"
Customer = records.Customer


def get(call: Call[Any], customer_id: str, message: str | None = None) -> Customer:
    """A customer of the key's organization and mode that is not deleted; else 404 (`message`: the
    wording of the server's service at hand)."""
    customer = call.store.get(facts.CUSTOMER, call.scope, customer_id)
    if customer is None or customer["deletedAt"] is not None:
        raise not_found(message or f"Customer with id {customer_id} not found")
    return customer


def _stored(call: Call[Any], customer_id: str, *, deleted: bool = False) -> Customer:
    """For the server's writes by id: a customer of the scope, else the storage 404. Only a working
    delete (without `customer-delete-refused`) makes deleted ones, and those are gone for writes too."""
    customer = call.store.get(facts.CUSTOMER, call.scope, customer_id)
    if customer is None or (customer["deletedAt"] is not None and not deleted):
        raise ApiError(404, OBJECT_NOT_FOUND, NO_CODE)
    return customer


def by_email(call: Call[Any], email: str) -> Customer | None:
    """Deleted customers included: they keep their e-mail address."""
    return call.store.find(facts.CUSTOMER, call.scope, "emailAddress", email)


def _check_email_free(call: Call[Any], email: str, current: Customer | None = None) -> None:
    check_email(email)
    clash = by_email(call, email)
    if clash is not None and clash is not current:
        message = 'Unique constraint failed:{"target":["organization_id","email_address","livemode"]}'
        raise ApiError(409, message, NO_CODE)


def new(call: Call[Any], email: str, sent: records.CustomerValues) -> Customer:
    """Create and store a customer from a request's fields (also used by checkout sessions and orders)."""
    made = records.CustomerValues(
        id=new_id(facts.CUSTOMER), emailAddress=email, locale=sent.get("locale", "fr_FR"), isBlocked=False
    )
    call.storable(facts.CUSTOMER, {**sent, **made})  # refused before the e-mail's uniqueness is checked
    _check_email_free(call, email)
    return call.create(facts.CUSTOMER, made, sent)


@rule(facts.CREATE_CUSTOMER)
def create(call: Call[records.CreateCustomerParams]) -> Customer:
    reference = call.body.get("clientReferenceId")
    if reference is not None:
        same = call.store.with_value(facts.CUSTOMER, call.scope, "clientReferenceId", reference)
        if any(c["deletedAt"] is None for c in same):
            raise bad_request(f"Customer with client reference id {reference} already exists.")
    return new(call, call.body["emailAddress"], cast(records.CustomerValues, call.body))


@rule(facts.GET_CUSTOMER)
def retrieve(call: Call[records.Empty]) -> Customer:
    return present(call, facts.CUSTOMER, get(call, call.id))


@rule(facts.LIST_CUSTOMERS)
def listing(call: Call[records.Empty]) -> records.CustomerList:
    return page(call, facts.CUSTOMER, without="deletedAt")


@rule(facts.UPDATE_CUSTOMER)
def update(call: Call[records.UpdateCustomerParams]) -> Customer:
    call.storable(facts.CUSTOMER, call.body)  # the storage refuses a null before it looks the customer up
    customer = _stored(call, call.id)
    if "emailAddress" in call.body:
        _check_email_free(call, call.body["emailAddress"], customer)
    customer.update(cast(records.CustomerValues, call.body))  # every field of the body is the customer's
    call.touch(customer)
    return customer


@rule(facts.DELETE_CUSTOMER)
def delete(call: Call[records.Empty]) -> Customer:
    found = call.store.by_id(facts.CUSTOMER, call.id)  # the server looks in every organization
    if found is not None and call.quirk("customer-delete-refused"):
        raise bad_request(f"Customer with id {call.id} is already deleted.")
    customer = _stored(call, call.id, deleted=True)
    if customer["deletedAt"] is not None:
        raise bad_request(f"Customer with id {call.id} is already deleted.")
    customer["deletedAt"] = call.now
    call.touch(customer)
    return customer


@rule(facts.BLOCK_CUSTOMER)
def block(call: Call[records.Empty]) -> Customer:
    customer = _stored(call, call.id)
    customer.update(records.CustomerValues(isBlocked=True, blockedAt=call.now, blockedBy="system"))
    call.touch(customer)
    return customer


@rule(facts.UNBLOCK_CUSTOMER)
def unblock(call: Call[records.Empty]) -> Customer:
    customer = _stored(call, call.id)
    customer.update(records.CustomerValues(isBlocked=False, blockedAt=None, blockedBy=None))
    call.touch(customer)
    return customer


def refuse_blocked(call: Call[Any], email: str | None, customer_id: str | None, *, by_id_too: bool = False) -> None:
    """The server's check before a purchase: an e-mail or a customer id is needed, and the customer
    of the e-mail (else of the id) must not be blocked. Without an e-mail it checks nothing, unless
    `by_id_too`."""
    if not email and not customer_id:
        raise bad_request("Either customer email or customer id must be provided.")
    customer = by_email(call, email) if email else None
    if customer is None and customer_id and (email or by_id_too):
        customer = call.store.get(facts.CUSTOMER, call.scope, customer_id)
        customer = customer if customer is not None and customer["deletedAt"] is None else None
    if customer is not None and customer["isBlocked"]:
        raise bad_request(f"Customer {customer['id']} is blocked.", "CUSTOMER_BLOCKED")


def missing_names(call: Call[Any]) -> ApiError:
    """What the server does with a purchase named by e-mail without both names: it crashes where it
    would create the customer (`crash-on-missing-names`); without the quirk, the spec's 400."""
    if call.quirk("crash-on-missing-names"):
        return crash("crash-on-missing-names")
    return bad_request("customerFirstName and customerLastName are required with customerEmail.")


def shopper(call: Call[Any], email: str, fields: records.CustomerValues) -> Customer:
    """The buyer named by e-mail and both names (`fields`): matched (restored if deleted, given a new
    phone number) or created."""
    customer = by_email(call, email)
    if customer is None:
        return new(call, email, fields)
    return restored(call, customer, fields.get("phoneNumber"))


def restored(call: Call[Any], customer: Customer, phone: str | None) -> Customer:
    """A purchase's customer: no longer deleted, with the purchase's phone number if it has one."""
    if customer["deletedAt"] is not None:
        customer["deletedAt"] = None
        call.touch(customer)
    if phone and phone != customer["phoneNumber"]:
        customer["phoneNumber"] = phone
        call.touch(customer)
    return customer
