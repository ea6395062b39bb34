"""``client.customers``: the merchant's customers, unique by e-mail address per organization and mode."""

from __future__ import annotations

from typing import Unpack

from kohortpay_client.api.customers import (
    block_customer,
    create_customer,
    delete_customer,
    get_customer,
    list_customers,
    unblock_customer,
    update_customer,
)
from kohortpay_client.models import CreateCustomerParams, Customer, CustomerList, Locale, UpdateCustomerParams
from kohortpay_client.types import UNSET, Unset

from .._exactly_once import by_unique_key
from .._exceptions import ConflictError, DuplicateReferenceError
from .._resource import Call, R, RequestOptions, Resource, call, list_operation, operation
from . import _params
from ._params import MetadataParam


class Customers(Resource[R]):
    list = list_operation(list_customers._get_kwargs, CustomerList.from_dict)

    @operation
    def create(
        self,
        *,
        email_address: str,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Create a customer. A second customer with the same e-mail raises ``ConflictError``;
        a ``client_reference_id`` already used raises ``DuplicateReferenceError``. Retry-safe: the
        e-mail address is unique, so a retry of a create that went through finds the customer."""
        body = _params.body(CreateCustomerParams, locals())
        request = create_customer._get_kwargs(body=body)
        reconcile = by_unique_key(
            request,
            keys=("emailAddress", "clientReferenceId"),
            refused=(ConflictError, DuplicateReferenceError),
            find=list_customers._get_kwargs,
            what="customer",
        )
        hint = "its e-mail address cannot be searched for: pass a client_reference_id to make it retry-safe"
        return call(request, Customer.from_dict, options, reconcile=reconcile, unsafe_hint=hint)

    @operation
    def retrieve(self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]) -> Call[Customer]:
        """Retrieve a customer by its ``cus_`` id (``NotFoundError`` if there is none)."""
        return call(
            get_customer._get_kwargs(_params.require_id(id), expand=_params.expand(expand, Customer)),
            Customer.from_dict,
            options,
        )

    @operation
    def update(
        self,
        id: str,
        *,
        email_address: str | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | None | Unset = UNSET,
        deleted_at: None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Update the given fields of a customer (the others are left as they are).
        ``deleted_at=None`` restores a soft-deleted customer (the server takes no date here)."""
        body = _params.body(UpdateCustomerParams, locals())
        return call(update_customer._get_kwargs(_params.require_id(id), body=body), Customer.from_dict, options)

    @operation
    def delete(self, id: str, **options: Unpack[RequestOptions]) -> Call[Customer]:
        """Soft-delete a customer; returns it with ``deleted_at`` set. The reference server (January
        2025) answers ``BadRequestError`` "… is already deleted." for every existing customer."""
        return call(delete_customer._get_kwargs(_params.require_id(id)), Customer.from_dict, options)

    @operation
    def block(self, id: str, **options: Unpack[RequestOptions]) -> Call[Customer]:
        """Block a customer: checkout sessions and orders that name it by e-mail are refused
        (``CustomerBlockedError``)."""
        return call(block_customer._get_kwargs(_params.require_id(id)), Customer.from_dict, options)

    @operation
    def unblock(self, id: str, **options: Unpack[RequestOptions]) -> Call[Customer]:
        """Unblock a customer."""
        return call(unblock_customer._get_kwargs(_params.require_id(id)), Customer.from_dict, options)
