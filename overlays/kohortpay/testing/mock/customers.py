"""Customers: unique e-mail per organization and mode, soft delete, block and unblock (§8.11)."""

from __future__ import annotations

from typing import Any

from .context import Call, check_email, store_locale
from .errors import ApiError, bad_request, not_found
from .expand import present
from .listing import page
from .state import Record, new_id

FIELDS = ("emailAddress", "firstName", "lastName", "phoneNumber", "metadata", "locale", "clientReferenceId")


def get(call: Call, customer_id: str) -> Record:
    customer = call.store.get("customer", call.scope, customer_id)
    if customer is None:
        raise not_found(f"Customer with id {customer_id} not found")
    return customer


def _check_unique(call: Call, values: dict[str, Any], current: Record | None = None) -> None:
    email = values.get("emailAddress")
    if email is not None:
        check_email(email, "emailAddress")
        clash = call.store.find("customer", call.scope, emailAddress=email)
        if clash is not None and clash is not current:
            raise ApiError(409, "Unique constraint failed on the fields: (`organizationId`,`livemode`,`emailAddress`)")
    reference = values.get("clientReferenceId")
    if reference is not None:
        clash = call.store.find("customer", call.scope, clientReferenceId=reference)
        if clash is not None and clash is not current:
            raise bad_request(f"Customer with client reference id {reference} already exists.")


def new(call: Call, values: dict[str, Any]) -> Record:
    """Create and store a customer (also used by checkout sessions and orders)."""
    _check_unique(call, values)
    customer = {
        "id": new_id("cus"),
        "emailAddress": values["emailAddress"],
        "firstName": values.get("firstName"),
        "lastName": values.get("lastName"),
        "phoneNumber": values.get("phoneNumber"),
        "isBlocked": False,
        "metadata": values.get("metadata"),
        "locale": store_locale(values.get("locale")),
        "clientReferenceId": values.get("clientReferenceId"),
        **call.stamp(),
        "blockedAt": None,
        "blockedBy": None,
        "deletedAt": None,
    }
    return call.store.add("customer", customer)


def create(call: Call) -> Record:
    return new(call, call.body)


def retrieve(call: Call) -> Record:
    return present(call, "customer", get(call, call.id))


def listing(call: Call) -> dict[str, Any]:
    alive = (c for c in call.store.all("customer", call.scope) if c["deletedAt"] is None)
    return page(alive, call.query, lambda c: present(call, "customer", c))


def update(call: Call) -> Record:
    customer = call.store.get("customer", call.scope, call.id)
    if customer is None:
        raise not_found("Object not found")
    _check_unique(call, call.body, customer)
    for field in (*FIELDS, "deletedAt"):
        if field in call.body:
            customer[field] = call.body[field]
    if "locale" in call.body:
        customer["locale"] = store_locale(call.body["locale"])
    call.touch(customer)
    return customer


def delete(call: Call) -> Record:
    customer = get(call, call.id)
    if customer["deletedAt"] is not None:
        raise bad_request(f"Customer with id {call.id} is already deleted.")
    customer["deletedAt"] = call.now
    call.touch(customer)
    return customer


def block(call: Call) -> Record:
    customer = get(call, call.id)
    customer.update(isBlocked=True, blockedAt=call.now, blockedBy=None)  # API keys have no user id
    call.touch(customer)
    return customer


def unblock(call: Call) -> Record:
    customer = get(call, call.id)
    customer.update(isBlocked=False, blockedAt=None, blockedBy=None)
    call.touch(customer)
    return customer


def for_purchase(
    call: Call, email: str | None, first: str | None, last: str | None, phone: str | None
) -> Record | None:
    """The buyer of a checkout session or order: matched by e-mail, else created.

    The production server answers 500 when a new customer has no names; the mock creates it
    without them instead (the reference allows either fix).
    """
    if email is None:
        return None
    customer = call.store.find("customer", call.scope, emailAddress=email)
    if customer is None:
        customer = new(call, {"emailAddress": email, "firstName": first, "lastName": last, "phoneNumber": phone})
    if customer["isBlocked"]:
        raise bad_request(f"Customer {email} is blocked.", "CUSTOMER_BLOCKED")
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
