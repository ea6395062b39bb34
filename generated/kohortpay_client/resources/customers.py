# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""`client.customers`: The merchant's customers, unique by e-mail address per organization and mode."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from kohortpay import _params as params
from kohortpay._exactly_once import by_unique_key
from kohortpay._resource import (
    Call,
    ListCall,
    R,
    RequestOptions,
    Resource,
    list_operation,
    operation,
)

from .. import facts, parsers
from ..api.customers import (
    block_customer,
    create_customer,
    delete_customer,
    get_customer,
    list_customers,
    unblock_customer,
    update_customer,
)
from ..models import (
    CreateCustomerParams,
    Customer,
    Locale,
    Metadata,
    UpdateCustomerParams,
)
from ..types import UNSET, Unset


class Customers(Resource[R]):
    """The merchant's customers, unique by e-mail address per organization and mode."""

    @operation
    def create(
        self,
        *,
        email_address: str,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, Any] | None | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Create a customer.

        Creates a customer. The e-mail address is unique per organization and mode, soft-deleted
        customers included (409, with the storage layer's `Unique constraint failed:` message), and
        disposable e-mail domains are refused (400); `clientReferenceId` is unique among the
        customers that are not deleted (400 `Customer with client reference id {id} already
        exists.`). A public key may create customers. The 2023 docs list `200`; the server answers
        `201`. The documented `address` and `shippingAddress` were removed in November 2024: the
        server drops them, like any key it does not know.

        Retry-safe: the server keeps ``email_address`` or ``client_reference_id`` unique, so a retry
        after a lost answer finds the customer the first attempt made instead of creating another.

        Args:
            email_address: Unique per organization and mode.
            phone_number: With the country code.
            client_reference_id: The merchant's own id for the customer; unique per organization and
                mode.
        """
        body = CreateCustomerParams(
            email_address=email_address,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            metadata=params.model(Metadata, metadata, "metadata"),
            locale=params.enum(Locale, locale),
            client_reference_id=client_reference_id,
        )
        request = create_customer.build_request(body=body)
        return Call(
            request,
            parsers.customer,
            options,
            reconcile=by_unique_key(
                request, facts.CREATE_CUSTOMER, find=list_customers.build_request
            ),
            unsafe_hint="pass client_reference_id to make customers.create retry-safe",
        )

    @operation
    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Retrieve a customer.

        Returns one customer. An unknown or soft-deleted id answers 404 `Customer with id {id} not
        found` (the 2023 docs said 400).

        Args:
            id: The customer's `cus_` id.
            expand: Customers: `organization`, `checkoutSessions`. (The server also lists `address`,
                which is not a relation of a customer: it answers 500.) The rules of `expand[]` on
                groups apply.
        """
        id = params.path(id, "id")
        request = get_customer.build_request(
            id, expand=params.expand(expand, facts.CUSTOMER)
        )
        return Call(request, parsers.customer, options)

    @operation
    def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Delete a customer.

        Meant to soft-delete a customer (set `deleted_at` and return it). The reference server
        (January 2025) looks the customer up including deleted ones and refuses whatever it finds,
        so **every existing customer answers 400** `Customer with id {id} is already deleted.` (of
        any organization); an unknown id answers 404 `Object not found`. The `200` below is the
        documented answer, never observed. The 2024 docs list `201`.

        Args:
            id: The customer's `cus_` id.
        """
        id = params.path(id, "id")
        request = delete_customer.build_request(id)
        return Call(request, parsers.customer, options)

    @operation
    def update(
        self,
        id: str,
        *,
        email_address: str | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, Any] | None | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | None | Unset = UNSET,
        deleted_at: None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Update a customer.

        Updates any field accepted at creation, plus `deletedAt`. Both docs list only `deletedAt`;
        the server accepts every creation field with the same validation, and the e-mail stays
        unique (409), but `clientReferenceId` is not checked for uniqueness here. `deletedAt` takes
        only `null` (it restores a soft-deleted customer): the server refuses every date string (400
        `deletedAt must be a Date instance`). A soft-deleted customer can still be updated. An
        unknown id answers 404 `Object not found`; the server requires no body. The 2024 docs list
        `201`; the server answers `200`.

        Args:
            id: The customer's `cus_` id.
            email_address: Unique per organization and mode.
            client_reference_id: Not checked for uniqueness here; null clears it.
            deleted_at: `null` restores a soft-deleted customer; the server refuses any date (400).
        """
        id = params.path(id, "id")
        body = UpdateCustomerParams(
            email_address=email_address,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            metadata=params.model(Metadata, metadata, "metadata"),
            locale=params.enum(Locale, locale),
            client_reference_id=client_reference_id,
            deleted_at=deleted_at,
        )
        request = update_customer.build_request(id, body=body)
        return Call(request, parsers.customer, options)

    @operation
    def block(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Block a customer.

        Sets `is_blocked`, `blocked_at` and `blocked_by` (`system` for API keys). A blocked customer
        cannot buy through a checkout session or an order that names them by e-mail (400
        `CUSTOMER_BLOCKED`, `Customer {cus_id} is blocked.`); an order that names them only by
        `customerId` is accepted, and a checkout session is refused only after it and its payment
        intent were stored. An unknown id answers 404 `Object not found`. The 2024 docs list `201`;
        the server answers `200`.

        Args:
            id: The customer's `cus_` id.
        """
        id = params.path(id, "id")
        request = block_customer.build_request(id)
        return Call(request, parsers.customer, options)

    @operation
    def unblock(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[Customer]:
        """Unblock a customer.

        Clears `is_blocked`, `blocked_at` and `blocked_by`. An unknown id answers 404 `Object not
        found`. The 2024 docs list `201`; the server answers `200`.

        Args:
            id: The customer's `cus_` id.
        """
        id = params.path(id, "id")
        request = unblock_customer.build_request(id)
        return Call(request, parsers.customer, options)

    @list_operation
    def list(
        self,
        *,
        take: int = 25,
        skip: int = 0,
        order_by: str | Unset = UNSET,
        search: str | Unset = UNSET,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListCall[Customer]:
        """List customers.

        Returns one page of the organization's customers in the key's mode. Soft-deleted customers
        are left out.

        Args:
            take: Page size. The docs' introduction says at most 100; the server refuses more than
                25 (400).
            skip: Number of objects to skip. The server reads it with JavaScript's `Number()`: a
                negative value, or one that rounds to 2^63 or more (from 9223372036854775296 on),
                makes it answer 500.
            order_by: `<field>:asc` or `<field>:desc`, where the field (camelCase or snake_case) is
                a scalar field of the resource. Anything else silently falls back to
                `createdAt:desc`.
            search: Comma-separated conditions, all of which must hold. A condition is
                `<field><op><value>`, where the field (camelCase or snake_case) is a scalar field of
                the resource and `op` is `:` (equals), `~` (contains, case-sensitive), `>`, `<`,
                `>=`, `<=` or `!` (not equal); the operator is the first of `>=`, `<=`, `>`, `<`,
                `=`, `:`, `~`, `!` that the condition contains, so a value cannot hold an operator
                character (a `:` in a time cuts it). Several conditions may be joined with ` OR `
                (or ` AND `) inside one comma-separated part. A condition on an unknown field is
                ignored. Values are taken as numbers, dates or booleans when they look like one,
                except on id, name, e-mail, phone and reference fields. The server answers 500 to a
                value outside a field's enum (e.g. `status:OPEN` on orders), to `~` on a field that
                is not text, to the `=` operator, and to a `%` not followed by two hex digits.
            expand: Customers: `organization`, `checkoutSessions`. (The server also lists `address`,
                which is not a relation of a customer: it answers 500.) The rules of `expand[]` on
                groups apply.
        """
        page = functools.partial(
            list_customers.build_request,
            take=take,
            order_by=params.order_by(order_by, facts.CUSTOMER),
            search=params.search(search, facts.CUSTOMER),
            expand=params.expand(expand, facts.CUSTOMER),
        )
        return ListCall(page, parsers.customer_list, skip, options)
