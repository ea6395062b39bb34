# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""The schemas of openapi.yaml as TypedDicts with camelCase keys, the server's own field names: a
request body once its keys are camelised, an object as the server stores it (date-times as
`datetime`, relations left out: they are not stored). `<Schema>Field` is the names of its fields,
`<Schema>Values` any of them (to build or update one), `EventType` the webhook event types.

The mock server keeps its records in these shapes, so that a type checker checks every field name
and enum value of its rules against the spec.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class Empty(TypedDict):
    """The body of an operation that takes none."""


PaymentIntentStatus: TypeAlias = Literal[
    "REQUIRES_PAYMENT_METHOD",
    "REQUIRES_CONFIRMATION",
    "REQUIRES_ACTION",
    "REQUIRES_CAPTURE",
    "PROCESSING",
    "SUCCEEDED",
    "CANCELED",
    "REFUNDED",
    "PARTIALLY_REFUNDED",
    "CASHBACK_AVAILABLE",
    "CASHBACK_PROCESSING",
    "CASHBACK_SENT",
]
PaymentGroupStatus: TypeAlias = Literal["OPEN", "COMPLETED", "CANCELED", "EXPIRED"]
ReminderEmailSentStatus: TypeAlias = Literal[
    "NOT_SENT", "MIDWAY_SENT", "DAY3_SENT", "DAY2_BEFORE_END_SENT"
]
OrderStatus: TypeAlias = Literal[
    "CREATED", "CASHBACK_AVAILABLE", "CASHBACK_PROCESSING", "CASHBACK_SENT"
]
CheckoutSessionStatus: TypeAlias = Literal["OPEN", "COMPLETED", "EXPIRED"]
Locale: TypeAlias = Literal["en_US", "en_GB", "fr_FR"]
Currency: TypeAlias = Literal["EUR"]
RiskLevel: TypeAlias = Literal["LOW", "MEDIUM", "HIGH", "HIGHEST"]
LineItemType: TypeAlias = Literal[
    "PRODUCT", "GIFT_CARD", "DISCOUNT", "SHIPPING", "STORE_CREDIT"
]
DiscountType: TypeAlias = Literal["AMOUNT", "PERCENTAGE"]
ErrorType: TypeAlias = Literal["invalid_request_error", "api_error"]
PaymentIntentEventType: TypeAlias = Literal[
    "payment_intent.succeeded",
    "payment_intent.cashback_available",
    "payment_intent.cashback_sent",
]
PaymentGroupEventType: TypeAlias = Literal[
    "payment_group.created",
    "payment_group.joined",
    "payment_group.old_joined",
    "payment_group.expired",
]
OrderEventType: TypeAlias = Literal[
    "order.created", "order.cashback_available", "order.cashback_sent"
]
ErrorCode: TypeAlias = Literal[
    "NOT_FOUND",
    "COMPLETED_EXPIRED_CANCELED",
    "MAX_PARTICIPANTS_REACHED",
    "EMAIL_ALREADY_USED",
    "AMOUNT_TOO_LOW",
    "CUSTOMER_BLOCKED",
    "WRONG_STATUS",
    "IDEMPOTENCY_KEY_REUSED",
]


class CreatePaymentIntentParams(TypedDict):
    """The CreatePaymentIntentParams schema."""

    amount: int
    checkoutSessionId: str
    customerId: NotRequired[str | None]
    metadata: NotRequired[Metadata | None]
    status: NotRequired[
        Literal[
            "SUCCEEDED",
            "CANCELED",
            "CASHBACK_AVAILABLE",
            "CASHBACK_PROCESSING",
            "CASHBACK_SENT",
        ]
    ]
    clientReferenceId: NotRequired[str | None]


CreatePaymentIntentParamsField: TypeAlias = Literal[
    "amount",
    "checkoutSessionId",
    "customerId",
    "metadata",
    "status",
    "clientReferenceId",
]


class CreatePaymentIntentParamsValues(TypedDict, total=False):
    """Any fields of a `CreatePaymentIntentParams`."""

    amount: int
    checkoutSessionId: str
    customerId: str | None
    metadata: Metadata | None
    status: Literal[
        "SUCCEEDED",
        "CANCELED",
        "CASHBACK_AVAILABLE",
        "CASHBACK_PROCESSING",
        "CASHBACK_SENT",
    ]
    clientReferenceId: str | None


class CreatePaymentGroupParams(TypedDict):
    """Needs `orderId` or `paymentIntentId` (or both), although the docs mark both as required."""

    customerId: str
    paymentIntentId: NotRequired[str]
    orderId: NotRequired[str]
    metadata: NotRequired[Metadata]
    expiresAt: NotRequired[datetime.datetime | None]
    midExpireAt: NotRequired[datetime.datetime]


CreatePaymentGroupParamsField: TypeAlias = Literal[
    "customerId", "paymentIntentId", "orderId", "metadata", "expiresAt", "midExpireAt"
]


class CreatePaymentGroupParamsValues(TypedDict, total=False):
    """Any fields of a `CreatePaymentGroupParams`."""

    customerId: str
    paymentIntentId: str
    orderId: str
    metadata: Metadata
    expiresAt: datetime.datetime | None
    midExpireAt: datetime.datetime


class UpdatePaymentGroupParams(TypedDict):
    """The UpdatePaymentGroupParams schema."""

    metadata: NotRequired[Metadata | None]
    creatorEmail: NotRequired[str | None]


UpdatePaymentGroupParamsField: TypeAlias = Literal["metadata", "creatorEmail"]


class UpdatePaymentGroupParamsValues(TypedDict, total=False):
    """Any fields of a `UpdatePaymentGroupParams`."""

    metadata: Metadata | None
    creatorEmail: str | None


class ValidatePaymentGroupParams(TypedDict):
    """The ValidatePaymentGroupParams schema."""

    customerEmail: NotRequired[str]
    amount: NotRequired[float]


ValidatePaymentGroupParamsField: TypeAlias = Literal["customerEmail", "amount"]


class ValidatePaymentGroupParamsValues(TypedDict, total=False):
    """Any fields of a `ValidatePaymentGroupParams`."""

    customerEmail: str
    amount: float


class CreateCustomerParams(TypedDict):
    """The CreateCustomerParams schema."""

    emailAddress: str
    firstName: NotRequired[str | None]
    lastName: NotRequired[str | None]
    phoneNumber: NotRequired[str | None]
    metadata: NotRequired[Metadata | None]
    locale: NotRequired[Locale]
    clientReferenceId: NotRequired[str | None]


CreateCustomerParamsField: TypeAlias = Literal[
    "emailAddress",
    "firstName",
    "lastName",
    "phoneNumber",
    "metadata",
    "locale",
    "clientReferenceId",
]


class CreateCustomerParamsValues(TypedDict, total=False):
    """Any fields of a `CreateCustomerParams`."""

    emailAddress: str
    firstName: str | None
    lastName: str | None
    phoneNumber: str | None
    metadata: Metadata | None
    locale: Locale
    clientReferenceId: str | None


class UpdateCustomerParams(TypedDict):
    """The UpdateCustomerParams schema."""

    emailAddress: NotRequired[str]
    firstName: NotRequired[str | None]
    lastName: NotRequired[str | None]
    phoneNumber: NotRequired[str | None]
    metadata: NotRequired[Metadata | None]
    locale: NotRequired[Locale]
    clientReferenceId: NotRequired[str | None]
    deletedAt: NotRequired[None]


UpdateCustomerParamsField: TypeAlias = Literal[
    "emailAddress",
    "firstName",
    "lastName",
    "phoneNumber",
    "metadata",
    "locale",
    "clientReferenceId",
    "deletedAt",
]


class UpdateCustomerParamsValues(TypedDict, total=False):
    """Any fields of a `UpdateCustomerParams`."""

    emailAddress: str
    firstName: str | None
    lastName: str | None
    phoneNumber: str | None
    metadata: Metadata | None
    locale: Locale
    clientReferenceId: str | None
    deletedAt: None


class LineItemParams(TypedDict):
    """One line of the basket. `price` is the unit price in cents. `PRODUCT` (the default) and
    `SHIPPING` lines have a price ≥ 0; `DISCOUNT`, `GIFT_CARD` and `STORE_CREDIT` lines have a price
    < 0. Every type but `PRODUCT` has a quantity of exactly 1. The server validates nothing else in
    a line item: a missing `name`, `price` or `quantity`, an unknown `type` or an unknown key makes
    it answer 500, so this schema refuses them.
    """

    name: str
    price: int
    quantity: int
    type: NotRequired[LineItemType]
    imageUrl: NotRequired[str | None]
    description: NotRequired[str | None]


LineItemParamsField: TypeAlias = Literal[
    "name", "price", "quantity", "type", "imageUrl", "description"
]


class LineItemParamsValues(TypedDict, total=False):
    """Any fields of a `LineItemParams`."""

    name: str
    price: int
    quantity: int
    type: LineItemType
    imageUrl: str | None
    description: str | None


class CreateCheckoutSessionParams(TypedDict):
    """Needs `customerId`, or `customerEmail` with `customerFirstName` and `customerLastName`: without
    them the server answers 500 after storing the session.
    """

    successUrl: NotRequired[str | None]
    cancelUrl: NotRequired[str | None]
    customerEmail: NotRequired[str]
    customerPhoneNumber: NotRequired[str | None]
    customerFirstName: NotRequired[str]
    customerLastName: NotRequired[str]
    customerId: NotRequired[str]
    expiresAt: NotRequired[datetime.datetime]
    lineItems: NotRequired[list[LineItemParams]]
    metadata: NotRequired[Metadata | None]
    amountTotal: int
    locale: NotRequired[Locale]
    clientReferenceId: NotRequired[str | None]
    paymentClientReferenceId: NotRequired[str | None]
    paymentGroupShareId: NotRequired[str]


CreateCheckoutSessionParamsField: TypeAlias = Literal[
    "successUrl",
    "cancelUrl",
    "customerEmail",
    "customerPhoneNumber",
    "customerFirstName",
    "customerLastName",
    "customerId",
    "expiresAt",
    "lineItems",
    "metadata",
    "amountTotal",
    "locale",
    "clientReferenceId",
    "paymentClientReferenceId",
    "paymentGroupShareId",
]


class CreateCheckoutSessionParamsValues(TypedDict, total=False):
    """Any fields of a `CreateCheckoutSessionParams`."""

    successUrl: str | None
    cancelUrl: str | None
    customerEmail: str
    customerPhoneNumber: str | None
    customerFirstName: str
    customerLastName: str
    customerId: str
    expiresAt: datetime.datetime
    lineItems: list[LineItemParams]
    metadata: Metadata | None
    amountTotal: int
    locale: Locale
    clientReferenceId: str | None
    paymentClientReferenceId: str | None
    paymentGroupShareId: str


class CreateOrderParams(TypedDict):
    """Needs `customerId`, or `customerEmail` with `customerFirstName` and `customerLastName` (even for
    a known shopper): an e-mail without both names makes the server answer 500.
    """

    customerEmail: NotRequired[str]
    customerPhoneNumber: NotRequired[str | None]
    customerFirstName: NotRequired[str]
    customerLastName: NotRequired[str]
    customerId: NotRequired[str]
    metadata: NotRequired[Metadata | None]
    amount: int
    locale: NotRequired[Locale]
    clientReferenceId: NotRequired[str | None]
    paymentGroupShareId: NotRequired[str | None]


CreateOrderParamsField: TypeAlias = Literal[
    "customerEmail",
    "customerPhoneNumber",
    "customerFirstName",
    "customerLastName",
    "customerId",
    "metadata",
    "amount",
    "locale",
    "clientReferenceId",
    "paymentGroupShareId",
]


class CreateOrderParamsValues(TypedDict, total=False):
    """Any fields of a `CreateOrderParams`."""

    customerEmail: str
    customerPhoneNumber: str | None
    customerFirstName: str
    customerLastName: str
    customerId: str
    metadata: Metadata | None
    amount: int
    locale: Locale
    clientReferenceId: str | None
    paymentGroupShareId: str | None


class PaymentIntent(TypedDict):
    """The PaymentIntent schema."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCaptured: int | None
    amountCashback: int | None
    applicationFeeAmount: NotRequired[int | None]
    currency: Currency
    status: PaymentIntentStatus
    riskLevel: NotRequired[RiskLevel | None]
    checkoutSessionId: str | None
    customerId: str | None
    customerEmail: str | None
    paymentGroupId: str | None
    ambassadorId: NotRequired[str | None]
    clientReferenceId: str | None
    token: NotRequired[str | None]
    metadata: Metadata | None
    canceledAt: datetime.datetime | None
    createdAt: datetime.datetime
    createdBy: str
    updatedAt: datetime.datetime
    updatedBy: str | None


PaymentIntentField: TypeAlias = Literal[
    "id",
    "livemode",
    "organizationId",
    "amount",
    "amountCaptured",
    "amountCashback",
    "applicationFeeAmount",
    "currency",
    "status",
    "riskLevel",
    "checkoutSessionId",
    "customerId",
    "customerEmail",
    "paymentGroupId",
    "ambassadorId",
    "clientReferenceId",
    "token",
    "metadata",
    "canceledAt",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
]


class PaymentIntentValues(TypedDict, total=False):
    """Any fields of a `PaymentIntent`."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCaptured: int | None
    amountCashback: int | None
    applicationFeeAmount: int | None
    currency: Currency
    status: PaymentIntentStatus
    riskLevel: RiskLevel | None
    checkoutSessionId: str | None
    customerId: str | None
    customerEmail: str | None
    paymentGroupId: str | None
    ambassadorId: str | None
    clientReferenceId: str | None
    token: str | None
    metadata: Metadata | None
    canceledAt: datetime.datetime | None
    createdAt: datetime.datetime
    createdBy: str
    updatedAt: datetime.datetime
    updatedBy: str | None


class PaymentGroup(TypedDict):
    """A referral group. The 2024 docs mark every field non-null; the fields below are nullable where
    the server sends null.
    """

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: str | None
    status: PaymentGroupStatus
    metadata: Metadata | None
    expiresAt: datetime.datetime
    midExpireAt: datetime.datetime | None
    jMinus2ExpireAt: datetime.datetime | None
    jPlus3StartAt: datetime.datetime | None
    reminderEmailSent: ReminderEmailSentStatus
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    canceledAt: datetime.datetime | None
    completedAt: datetime.datetime | None


PaymentGroupField: TypeAlias = Literal[
    "id",
    "shareId",
    "livemode",
    "organizationId",
    "customerId",
    "creatorEmail",
    "status",
    "metadata",
    "expiresAt",
    "midExpireAt",
    "jMinus2ExpireAt",
    "jPlus3StartAt",
    "reminderEmailSent",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "canceledAt",
    "completedAt",
]


class PaymentGroupValues(TypedDict, total=False):
    """Any fields of a `PaymentGroup`."""

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: str | None
    status: PaymentGroupStatus
    metadata: Metadata | None
    expiresAt: datetime.datetime
    midExpireAt: datetime.datetime | None
    jMinus2ExpireAt: datetime.datetime | None
    jPlus3StartAt: datetime.datetime | None
    reminderEmailSent: ReminderEmailSentStatus
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    canceledAt: datetime.datetime | None
    completedAt: datetime.datetime | None


class PaymentGroupSettings(TypedDict):
    """The group settings; each group holds its own copy, taken from its organization at creation."""

    id: str
    organizationId: str | None
    paymentGroupId: str | None
    livemode: bool
    whatsappCommunication: bool
    discountType: DiscountType
    maxParticipants: int
    minutesDuration: int
    minPurchaseValue: int
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


PaymentGroupSettingsField: TypeAlias = Literal[
    "id",
    "organizationId",
    "paymentGroupId",
    "livemode",
    "whatsappCommunication",
    "discountType",
    "maxParticipants",
    "minutesDuration",
    "minPurchaseValue",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
]


class PaymentGroupSettingsValues(TypedDict, total=False):
    """Any fields of a `PaymentGroupSettings`."""

    id: str
    organizationId: str | None
    paymentGroupId: str | None
    livemode: bool
    whatsappCommunication: bool
    discountType: DiscountType
    maxParticipants: int
    minutesDuration: int
    minPurchaseValue: int
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


class DiscountLevel(TypedDict):
    """The DiscountLevel schema."""

    id: str
    paymentGroupSettingsId: str
    level: int
    value: int
    participantsToUnlock: int
    createdAt: datetime.datetime


DiscountLevelField: TypeAlias = Literal[
    "id",
    "paymentGroupSettingsId",
    "level",
    "value",
    "participantsToUnlock",
    "createdAt",
]


class DiscountLevelValues(TypedDict, total=False):
    """Any fields of a `DiscountLevel`."""

    id: str
    paymentGroupSettingsId: str
    level: int
    value: int
    participantsToUnlock: int
    createdAt: datetime.datetime


class CurrentDiscountLevel(TypedDict):
    """The level a new participant would reach. An ambassador code carries only `value`."""

    id: NotRequired[str]
    paymentGroupSettingsId: NotRequired[str]
    level: NotRequired[int]
    value: int
    participantsToUnlock: NotRequired[int]
    createdAt: NotRequired[datetime.datetime]


CurrentDiscountLevelField: TypeAlias = Literal[
    "id",
    "paymentGroupSettingsId",
    "level",
    "value",
    "participantsToUnlock",
    "createdAt",
]


class CurrentDiscountLevelValues(TypedDict, total=False):
    """Any fields of a `CurrentDiscountLevel`."""

    id: str
    paymentGroupSettingsId: str
    level: int
    value: int
    participantsToUnlock: int
    createdAt: datetime.datetime


class ValidatePaymentGroupResult(TypedDict):
    """For a group code: the group's settings merged with the group (the group wins on shared keys) and
    `current_discount_level`. For an ambassador code: only `current_discount_level`.
    """

    currentDiscountLevel: CurrentDiscountLevel | None
    id: NotRequired[str]
    shareId: NotRequired[str]
    livemode: NotRequired[bool]
    organizationId: NotRequired[str]
    customerId: NotRequired[str]
    creatorEmail: NotRequired[str | None]
    status: NotRequired[PaymentGroupStatus]
    metadata: NotRequired[Metadata | None]
    expiresAt: NotRequired[datetime.datetime]
    midExpireAt: NotRequired[datetime.datetime | None]
    jMinus2ExpireAt: NotRequired[datetime.datetime | None]
    jPlus3StartAt: NotRequired[datetime.datetime | None]
    reminderEmailSent: NotRequired[ReminderEmailSentStatus]
    createdAt: NotRequired[datetime.datetime]
    createdBy: NotRequired[str | None]
    updatedAt: NotRequired[datetime.datetime]
    updatedBy: NotRequired[str | None]
    canceledAt: NotRequired[datetime.datetime | None]
    completedAt: NotRequired[datetime.datetime | None]
    paymentIntents: NotRequired[list[PaymentIntent]]
    customer: NotRequired[Customer]
    paymentGroupId: NotRequired[str | None]
    whatsappCommunication: NotRequired[bool]
    discountType: NotRequired[DiscountType]
    discountLevels: NotRequired[list[DiscountLevel]]
    maxParticipants: NotRequired[int]
    minutesDuration: NotRequired[int]
    minPurchaseValue: NotRequired[int]


ValidatePaymentGroupResultField: TypeAlias = Literal[
    "currentDiscountLevel",
    "id",
    "shareId",
    "livemode",
    "organizationId",
    "customerId",
    "creatorEmail",
    "status",
    "metadata",
    "expiresAt",
    "midExpireAt",
    "jMinus2ExpireAt",
    "jPlus3StartAt",
    "reminderEmailSent",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "canceledAt",
    "completedAt",
    "paymentIntents",
    "customer",
    "paymentGroupId",
    "whatsappCommunication",
    "discountType",
    "discountLevels",
    "maxParticipants",
    "minutesDuration",
    "minPurchaseValue",
]


class ValidatePaymentGroupResultValues(TypedDict, total=False):
    """Any fields of a `ValidatePaymentGroupResult`."""

    currentDiscountLevel: CurrentDiscountLevel | None
    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: str | None
    status: PaymentGroupStatus
    metadata: Metadata | None
    expiresAt: datetime.datetime
    midExpireAt: datetime.datetime | None
    jMinus2ExpireAt: datetime.datetime | None
    jPlus3StartAt: datetime.datetime | None
    reminderEmailSent: ReminderEmailSentStatus
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    canceledAt: datetime.datetime | None
    completedAt: datetime.datetime | None
    paymentIntents: list[PaymentIntent]
    customer: Customer
    paymentGroupId: str | None
    whatsappCommunication: bool
    discountType: DiscountType
    discountLevels: list[DiscountLevel]
    maxParticipants: int
    minutesDuration: int
    minPurchaseValue: int


class Organization(TypedDict):
    """An expanded organization (internal shape; only `id` is relied on)."""

    id: str
    name: NotRequired[str]


OrganizationField: TypeAlias = Literal["id", "name"]


class OrganizationValues(TypedDict, total=False):
    """Any fields of a `Organization`."""

    id: str
    name: str


class BrandSettings(TypedDict):
    """An organization's brand settings (internal shape, made in the dashboard)."""

    id: str
    organizationId: NotRequired[str]


BrandSettingsField: TypeAlias = Literal["id", "organizationId"]


class BrandSettingsValues(TypedDict, total=False):
    """Any fields of a `BrandSettings`."""

    id: str
    organizationId: str


class Customer(TypedDict):
    """The Customer schema."""

    id: str
    emailAddress: str
    firstName: str | None
    lastName: str | None
    phoneNumber: str | None
    livemode: bool
    isBlocked: bool
    organizationId: str
    metadata: Metadata | None
    locale: Locale
    clientReferenceId: str | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    blockedAt: datetime.datetime | None
    blockedBy: str | None
    deletedAt: datetime.datetime | None
    addressId: NotRequired[str | None]
    shippingAddressId: NotRequired[str | None]


CustomerField: TypeAlias = Literal[
    "id",
    "emailAddress",
    "firstName",
    "lastName",
    "phoneNumber",
    "livemode",
    "isBlocked",
    "organizationId",
    "metadata",
    "locale",
    "clientReferenceId",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "blockedAt",
    "blockedBy",
    "deletedAt",
    "addressId",
    "shippingAddressId",
]


class CustomerValues(TypedDict, total=False):
    """Any fields of a `Customer`."""

    id: str
    emailAddress: str
    firstName: str | None
    lastName: str | None
    phoneNumber: str | None
    livemode: bool
    isBlocked: bool
    organizationId: str
    metadata: Metadata | None
    locale: Locale
    clientReferenceId: str | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    blockedAt: datetime.datetime | None
    blockedBy: str | None
    deletedAt: datetime.datetime | None
    addressId: str | None
    shippingAddressId: str | None


class CheckoutSession(TypedDict):
    """The CheckoutSession schema."""

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    url: str
    amountTotal: int
    status: CheckoutSessionStatus
    successUrl: str | None
    cancelUrl: str | None
    customerEmail: str | None
    customerFirstName: str | None
    customerLastName: str | None
    customerPhoneNumber: str | None
    customerId: str | None
    currency: Currency
    locale: Locale
    metadata: Metadata | None
    paymentGroupShareId: str | None
    clientReferenceId: str | None
    paymentClientReferenceId: str | None
    expiresAt: datetime.datetime
    completedAt: datetime.datetime | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


CheckoutSessionField: TypeAlias = Literal[
    "id",
    "shareId",
    "livemode",
    "organizationId",
    "url",
    "amountTotal",
    "status",
    "successUrl",
    "cancelUrl",
    "customerEmail",
    "customerFirstName",
    "customerLastName",
    "customerPhoneNumber",
    "customerId",
    "currency",
    "locale",
    "metadata",
    "paymentGroupShareId",
    "clientReferenceId",
    "paymentClientReferenceId",
    "expiresAt",
    "completedAt",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
]


class CheckoutSessionValues(TypedDict, total=False):
    """Any fields of a `CheckoutSession`."""

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    url: str
    amountTotal: int
    status: CheckoutSessionStatus
    successUrl: str | None
    cancelUrl: str | None
    customerEmail: str | None
    customerFirstName: str | None
    customerLastName: str | None
    customerPhoneNumber: str | None
    customerId: str | None
    currency: Currency
    locale: Locale
    metadata: Metadata | None
    paymentGroupShareId: str | None
    clientReferenceId: str | None
    paymentClientReferenceId: str | None
    expiresAt: datetime.datetime
    completedAt: datetime.datetime | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


class LineItem(TypedDict):
    """The LineItem schema."""

    id: str
    checkoutSessionId: str
    name: str
    price: int
    quantity: int
    type: LineItemType
    amountTotal: int
    imageUrl: str | None
    description: str | None
    createdAt: datetime.datetime
    updatedAt: datetime.datetime


LineItemField: TypeAlias = Literal[
    "id",
    "checkoutSessionId",
    "name",
    "price",
    "quantity",
    "type",
    "amountTotal",
    "imageUrl",
    "description",
    "createdAt",
    "updatedAt",
]


class LineItemValues(TypedDict, total=False):
    """Any fields of a `LineItem`."""

    id: str
    checkoutSessionId: str
    name: str
    price: int
    quantity: int
    type: LineItemType
    amountTotal: int
    imageUrl: str | None
    description: str | None
    createdAt: datetime.datetime
    updatedAt: datetime.datetime


class Order(TypedDict):
    """The Order schema."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCashback: int | None
    applicationFeeAmount: int | None
    customerEmail: str | None
    customerFirstName: str | None
    customerLastName: str | None
    customerPhoneNumber: str | None
    customerId: str | None
    paymentGroupShareId: str | None
    paymentGroupId: str | None
    ambassadorId: str | None
    currency: Currency
    locale: Locale
    status: OrderStatus
    metadata: Metadata | None
    clientReferenceId: str | None
    riskLevel: NotRequired[RiskLevel | None]
    token: NotRequired[str | None]
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


OrderField: TypeAlias = Literal[
    "id",
    "livemode",
    "organizationId",
    "amount",
    "amountCashback",
    "applicationFeeAmount",
    "customerEmail",
    "customerFirstName",
    "customerLastName",
    "customerPhoneNumber",
    "customerId",
    "paymentGroupShareId",
    "paymentGroupId",
    "ambassadorId",
    "currency",
    "locale",
    "status",
    "metadata",
    "clientReferenceId",
    "riskLevel",
    "token",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
]


class OrderValues(TypedDict, total=False):
    """Any fields of a `Order`."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCashback: int | None
    applicationFeeAmount: int | None
    customerEmail: str | None
    customerFirstName: str | None
    customerLastName: str | None
    customerPhoneNumber: str | None
    customerId: str | None
    paymentGroupShareId: str | None
    paymentGroupId: str | None
    ambassadorId: str | None
    currency: Currency
    locale: Locale
    status: OrderStatus
    metadata: Metadata | None
    clientReferenceId: str | None
    riskLevel: RiskLevel | None
    token: str | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


class PaymentIntentList(TypedDict):
    """The PaymentIntentList schema."""

    data: list[PaymentIntent]
    count: int


PaymentIntentListField: TypeAlias = Literal["data", "count"]


class PaymentIntentListValues(TypedDict, total=False):
    """Any fields of a `PaymentIntentList`."""

    data: list[PaymentIntent]
    count: int


class PaymentGroupList(TypedDict):
    """The PaymentGroupList schema."""

    data: list[PaymentGroup]
    count: int


PaymentGroupListField: TypeAlias = Literal["data", "count"]


class PaymentGroupListValues(TypedDict, total=False):
    """Any fields of a `PaymentGroupList`."""

    data: list[PaymentGroup]
    count: int


class CustomerList(TypedDict):
    """The CustomerList schema."""

    data: list[Customer]
    count: int


CustomerListField: TypeAlias = Literal["data", "count"]


class CustomerListValues(TypedDict, total=False):
    """Any fields of a `CustomerList`."""

    data: list[Customer]
    count: int


class CheckoutSessionList(TypedDict):
    """The CheckoutSessionList schema."""

    data: list[CheckoutSession]
    count: int


CheckoutSessionListField: TypeAlias = Literal["data", "count"]


class CheckoutSessionListValues(TypedDict, total=False):
    """Any fields of a `CheckoutSessionList`."""

    data: list[CheckoutSession]
    count: int


class OrderList(TypedDict):
    """The OrderList schema."""

    data: list[Order]
    count: int


OrderListField: TypeAlias = Literal["data", "count"]


class OrderListValues(TypedDict, total=False):
    """Any fields of a `OrderList`."""

    data: list[Order]
    count: int


class ParticipantList(TypedDict):
    """The ParticipantList schema."""

    data: list[Participant]
    count: int


ParticipantListField: TypeAlias = Literal["data", "count"]


class ParticipantListValues(TypedDict, total=False):
    """Any fields of a `ParticipantList`."""

    data: list[Participant]
    count: int


class ErrorResponse(TypedDict):
    """The ErrorResponse schema."""

    error: ErrorDetail


ErrorResponseField: TypeAlias = Literal["error"]


class ErrorResponseValues(TypedDict, total=False):
    """Any fields of a `ErrorResponse`."""

    error: ErrorDetail


class ErrorDetail(TypedDict):
    """The ErrorDetail schema."""

    type: ErrorType
    message: str | list[str]
    code: NotRequired[ErrorCode | str]


ErrorDetailField: TypeAlias = Literal["type", "message", "code"]


class ErrorDetailValues(TypedDict, total=False):
    """Any fields of a `ErrorDetail`."""

    type: ErrorType
    message: str | list[str]
    code: ErrorCode | str


class PaymentIntentEvent(TypedDict):
    """Body of a `payment_intent.*` webhook. Svix-signed; `data` is camelCase."""

    type: PaymentIntentEventType
    data: WebhookPaymentIntent


PaymentIntentEventField: TypeAlias = Literal["type", "data"]


class PaymentIntentEventValues(TypedDict, total=False):
    """Any fields of a `PaymentIntentEvent`."""

    type: PaymentIntentEventType
    data: WebhookPaymentIntent


class PaymentGroupEvent(TypedDict):
    """Body of a `payment_group.created|joined|old_joined|expired` webhook."""

    type: PaymentGroupEventType
    data: WebhookPaymentGroup


PaymentGroupEventField: TypeAlias = Literal["type", "data"]


class PaymentGroupEventValues(TypedDict, total=False):
    """Any fields of a `PaymentGroupEvent`."""

    type: PaymentGroupEventType
    data: WebhookPaymentGroup


class PaymentGroupSucceededEvent(TypedDict):
    """Body of the `payment_group.succeeded` webhook."""

    type: Literal["payment_group.succeeded"]
    data: WebhookPaymentGroupSucceeded


PaymentGroupSucceededEventField: TypeAlias = Literal["type", "data"]


class PaymentGroupSucceededEventValues(TypedDict, total=False):
    """Any fields of a `PaymentGroupSucceededEvent`."""

    type: Literal["payment_group.succeeded"]
    data: WebhookPaymentGroupSucceeded


class OrderEvent(TypedDict):
    """Body of an `order.*` webhook."""

    type: OrderEventType
    data: WebhookOrder


OrderEventField: TypeAlias = Literal["type", "data"]


class OrderEventValues(TypedDict, total=False):
    """Any fields of a `OrderEvent`."""

    type: OrderEventType
    data: WebhookOrder


class WebhookPaymentIntent(TypedDict):
    """A payment intent, as sent in webhooks (camelCase)."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCaptured: NotRequired[int | None]
    amountCashback: NotRequired[int | None]
    applicationFeeAmount: NotRequired[int | None]
    currency: Currency
    status: PaymentIntentStatus
    riskLevel: NotRequired[RiskLevel | None]
    checkoutSessionId: NotRequired[str | None]
    customerId: NotRequired[str | None]
    customerEmail: NotRequired[str | None]
    paymentGroupId: NotRequired[str | None]
    ambassadorId: NotRequired[str | None]
    clientReferenceId: NotRequired[str | None]
    token: NotRequired[str | None]
    metadata: NotRequired[Metadata | None]
    canceledAt: NotRequired[datetime.datetime | None]
    createdAt: datetime.datetime
    createdBy: NotRequired[str | None]
    updatedAt: NotRequired[datetime.datetime]
    updatedBy: NotRequired[str | None]


WebhookPaymentIntentField: TypeAlias = Literal[
    "id",
    "livemode",
    "organizationId",
    "amount",
    "amountCaptured",
    "amountCashback",
    "applicationFeeAmount",
    "currency",
    "status",
    "riskLevel",
    "checkoutSessionId",
    "customerId",
    "customerEmail",
    "paymentGroupId",
    "ambassadorId",
    "clientReferenceId",
    "token",
    "metadata",
    "canceledAt",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
]


class WebhookPaymentIntentValues(TypedDict, total=False):
    """Any fields of a `WebhookPaymentIntent`."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCaptured: int | None
    amountCashback: int | None
    applicationFeeAmount: int | None
    currency: Currency
    status: PaymentIntentStatus
    riskLevel: RiskLevel | None
    checkoutSessionId: str | None
    customerId: str | None
    customerEmail: str | None
    paymentGroupId: str | None
    ambassadorId: str | None
    clientReferenceId: str | None
    token: str | None
    metadata: Metadata | None
    canceledAt: datetime.datetime | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


class WebhookPaymentGroup(TypedDict):
    """A group, as sent in webhooks (camelCase). In `payment_group.joined` it is the group as it was
    before the join, with its `paymentGroupSettings`.
    """

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: NotRequired[str | None]
    status: PaymentGroupStatus
    metadata: NotRequired[Metadata | None]
    expiresAt: datetime.datetime
    midExpireAt: NotRequired[datetime.datetime | None]
    jMinus2ExpireAt: NotRequired[datetime.datetime | None]
    jPlus3StartAt: NotRequired[datetime.datetime | None]
    reminderEmailSent: NotRequired[ReminderEmailSentStatus | bool]
    createdAt: datetime.datetime
    createdBy: NotRequired[str | None]
    updatedAt: NotRequired[datetime.datetime]
    updatedBy: NotRequired[str | None]
    canceledAt: NotRequired[datetime.datetime | None]
    completedAt: NotRequired[datetime.datetime | None]
    paymentGroupSettings: NotRequired[WebhookPaymentGroupSettings]


WebhookPaymentGroupField: TypeAlias = Literal[
    "id",
    "shareId",
    "livemode",
    "organizationId",
    "customerId",
    "creatorEmail",
    "status",
    "metadata",
    "expiresAt",
    "midExpireAt",
    "jMinus2ExpireAt",
    "jPlus3StartAt",
    "reminderEmailSent",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "canceledAt",
    "completedAt",
    "paymentGroupSettings",
]


class WebhookPaymentGroupValues(TypedDict, total=False):
    """Any fields of a `WebhookPaymentGroup`."""

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: str | None
    status: PaymentGroupStatus
    metadata: Metadata | None
    expiresAt: datetime.datetime
    midExpireAt: datetime.datetime | None
    jMinus2ExpireAt: datetime.datetime | None
    jPlus3StartAt: datetime.datetime | None
    reminderEmailSent: ReminderEmailSentStatus | bool
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    canceledAt: datetime.datetime | None
    completedAt: datetime.datetime | None
    paymentGroupSettings: WebhookPaymentGroupSettings


class WebhookPaymentGroupSucceeded(TypedDict):
    """A completed group, with its payment intents and its settings. For a group of payment intents
    that reached a discount level, that level's fields are spread in (`level`, `value`,
    `participantsToUnlock`, `paymentGroupSettingsId`; the group's own `id` and `createdAt` win). The
    level is computed from payment intents only, so a group of orders never carries them.
    """

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: NotRequired[str | None]
    status: PaymentGroupStatus
    metadata: NotRequired[Metadata | None]
    expiresAt: datetime.datetime
    midExpireAt: NotRequired[datetime.datetime | None]
    jMinus2ExpireAt: NotRequired[datetime.datetime | None]
    jPlus3StartAt: NotRequired[datetime.datetime | None]
    reminderEmailSent: NotRequired[ReminderEmailSentStatus | bool]
    createdAt: datetime.datetime
    createdBy: NotRequired[str | None]
    updatedAt: NotRequired[datetime.datetime]
    updatedBy: NotRequired[str | None]
    canceledAt: NotRequired[datetime.datetime | None]
    completedAt: NotRequired[datetime.datetime | None]
    level: NotRequired[int]
    value: NotRequired[int]
    participantsToUnlock: NotRequired[int]
    paymentGroupSettingsId: NotRequired[str]
    paymentIntents: NotRequired[list[WebhookPaymentIntent]]
    paymentGroupSettings: NotRequired[WebhookPaymentGroupSettings]


WebhookPaymentGroupSucceededField: TypeAlias = Literal[
    "id",
    "shareId",
    "livemode",
    "organizationId",
    "customerId",
    "creatorEmail",
    "status",
    "metadata",
    "expiresAt",
    "midExpireAt",
    "jMinus2ExpireAt",
    "jPlus3StartAt",
    "reminderEmailSent",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "canceledAt",
    "completedAt",
    "level",
    "value",
    "participantsToUnlock",
    "paymentGroupSettingsId",
    "paymentIntents",
    "paymentGroupSettings",
]


class WebhookPaymentGroupSucceededValues(TypedDict, total=False):
    """Any fields of a `WebhookPaymentGroupSucceeded`."""

    id: str
    shareId: str
    livemode: bool
    organizationId: str
    customerId: str
    creatorEmail: str | None
    status: PaymentGroupStatus
    metadata: Metadata | None
    expiresAt: datetime.datetime
    midExpireAt: datetime.datetime | None
    jMinus2ExpireAt: datetime.datetime | None
    jPlus3StartAt: datetime.datetime | None
    reminderEmailSent: ReminderEmailSentStatus | bool
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    canceledAt: datetime.datetime | None
    completedAt: datetime.datetime | None
    level: int
    value: int
    participantsToUnlock: int
    paymentGroupSettingsId: str
    paymentIntents: list[WebhookPaymentIntent]
    paymentGroupSettings: WebhookPaymentGroupSettings


class WebhookPaymentGroupSettings(TypedDict):
    """A group's copy of the group settings, as sent in webhooks (camelCase)."""

    id: NotRequired[str]
    organizationId: NotRequired[str | None]
    paymentGroupId: NotRequired[str | None]
    livemode: NotRequired[bool]
    whatsappCommunication: NotRequired[bool]
    discountType: DiscountType
    maxParticipants: int
    minPurchaseValue: int
    minutesDuration: int
    createdAt: NotRequired[datetime.datetime]
    createdBy: NotRequired[str | None]
    updatedAt: NotRequired[datetime.datetime]
    updatedBy: NotRequired[str | None]
    discountLevels: NotRequired[list[WebhookDiscountLevel]]


WebhookPaymentGroupSettingsField: TypeAlias = Literal[
    "id",
    "organizationId",
    "paymentGroupId",
    "livemode",
    "whatsappCommunication",
    "discountType",
    "maxParticipants",
    "minPurchaseValue",
    "minutesDuration",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "discountLevels",
]


class WebhookPaymentGroupSettingsValues(TypedDict, total=False):
    """Any fields of a `WebhookPaymentGroupSettings`."""

    id: str
    organizationId: str | None
    paymentGroupId: str | None
    livemode: bool
    whatsappCommunication: bool
    discountType: DiscountType
    maxParticipants: int
    minPurchaseValue: int
    minutesDuration: int
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None
    discountLevels: list[WebhookDiscountLevel]


class WebhookDiscountLevel(TypedDict):
    """The WebhookDiscountLevel schema."""

    id: NotRequired[str]
    paymentGroupSettingsId: NotRequired[str | None]
    level: int
    value: int
    participantsToUnlock: int
    createdAt: NotRequired[datetime.datetime]


WebhookDiscountLevelField: TypeAlias = Literal[
    "id",
    "paymentGroupSettingsId",
    "level",
    "value",
    "participantsToUnlock",
    "createdAt",
]


class WebhookDiscountLevelValues(TypedDict, total=False):
    """Any fields of a `WebhookDiscountLevel`."""

    id: str
    paymentGroupSettingsId: str | None
    level: int
    value: int
    participantsToUnlock: int
    createdAt: datetime.datetime


class WebhookOrder(TypedDict):
    """An order, as sent in webhooks (camelCase)."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCashback: NotRequired[int | None]
    applicationFeeAmount: NotRequired[int | None]
    customerEmail: NotRequired[str | None]
    customerFirstName: NotRequired[str | None]
    customerLastName: NotRequired[str | None]
    customerPhoneNumber: NotRequired[str | None]
    customerId: NotRequired[str | None]
    paymentGroupShareId: NotRequired[str | None]
    paymentGroupId: NotRequired[str | None]
    ambassadorId: NotRequired[str | None]
    currency: Currency
    locale: NotRequired[Locale]
    status: OrderStatus
    metadata: NotRequired[Metadata | None]
    clientReferenceId: NotRequired[str | None]
    riskLevel: NotRequired[RiskLevel | None]
    token: NotRequired[str | None]
    createdAt: datetime.datetime
    createdBy: NotRequired[str | None]
    updatedAt: NotRequired[datetime.datetime]
    updatedBy: NotRequired[str | None]


WebhookOrderField: TypeAlias = Literal[
    "id",
    "livemode",
    "organizationId",
    "amount",
    "amountCashback",
    "applicationFeeAmount",
    "customerEmail",
    "customerFirstName",
    "customerLastName",
    "customerPhoneNumber",
    "customerId",
    "paymentGroupShareId",
    "paymentGroupId",
    "ambassadorId",
    "currency",
    "locale",
    "status",
    "metadata",
    "clientReferenceId",
    "riskLevel",
    "token",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
]


class WebhookOrderValues(TypedDict, total=False):
    """Any fields of a `WebhookOrder`."""

    id: str
    livemode: bool
    organizationId: str
    amount: int
    amountCashback: int | None
    applicationFeeAmount: int | None
    customerEmail: str | None
    customerFirstName: str | None
    customerLastName: str | None
    customerPhoneNumber: str | None
    customerId: str | None
    paymentGroupShareId: str | None
    paymentGroupId: str | None
    ambassadorId: str | None
    currency: Currency
    locale: Locale
    status: OrderStatus
    metadata: Metadata | None
    clientReferenceId: str | None
    riskLevel: RiskLevel | None
    token: str | None
    createdAt: datetime.datetime
    createdBy: str | None
    updatedAt: datetime.datetime
    updatedBy: str | None


EventType: TypeAlias = Literal[
    "payment_intent.succeeded",
    "payment_intent.cashback_available",
    "payment_intent.cashback_sent",
    "payment_group.created",
    "payment_group.joined",
    "payment_group.old_joined",
    "payment_group.succeeded",
    "payment_group.expired",
    "order.created",
    "order.cashback_available",
    "order.cashback_sent",
]


Metadata: TypeAlias = dict[str, Any]
Participant: TypeAlias = Order | PaymentIntent
