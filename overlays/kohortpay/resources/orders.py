"""``client.orders``: paid orders registered by the merchant (generation B; secret keys only)."""

from __future__ import annotations

from typing import Unpack

from kohortpay_client.api.orders import create_order, get_order, list_orders
from kohortpay_client.models import CreateOrderParams, Locale, Order, OrderList, PaymentGroup
from kohortpay_client.types import UNSET, Unset

from .._exactly_once import by_unique_key
from .._exceptions import DuplicateReferenceError
from .._resource import Call, R, RequestOptions, Resource, Wait, call, list_operation, operation
from . import _params
from ._params import MetadataParam
from .groups import DEFAULT_MAX_WAIT, wait_until_shareable


class Orders(Resource[R]):
    list = list_operation(list_orders._get_kwargs, OrderList.from_dict)

    @operation
    def create(
        self,
        *,
        amount: int,
        customer_email: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        customer_first_name: str | Unset = UNSET,
        customer_last_name: str | Unset = UNSET,
        customer_phone_number: str | None | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        payment_group_share_id: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Order]:
        """Register a paid order of ``amount`` cents, paid by ``customer_id`` or by the shopper
        named by ``customer_email``, ``customer_first_name`` and ``customer_last_name`` (all three:
        the server fails otherwise, so a ``ValueError`` is raised before sending). With
        ``payment_group_share_id`` it joins that group (a ``GroupValidationError`` subclass if the
        code cannot be used; a full group silently becomes a new one); without, it founds a new
        group. ``wait_for_group`` returns that group once it can be shared. Retry-safe only with a
        ``client_reference_id``: without one, a lost answer raises ``APIOutcomeUnknownError``."""
        _params.require_customer(locals())
        body = _params.body(CreateOrderParams, locals())
        request = create_order._get_kwargs(body=body)
        reconcile = by_unique_key(
            request,
            keys=("clientReferenceId",),
            refused=(DuplicateReferenceError,),
            find=list_orders._get_kwargs,
            what="order",
        )
        hint = "pass client_reference_id (your order number) to make orders.create retry-safe"
        return call(request, Order.from_dict, options, reconcile=reconcile, unsafe_hint=hint)

    @operation
    def retrieve(self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]) -> Call[Order]:
        """Retrieve an order by its ``ord_`` id (``expand=["paymentGroup"]`` inlines its group)."""
        return call(
            get_order._get_kwargs(_params.require_id(id), expand=_params.expand(expand, Order)),
            Order.from_dict,
            options,
        )

    @operation
    def wait_for_group(
        self, id: str, *, max_wait: float = DEFAULT_MAX_WAIT, **options: Unpack[RequestOptions]
    ) -> Wait[PaymentGroup]:
        """The group an order founded or joined, once it can be shared: the order is linked to it at
        once, but the server copies a new group's settings asynchronously (until then, validating
        its code answers 404). Polls for at most ``max_wait`` seconds, then raises ``WaitTimeoutError``."""
        what = f"the group of order {id}"

        def linked(order: Order) -> Wait[PaymentGroup] | None:
            group_id = order.payment_group_id
            return wait_until_shareable(group_id, what, max_wait, options) if isinstance(group_id, str) else None

        order = call(get_order._get_kwargs(_params.require_id(id)), Order.from_dict, options)
        return Wait(order, linked, what, max_wait)
