"""``client.groups`` and ``client.payment_groups``: referral groups.

The server serves every group operation under two prefixes, ``/groups`` (current) and
``/payment-groups`` (original); both resources have the same methods, over the generated
operations of their prefix. Where an ``id`` is taken, the group's ``pg_`` id or its share code
both work; ``validate`` takes the share code.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable
from typing import Any, ClassVar, NamedTuple, Unpack

from kohortpay_client.api.groups import get_group, list_groups
from kohortpay_client.api.payment_groups import list_payment_groups
from kohortpay_client.models import (
    CreatePaymentGroupParams,
    ParticipantList,
    PaymentGroup,
    PaymentGroupList,
    PaymentGroupStatus,
    UpdatePaymentGroupParams,
    ValidatePaymentGroupParams,
    ValidatePaymentGroupResult,
)
from kohortpay_client.types import UNSET, Unset

from .._exactly_once import by_status
from .._exceptions import BadRequestError
from .._resource import Call, R, RequestOptions, Resource, Wait, call, list_operation, operation
from . import _params
from ._params import MetadataParam

_GetKwargs = Callable[..., dict[str, Any]]

#: Seconds a ``wait_for_group`` helper waits by default (the server usually takes well under one).
DEFAULT_MAX_WAIT = 10.0


def wait_until_shareable(group_id: str, what: str, max_wait: float, options: RequestOptions) -> Wait[PaymentGroup]:
    """Poll a group until the server has copied its settings: until then, validating its code
    answers 404 and joining it fails."""
    request = get_group._get_kwargs(group_id, expand=["paymentGroupSettings"])
    return Wait(
        call(request, PaymentGroup.from_dict, options),
        lambda group: group if group.payment_group_settings else None,
        what,
        max_wait,
    )


class _Operations(NamedTuple):
    """The generated operations of one URL prefix (their ``_get_kwargs``)."""

    create: _GetKwargs
    retrieve: _GetKwargs
    update: _GetKwargs
    participants: _GetKwargs
    cancel: _GetKwargs
    expire: _GetKwargs
    validate: _GetKwargs

    @classmethod
    def of(cls, package: str, noun: str) -> _Operations:
        """The operations of ``kohortpay_client.api.<package>``, named from the spec's operationIds
        (``createGroup`` → ``create_group``, ``listPaymentGroupParticipants`` → …)."""
        names = ("create_{}", "get_{}", "update_{}", "list_{}_participants", "cancel_{}", "expire_{}", "validate_{}")
        modules = [importlib.import_module(f"kohortpay_client.api.{package}.{name.format(noun)}") for name in names]
        return cls(*(module._get_kwargs for module in modules))


class _GroupResource(Resource[R]):
    _operations: ClassVar[_Operations]

    @operation
    def create(
        self,
        *,
        customer_id: str,
        order_id: str | Unset = UNSET,
        payment_intent_id: str | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
        mid_expire_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Create a group for ``customer_id``, founded by an order (``order_id``) or a payment
        intent (``payment_intent_id``) — one of them is required. A group has no unique key: a
        lost answer raises ``APIOutcomeUnknownError``."""
        body = _params.body(CreatePaymentGroupParams, locals())
        hint = "a group has no unique key: list the groups with search=customerId:… to see whether it was created"
        return call(self._operations.create(body=body), PaymentGroup.from_dict, options, unsafe_hint=hint)

    @operation
    def retrieve(
        self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]
    ) -> Call[PaymentGroup]:
        """Retrieve a group by ``pg_`` id or share code. ``NotFoundError`` if there is none (the
        server answers 200 with an empty body; the client turns that into the error)."""
        request = self._operations.retrieve(_params.require_id(id), expand=_params.expand(expand, PaymentGroup))
        return call(request, PaymentGroup.from_dict, options)

    @operation
    def update(
        self,
        id: str,
        *,
        metadata: MetadataParam | Unset = UNSET,
        creator_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Replace a group's metadata and/or its creator's e-mail."""
        body = _params.body(UpdatePaymentGroupParams, locals())
        return call(self._operations.update(_params.require_id(id), body=body), PaymentGroup.from_dict, options)

    @operation
    def participants(self, id: str, **options: Unpack[RequestOptions]) -> Call[ParticipantList]:
        """The group's participants: its orders, or its payment intents when it has no orders."""
        return call(self._operations.participants(_params.require_id(id)), ParticipantList.from_dict, options)

    @operation
    def cancel(self, id: str, **options: Unpack[RequestOptions]) -> Call[PaymentGroup]:
        """Cancel an open group that has not expired and has at most one payment intent (the
        server does not count orders)."""
        return self._change_status(self._operations.cancel, id, PaymentGroupStatus.CANCELED, options)

    @operation
    def expire(self, id: str, **options: Unpack[RequestOptions]) -> Call[PaymentGroup]:
        """Expire an open group whose ``expires_at`` has passed and that has at most one order and
        one payment intent (``BadRequestError`` otherwise)."""
        return self._change_status(self._operations.expire, id, PaymentGroupStatus.EXPIRED, options)

    def _change_status(
        self, operation: _GetKwargs, id: str, status: PaymentGroupStatus, options: RequestOptions
    ) -> Call[PaymentGroup]:
        """Retry-safe: a retry refused because an earlier attempt already changed the status
        returns the group."""
        id = _params.require_id(id)
        reconcile = by_status(
            self._operations.retrieve(id), status=status.value, refused=(BadRequestError,), what=f"group {id}"
        )
        return call(operation(id), PaymentGroup.from_dict, options, reconcile=reconcile)

    @operation
    def validate(
        self,
        code: str,
        *,
        customer_email: str | Unset = UNSET,
        amount: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[ValidatePaymentGroupResult]:
        """Check that a share code can be used by ``customer_email`` for ``amount`` cents, and get
        the discount it gives. Raises a ``GroupValidationError`` subclass if it cannot:
        ``GroupNotFoundError``, ``GroupNotJoinableError``, ``MaxParticipantsReachedError``,
        ``EmailAlreadyUsedError`` or ``AmountTooLowError``. The server counts only the group's
        payment intents for the last three, and answers ``NotFoundError`` for a group whose settings
        are not copied yet (``wait_for_group`` on the order or checkout session waits for that)."""
        body = _params.body(ValidatePaymentGroupParams, locals())
        request = self._operations.validate(_params.require_id(code, "code"), body=body)
        return call(request, ValidatePaymentGroupResult.from_dict, options, repeatable=True)  # it changes nothing


class Groups(_GroupResource[R]):
    """Referral groups under ``/groups``."""

    _operations = _Operations.of("groups", "group")
    list = list_operation(list_groups._get_kwargs, PaymentGroupList.from_dict)


class PaymentGroups(_GroupResource[R]):
    """Referral groups under the original ``/payment-groups`` prefix."""

    _operations = _Operations.of("payment_groups", "payment_group")
    list = list_operation(list_payment_groups._get_kwargs, PaymentGroupList.from_dict)
