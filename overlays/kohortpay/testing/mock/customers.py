"""Customers: unique e-mail per organization and mode, soft delete, block and unblock.

As the reference server does it (customers/customers.service.ts): reads leave soft-deleted
customers out, writes do not; the storage layer's errors (409 on the e-mail, 404 `Object not
found` for an unknown id) carry no code.
"""

from __future__ import annotations

from typing import Any

from .context import Call, check_email
from .errors import NO_CODE, ApiError, bad_request, not_found
from .expand import present
from .listing import page
from .records import build
from .state import Record, new_id

FIELDS = ("emailAddress", "firstName", "lastName", "phoneNumber", "metadata", "locale", "clientReferenceId")
OBJECT_NOT_FOUND = "Object not found"


def get(call: Call, customer_id: str, message: str | None = None) -> Record:
    """A customer of the key's organization and mode that is not deleted; else 404 (`message`: the
    wording of the server's service at hand)."""
    customer = call.store.get("customer", call.scope, customer_id)
    if customer is None or customer["deletedAt"] is not None:
        raise not_found(message or f"Customer with id {customer_id} not found")
    return customer


def _stored(call: Call, customer_id: str, *, deleted: bool = False) -> Record:
    """For the server's writes by id: a customer of the scope, else the storage 404. Only a working
    delete (without `customer-delete-refused`) makes deleted ones, and those are gone for writes too."""
    customer = call.store.get("customer", call.scope, customer_id)
    if customer is None or (customer["deletedAt"] is not None and not deleted):
        raise ApiError(404, OBJECT_NOT_FOUND, NO_CODE)
    return customer


def by_email(call: Call, email: str) -> Record | None:
    """Deleted customers included: they keep their e-mail address."""
    return call.store.find("customer", call.scope, emailAddress=email)


def _check_email_free(call: Call, email: str, current: Record | None = None) -> None:
    check_email(email)
    clash = by_email(call, email)
    if clash is not None and clash is not current:
        message = 'Unique constraint failed:{"target":["organization_id","email_address","livemode"]}'
        raise ApiError(409, message, NO_CODE)


def new(call: Call, values: dict[str, Any]) -> Record:
    """Create and store a customer (also used by checkout sessions and orders)."""
    _check_email_free(call, values["emailAddress"])
    customer = build(
        "customer", values, id=new_id("cus"), locale=values.get("locale") or "fr_FR", isBlocked=False, **call.stamp()
    )
    return call.store.add("customer", customer)


def create(call: Call) -> Record:
    reference = call.body.get("clientReferenceId")
    if reference is not None:
        same = call.store.with_value("customer", call.scope, "clientReferenceId", reference)
        if any(c["deletedAt"] is None for c in same):
            raise bad_request(f"Customer with client reference id {reference} already exists.")
    return new(call, call.body)


def retrieve(call: Call) -> Record:
    return present(call, "customer", get(call, call.id))


def listing(call: Call) -> dict[str, Any]:
    return page(call, "customer", without="deletedAt")


def update(call: Call) -> Record:
    customer = _stored(call, call.id)
    if "emailAddress" in call.body:
        _check_email_free(call, call.body["emailAddress"], customer)
    for name in (*FIELDS, "deletedAt"):
        if name in call.body:
            customer[name] = call.body[name]
    call.touch(customer)
    return customer


def delete(call: Call) -> Record:
    found = call.store.objects.get("customer", {}).get(call.id)  # the server looks in every organization
    if found is not None and call.quirk("customer-delete-refused"):
        raise bad_request(f"Customer with id {call.id} is already deleted.")
    customer = _stored(call, call.id, deleted=True)
    if customer["deletedAt"] is not None:
        raise bad_request(f"Customer with id {call.id} is already deleted.")
    customer["deletedAt"] = call.now
    call.touch(customer)
    return customer


def block(call: Call) -> Record:
    customer = _stored(call, call.id)
    customer.update(isBlocked=True, blockedAt=call.now, blockedBy="system")
    call.touch(customer)
    return customer


def unblock(call: Call) -> Record:
    customer = _stored(call, call.id)
    customer.update(isBlocked=False, blockedAt=None, blockedBy=None)
    call.touch(customer)
    return customer


def refuse_if_blocked(call: Call, customer: Record | None) -> None:
    if customer is not None and customer["isBlocked"]:
        raise bad_request(f"Customer {customer['id']} is blocked.", "CUSTOMER_BLOCKED")


def shopper(call: Call, email: str, first: str, last: str, phone: str | None, locale: str | None) -> Record:
    """The buyer named by e-mail and both names: matched (a deleted one is restored, a new phone
    number replaces theirs) or created."""
    customer = by_email(call, email)
    if customer is None:
        values = {"emailAddress": email, "firstName": first, "lastName": last, "phoneNumber": phone, "locale": locale}
        return new(call, values)
    if customer["deletedAt"] is not None:
        customer["deletedAt"] = None
        call.touch(customer)
    if phone and phone != customer["phoneNumber"]:
        customer["phoneNumber"] = phone
        call.touch(customer)
    return customer


HANDLERS = {
    "listCustomers": listing,
    "createCustomer": create,
    "getCustomer": retrieve,
    "updateCustomer": update,
    "deleteCustomer": delete,
    "blockCustomer": block,
    "unblockCustomer": unblock,
}
