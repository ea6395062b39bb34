# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""Parsers of the API's answers into models, one per model: `parsers.customer(data)` is
`Customer.from_dict` of the answer, re-cased to snake_case, only faster.

Each reads the keys the server sends directly and builds the model in one pass (`codegen/parsers.py`
says how); anything it does not expect — an undeclared or missing key, another casing, a value of
another type — makes it give way to the model's generic `from_dict`, so the result is the same.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, TypeVar

from kohortpay._casing import to_snake

from .models import (
    BrandSettings,
    CheckoutSession,
    CheckoutSessionList,
    CheckoutSessionStatus,
    Currency,
    CurrentDiscountLevel,
    Customer,
    CustomerList,
    DiscountLevel,
    DiscountType,
    LineItem,
    LineItemType,
    Locale,
    Metadata,
    Order,
    OrderList,
    OrderStatus,
    Organization,
    ParticipantList,
    PaymentGroup,
    PaymentGroupList,
    PaymentGroupSettings,
    PaymentGroupStatus,
    PaymentIntent,
    PaymentIntentList,
    PaymentIntentStatus,
    ReminderEmailSentStatus,
    RiskLevel,
    ValidatePaymentGroupResult,
)
from .types import UNSET

M = TypeVar("M")
_datetime = datetime.datetime.fromisoformat
_FALLBACK = (KeyError, TypeError, ValueError, AttributeError)


def _enum(kind: Any, value: Any) -> Any:
    return kind._value2member_map_.get(value) or kind(value)


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise TypeError("not a list")
    return value


def _first_of(value: Any, *parsers: Callable[[Any], Any]) -> Any:
    for parser in parsers[:-1]:
        try:
            return parser(value)
        except _FALLBACK:
            pass
    return parsers[-1](value)


def _or_generic(fast: Callable[[Any], M], model: Any) -> Callable[[Any], M]:
    def parse(data: Any) -> M:
        try:
            return fast(data)
        except _FALLBACK:
            return model.from_dict(to_snake(data))  # type: ignore[no-any-return]

    return parse


_BRAND_SETTINGS_KEYS = frozenset(("id", "organization_id"))


def _brand_settings(d: dict[str, Any]) -> BrandSettings:
    if type(d) is not dict or not _BRAND_SETTINGS_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return BrandSettings(
        d["id"],
        d.get("organization_id", UNSET),
    )


_CHECKOUT_SESSION_KEYS = frozenset(
    (
        "amount_total",
        "cancel_url",
        "client_reference_id",
        "completed_at",
        "created_at",
        "created_by",
        "currency",
        "customer",
        "customer_email",
        "customer_first_name",
        "customer_id",
        "customer_last_name",
        "customer_phone_number",
        "expires_at",
        "id",
        "line_items",
        "livemode",
        "locale",
        "metadata",
        "organization",
        "organization_id",
        "payment_client_reference_id",
        "payment_group",
        "payment_group_share_id",
        "payment_intent",
        "share_id",
        "status",
        "success_url",
        "updated_at",
        "updated_by",
        "url",
    )
)


def _checkout_session(d: dict[str, Any]) -> CheckoutSession:
    if type(d) is not dict or not _CHECKOUT_SESSION_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return CheckoutSession(
        d["id"],
        d["share_id"],
        d["livemode"],
        d["organization_id"],
        d["url"],
        d["amount_total"],
        _enum(CheckoutSessionStatus, d["status"]),
        d["success_url"],
        d["cancel_url"],
        d["customer_email"],
        d["customer_first_name"],
        d["customer_last_name"],
        d["customer_phone_number"],
        d["customer_id"],
        _enum(Currency, d["currency"]),
        _enum(Locale, d["locale"]),
        (v if (v := d["metadata"]) is None else _metadata(v)),
        d["payment_group_share_id"],
        d["client_reference_id"],
        d["payment_client_reference_id"],
        _datetime(d["expires_at"]),
        (v if (v := d["completed_at"]) is None else _datetime(v)),
        _datetime(d["created_at"]),
        d["created_by"],
        _datetime(d["updated_at"]),
        d["updated_by"],
        (
            v
            if (v := d.get("line_items", UNSET)) is UNSET
            else [_line_item(x) for x in _list(v)]
        ),
        (
            v
            if (v := d.get("payment_intent", UNSET)) is UNSET or v is None
            else _payment_intent(v)
        ),
        (
            v
            if (v := d.get("payment_group", UNSET)) is UNSET or v is None
            else _payment_group(v)
        ),
        (v if (v := d.get("customer", UNSET)) is UNSET or v is None else _customer(v)),
        (v if (v := d.get("organization", UNSET)) is UNSET else _organization(v)),
    )


_CHECKOUT_SESSION_LIST_KEYS = frozenset(("count", "data"))


def _checkout_session_list(d: dict[str, Any]) -> CheckoutSessionList:
    if type(d) is not dict or not _CHECKOUT_SESSION_LIST_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return CheckoutSessionList(
        [_checkout_session(x) for x in _list(d["data"])],
        d["count"],
    )


_CURRENT_DISCOUNT_LEVEL_KEYS = frozenset(
    (
        "created_at",
        "id",
        "level",
        "participants_to_unlock",
        "payment_group_settings_id",
        "value",
    )
)


def _current_discount_level(d: dict[str, Any]) -> CurrentDiscountLevel:
    if type(d) is not dict or not _CURRENT_DISCOUNT_LEVEL_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return CurrentDiscountLevel(
        d["value"],
        d.get("id", UNSET),
        d.get("payment_group_settings_id", UNSET),
        d.get("level", UNSET),
        d.get("participants_to_unlock", UNSET),
        (v if (v := d.get("created_at", UNSET)) is UNSET else _datetime(v)),
    )


_CUSTOMER_KEYS = frozenset(
    (
        "address_id",
        "blocked_at",
        "blocked_by",
        "checkout_sessions",
        "client_reference_id",
        "created_at",
        "created_by",
        "deleted_at",
        "email_address",
        "first_name",
        "id",
        "is_blocked",
        "last_name",
        "livemode",
        "locale",
        "metadata",
        "organization",
        "organization_id",
        "phone_number",
        "shipping_address_id",
        "updated_at",
        "updated_by",
    )
)


def _customer(d: dict[str, Any]) -> Customer:
    if type(d) is not dict or not _CUSTOMER_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return Customer(
        d["id"],
        d["email_address"],
        d["first_name"],
        d["last_name"],
        d["phone_number"],
        d["livemode"],
        d["is_blocked"],
        d["organization_id"],
        (v if (v := d["metadata"]) is None else _metadata(v)),
        _enum(Locale, d["locale"]),
        d["client_reference_id"],
        _datetime(d["created_at"]),
        d["created_by"],
        _datetime(d["updated_at"]),
        d["updated_by"],
        (v if (v := d["blocked_at"]) is None else _datetime(v)),
        d["blocked_by"],
        (v if (v := d["deleted_at"]) is None else _datetime(v)),
        (
            v
            if (v := d.get("checkout_sessions", UNSET)) is UNSET
            else [_checkout_session(x) for x in _list(v)]
        ),
        (v if (v := d.get("organization", UNSET)) is UNSET else _organization(v)),
        d.get("address_id", UNSET),
        d.get("shipping_address_id", UNSET),
    )


_CUSTOMER_LIST_KEYS = frozenset(("count", "data"))


def _customer_list(d: dict[str, Any]) -> CustomerList:
    if type(d) is not dict or not _CUSTOMER_LIST_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return CustomerList(
        [_customer(x) for x in _list(d["data"])],
        d["count"],
    )


_DISCOUNT_LEVEL_KEYS = frozenset(
    (
        "created_at",
        "id",
        "level",
        "participants_to_unlock",
        "payment_group_settings_id",
        "value",
    )
)


def _discount_level(d: dict[str, Any]) -> DiscountLevel:
    if type(d) is not dict or not _DISCOUNT_LEVEL_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return DiscountLevel(
        d["id"],
        d["payment_group_settings_id"],
        d["level"],
        d["value"],
        d["participants_to_unlock"],
        _datetime(d["created_at"]),
    )


_LINE_ITEM_KEYS = frozenset(
    (
        "amount_total",
        "checkout_session",
        "checkout_session_id",
        "created_at",
        "description",
        "id",
        "image_url",
        "name",
        "price",
        "quantity",
        "type",
        "updated_at",
    )
)


def _line_item(d: dict[str, Any]) -> LineItem:
    if type(d) is not dict or not _LINE_ITEM_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return LineItem(
        d["id"],
        d["checkout_session_id"],
        d["name"],
        d["price"],
        d["quantity"],
        _enum(LineItemType, d["type"]),
        d["amount_total"],
        d["image_url"],
        d["description"],
        _datetime(d["created_at"]),
        _datetime(d["updated_at"]),
        (
            v
            if (v := d.get("checkout_session", UNSET)) is UNSET
            else _checkout_session(v)
        ),
    )


def _metadata(d: dict[str, Any]) -> Metadata:
    if type(d) is not dict:
        raise TypeError("not an object")
    parsed = Metadata()
    parsed.additional_properties = dict(d)
    return parsed


_ORDER_KEYS = frozenset(
    (
        "ambassador_id",
        "amount",
        "amount_cashback",
        "application_fee_amount",
        "client_reference_id",
        "created_at",
        "created_by",
        "currency",
        "customer",
        "customer_email",
        "customer_first_name",
        "customer_id",
        "customer_last_name",
        "customer_phone_number",
        "id",
        "livemode",
        "locale",
        "metadata",
        "organization",
        "organization_id",
        "payment_group",
        "payment_group_id",
        "payment_group_share_id",
        "risk_level",
        "status",
        "token",
        "updated_at",
        "updated_by",
    )
)


def _order(d: dict[str, Any]) -> Order:
    if type(d) is not dict or not _ORDER_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return Order(
        d["id"],
        d["livemode"],
        d["organization_id"],
        d["amount"],
        d["amount_cashback"],
        d["application_fee_amount"],
        d["customer_email"],
        d["customer_first_name"],
        d["customer_last_name"],
        d["customer_phone_number"],
        d["customer_id"],
        d["payment_group_share_id"],
        d["payment_group_id"],
        d["ambassador_id"],
        _enum(Currency, d["currency"]),
        _enum(Locale, d["locale"]),
        _enum(OrderStatus, d["status"]),
        (v if (v := d["metadata"]) is None else _metadata(v)),
        d["client_reference_id"],
        _datetime(d["created_at"]),
        d["created_by"],
        _datetime(d["updated_at"]),
        d["updated_by"],
        (
            v
            if (v := d.get("risk_level", UNSET)) is UNSET or v is None
            else _enum(RiskLevel, v)
        ),
        d.get("token", UNSET),
        (
            v
            if (v := d.get("payment_group", UNSET)) is UNSET or v is None
            else _payment_group(v)
        ),
        (v if (v := d.get("customer", UNSET)) is UNSET or v is None else _customer(v)),
        (v if (v := d.get("organization", UNSET)) is UNSET else _organization(v)),
    )


_ORDER_LIST_KEYS = frozenset(("count", "data"))


def _order_list(d: dict[str, Any]) -> OrderList:
    if type(d) is not dict or not _ORDER_LIST_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return OrderList(
        [_order(x) for x in _list(d["data"])],
        d["count"],
    )


_ORGANIZATION_KEYS = frozenset(
    ("brand_settings", "id", "name", "payment_group_settings")
)


def _organization(d: dict[str, Any]) -> Organization:
    if type(d) is not dict or not _ORGANIZATION_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return Organization(
        d["id"],
        d.get("name", UNSET),
        (
            v
            if (v := d.get("brand_settings", UNSET)) is UNSET or v is None
            else _brand_settings(v)
        ),
        (
            v
            if (v := d.get("payment_group_settings", UNSET)) is UNSET
            else [_payment_group_settings(x) for x in _list(v)]
        ),
    )


_PARTICIPANT_LIST_KEYS = frozenset(("count", "data"))


def _participant_list(d: dict[str, Any]) -> ParticipantList:
    if type(d) is not dict or not _PARTICIPANT_LIST_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return ParticipantList(
        [_first_of(x, _order, _payment_intent) for x in _list(d["data"])],
        d["count"],
    )


_PAYMENT_GROUP_KEYS = frozenset(
    (
        "canceled_at",
        "completed_at",
        "created_at",
        "created_by",
        "creator_email",
        "customer",
        "customer_id",
        "expires_at",
        "id",
        "j_minus2_expire_at",
        "j_plus3_start_at",
        "livemode",
        "metadata",
        "mid_expire_at",
        "orders",
        "organization",
        "organization_id",
        "payment_group_settings",
        "payment_intents",
        "reminder_email_sent",
        "share_id",
        "status",
        "updated_at",
        "updated_by",
    )
)


def _payment_group(d: dict[str, Any]) -> PaymentGroup:
    if type(d) is not dict or not _PAYMENT_GROUP_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return PaymentGroup(
        d["id"],
        d["share_id"],
        d["livemode"],
        d["organization_id"],
        d["customer_id"],
        d["creator_email"],
        _enum(PaymentGroupStatus, d["status"]),
        (v if (v := d["metadata"]) is None else _metadata(v)),
        _datetime(d["expires_at"]),
        (v if (v := d["mid_expire_at"]) is None else _datetime(v)),
        (v if (v := d["j_minus2_expire_at"]) is None else _datetime(v)),
        (v if (v := d["j_plus3_start_at"]) is None else _datetime(v)),
        _enum(ReminderEmailSentStatus, d["reminder_email_sent"]),
        _datetime(d["created_at"]),
        d["created_by"],
        _datetime(d["updated_at"]),
        d["updated_by"],
        (v if (v := d["canceled_at"]) is None else _datetime(v)),
        (v if (v := d["completed_at"]) is None else _datetime(v)),
        (
            v
            if (v := d.get("orders", UNSET)) is UNSET
            else [_order(x) for x in _list(v)]
        ),
        (
            v
            if (v := d.get("payment_intents", UNSET)) is UNSET
            else [_payment_intent(x) for x in _list(v)]
        ),
        (v if (v := d.get("customer", UNSET)) is UNSET else _customer(v)),
        (v if (v := d.get("organization", UNSET)) is UNSET else _organization(v)),
        (
            v
            if (v := d.get("payment_group_settings", UNSET)) is UNSET or v is None
            else _payment_group_settings(v)
        ),
    )


_PAYMENT_GROUP_LIST_KEYS = frozenset(("count", "data"))


def _payment_group_list(d: dict[str, Any]) -> PaymentGroupList:
    if type(d) is not dict or not _PAYMENT_GROUP_LIST_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return PaymentGroupList(
        [_payment_group(x) for x in _list(d["data"])],
        d["count"],
    )


_PAYMENT_GROUP_SETTINGS_KEYS = frozenset(
    (
        "created_at",
        "created_by",
        "discount_levels",
        "discount_type",
        "id",
        "livemode",
        "max_participants",
        "min_purchase_value",
        "minutes_duration",
        "organization_id",
        "payment_group_id",
        "updated_at",
        "updated_by",
        "whatsapp_communication",
    )
)


def _payment_group_settings(d: dict[str, Any]) -> PaymentGroupSettings:
    if type(d) is not dict or not _PAYMENT_GROUP_SETTINGS_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return PaymentGroupSettings(
        d["id"],
        d["organization_id"],
        d["payment_group_id"],
        d["livemode"],
        d["whatsapp_communication"],
        _enum(DiscountType, d["discount_type"]),
        d["max_participants"],
        d["minutes_duration"],
        d["min_purchase_value"],
        _datetime(d["created_at"]),
        d["created_by"],
        _datetime(d["updated_at"]),
        d["updated_by"],
        (
            v
            if (v := d.get("discount_levels", UNSET)) is UNSET
            else [_discount_level(x) for x in _list(v)]
        ),
    )


_PAYMENT_INTENT_KEYS = frozenset(
    (
        "ambassador_id",
        "amount",
        "amount_captured",
        "amount_cashback",
        "application_fee_amount",
        "canceled_at",
        "checkout_session",
        "checkout_session_id",
        "client_reference_id",
        "created_at",
        "created_by",
        "currency",
        "customer",
        "customer_email",
        "customer_id",
        "id",
        "livemode",
        "metadata",
        "organization",
        "organization_id",
        "payment_group",
        "payment_group_id",
        "risk_level",
        "status",
        "token",
        "updated_at",
        "updated_by",
    )
)


def _payment_intent(d: dict[str, Any]) -> PaymentIntent:
    if type(d) is not dict or not _PAYMENT_INTENT_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return PaymentIntent(
        d["id"],
        d["livemode"],
        d["organization_id"],
        d["amount"],
        d["amount_captured"],
        d["amount_cashback"],
        _enum(Currency, d["currency"]),
        _enum(PaymentIntentStatus, d["status"]),
        d["checkout_session_id"],
        d["customer_id"],
        d["customer_email"],
        d["payment_group_id"],
        d["client_reference_id"],
        (v if (v := d["metadata"]) is None else _metadata(v)),
        (v if (v := d["canceled_at"]) is None else _datetime(v)),
        _datetime(d["created_at"]),
        d["created_by"],
        _datetime(d["updated_at"]),
        d["updated_by"],
        d.get("application_fee_amount", UNSET),
        (
            v
            if (v := d.get("risk_level", UNSET)) is UNSET or v is None
            else _enum(RiskLevel, v)
        ),
        d.get("ambassador_id", UNSET),
        d.get("token", UNSET),
        (
            v
            if (v := d.get("payment_group", UNSET)) is UNSET or v is None
            else _payment_group(v)
        ),
        (v if (v := d.get("customer", UNSET)) is UNSET or v is None else _customer(v)),
        (
            v
            if (v := d.get("checkout_session", UNSET)) is UNSET or v is None
            else _checkout_session(v)
        ),
        (v if (v := d.get("organization", UNSET)) is UNSET else _organization(v)),
    )


_PAYMENT_INTENT_LIST_KEYS = frozenset(("count", "data"))


def _payment_intent_list(d: dict[str, Any]) -> PaymentIntentList:
    if type(d) is not dict or not _PAYMENT_INTENT_LIST_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return PaymentIntentList(
        [_payment_intent(x) for x in _list(d["data"])],
        d["count"],
    )


_VALIDATE_PAYMENT_GROUP_RESULT_KEYS = frozenset(
    (
        "canceled_at",
        "completed_at",
        "created_at",
        "created_by",
        "creator_email",
        "current_discount_level",
        "customer",
        "customer_id",
        "discount_levels",
        "discount_type",
        "expires_at",
        "id",
        "j_minus2_expire_at",
        "j_plus3_start_at",
        "livemode",
        "max_participants",
        "metadata",
        "mid_expire_at",
        "min_purchase_value",
        "minutes_duration",
        "organization_id",
        "payment_group_id",
        "payment_intents",
        "reminder_email_sent",
        "share_id",
        "status",
        "updated_at",
        "updated_by",
        "whatsapp_communication",
    )
)


def _validate_payment_group_result(d: dict[str, Any]) -> ValidatePaymentGroupResult:
    if type(d) is not dict or not _VALIDATE_PAYMENT_GROUP_RESULT_KEYS.issuperset(d):
        raise KeyError("not an object, or one with undeclared keys")
    return ValidatePaymentGroupResult(
        (
            v
            if (v := d["current_discount_level"]) is None
            else _current_discount_level(v)
        ),
        d.get("id", UNSET),
        d.get("share_id", UNSET),
        d.get("livemode", UNSET),
        d.get("organization_id", UNSET),
        d.get("customer_id", UNSET),
        d.get("creator_email", UNSET),
        (v if (v := d.get("status", UNSET)) is UNSET else _enum(PaymentGroupStatus, v)),
        (v if (v := d.get("metadata", UNSET)) is UNSET or v is None else _metadata(v)),
        (v if (v := d.get("expires_at", UNSET)) is UNSET else _datetime(v)),
        (
            v
            if (v := d.get("mid_expire_at", UNSET)) is UNSET or v is None
            else _datetime(v)
        ),
        (
            v
            if (v := d.get("j_minus2_expire_at", UNSET)) is UNSET or v is None
            else _datetime(v)
        ),
        (
            v
            if (v := d.get("j_plus3_start_at", UNSET)) is UNSET or v is None
            else _datetime(v)
        ),
        (
            v
            if (v := d.get("reminder_email_sent", UNSET)) is UNSET
            else _enum(ReminderEmailSentStatus, v)
        ),
        (v if (v := d.get("created_at", UNSET)) is UNSET else _datetime(v)),
        d.get("created_by", UNSET),
        (v if (v := d.get("updated_at", UNSET)) is UNSET else _datetime(v)),
        d.get("updated_by", UNSET),
        (
            v
            if (v := d.get("canceled_at", UNSET)) is UNSET or v is None
            else _datetime(v)
        ),
        (
            v
            if (v := d.get("completed_at", UNSET)) is UNSET or v is None
            else _datetime(v)
        ),
        (
            v
            if (v := d.get("payment_intents", UNSET)) is UNSET
            else [_payment_intent(x) for x in _list(v)]
        ),
        (v if (v := d.get("customer", UNSET)) is UNSET else _customer(v)),
        d.get("payment_group_id", UNSET),
        d.get("whatsapp_communication", UNSET),
        (
            v
            if (v := d.get("discount_type", UNSET)) is UNSET
            else _enum(DiscountType, v)
        ),
        (
            v
            if (v := d.get("discount_levels", UNSET)) is UNSET
            else [_discount_level(x) for x in _list(v)]
        ),
        d.get("max_participants", UNSET),
        d.get("minutes_duration", UNSET),
        d.get("min_purchase_value", UNSET),
    )


brand_settings: Callable[[Any], BrandSettings] = _or_generic(
    _brand_settings, BrandSettings
)


checkout_session: Callable[[Any], CheckoutSession] = _or_generic(
    _checkout_session, CheckoutSession
)


checkout_session_list: Callable[[Any], CheckoutSessionList] = _or_generic(
    _checkout_session_list, CheckoutSessionList
)


current_discount_level: Callable[[Any], CurrentDiscountLevel] = _or_generic(
    _current_discount_level, CurrentDiscountLevel
)


customer: Callable[[Any], Customer] = _or_generic(_customer, Customer)


customer_list: Callable[[Any], CustomerList] = _or_generic(_customer_list, CustomerList)


discount_level: Callable[[Any], DiscountLevel] = _or_generic(
    _discount_level, DiscountLevel
)


line_item: Callable[[Any], LineItem] = _or_generic(_line_item, LineItem)


metadata: Callable[[Any], Metadata] = _or_generic(_metadata, Metadata)


order: Callable[[Any], Order] = _or_generic(_order, Order)


order_list: Callable[[Any], OrderList] = _or_generic(_order_list, OrderList)


organization: Callable[[Any], Organization] = _or_generic(_organization, Organization)


participant_list: Callable[[Any], ParticipantList] = _or_generic(
    _participant_list, ParticipantList
)


payment_group: Callable[[Any], PaymentGroup] = _or_generic(_payment_group, PaymentGroup)


payment_group_list: Callable[[Any], PaymentGroupList] = _or_generic(
    _payment_group_list, PaymentGroupList
)


payment_group_settings: Callable[[Any], PaymentGroupSettings] = _or_generic(
    _payment_group_settings, PaymentGroupSettings
)


payment_intent: Callable[[Any], PaymentIntent] = _or_generic(
    _payment_intent, PaymentIntent
)


payment_intent_list: Callable[[Any], PaymentIntentList] = _or_generic(
    _payment_intent_list, PaymentIntentList
)


validate_payment_group_result: Callable[[Any], ValidatePaymentGroupResult] = (
    _or_generic(_validate_payment_group_result, ValidatePaymentGroupResult)
)
