"""``client.orders``: paid orders registered by the merchant (generation B; secret keys only)."""

from __future__ import annotations

from typing import Unpack

from kohortpay_client.api.orders import create_order, get_order, list_orders
from kohortpay_client.models import CreateOrderParams, Locale, Order, OrderList
from kohortpay_client.types import UNSET, Unset

from .._resource import Call, R, RequestOptions, Resource, call, list_operation, operation
from . import _params
from ._params import MetadataParam


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
        """Register a paid order of ``amount`` cents. With ``payment_group_share_id`` it joins that
        group (a ``GroupValidationError`` subclass if it cannot); without, it founds a new group.
        The customer is found by ``customer_id`` or e-mail, else created (first and last name needed)."""
        body = _params.body(CreateOrderParams, locals())
        return call(create_order._get_kwargs(body=body), Order.from_dict, options)

    @operation
    def retrieve(self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]) -> Call[Order]:
        """Retrieve an order by its ``ord_`` id (``expand=["paymentGroup"]`` inlines its group)."""
        return call(
            get_order._get_kwargs(_params.require_id(id), expand=_params.expand(expand)), Order.from_dict, options
        )
