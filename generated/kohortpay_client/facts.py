# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""What openapi.yaml says of the KohortPay API 0.1.0, as one typed table: its operations
and object schemas, with the facts of its `x-kohortpay` extension (natural keys, relations, id
prefixes, secret-key-only operations, ignored fields…). Read by the SDK, the mock server and the
testing kit, so that none of them restates the spec.

An `Operation[Body, Result]` and an `ObjectSchema[Record, Field]` carry, for type checkers only, the
`records` TypedDicts of their request body, success body and stored object, and the names of its
fields: the mock's rules are checked against them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

if TYPE_CHECKING:
    from . import records

SPEC_VERSION: Final = "0.1.0"
#: What generated the package from the spec: openapi-python-client (models, request builders) and codegen/.
GENERATOR_VERSION: Final = "openapi-python-client 0.29.1"

RecordT = TypeVar("RecordT")
FieldT = TypeVar("FieldT", bound=str)
BodyT = TypeVar("BodyT")
ResultT = TypeVar("ResultT")


@dataclass(frozen=True, slots=True)
class Relation:
    """What `expand[]` inlines under `name`: the `target` objects whose `remote` field equals the
    holder's `local` field (all of them if `many`, else the first)."""

    name: str
    target: str
    local: str
    remote: str
    many: bool


@dataclass(frozen=True, slots=True, eq=False)
class ObjectSchema(Generic[RecordT, FieldT]):
    """An object schema of the spec. Field names are camelCase, the server's own (what a request
    body, `search`, `orderBy` and the mock's records use)."""

    name: str
    #: How its `id` begins (`cus_`), from the id's `pattern`.
    prefix: str | None
    #: Its fields, relations excepted, in the spec's order.
    fields: tuple[str, ...]
    required: frozenset[str]
    nullable: frozenset[str]
    #: Fields whose values are integers (amounts in cents, counts): never a bool, a float or text.
    integers: frozenset[str]
    relations: Mapping[str, Relation]
    #: Field → (schema, field) it holds a value of (`customerId` → `("Customer", "id")`).
    references: Mapping[str, tuple[str, str]]
    #: Fields the server accepts and ignores.
    ignored: frozenset[str]
    #: Date-time fields the server takes only between now + min and now + max seconds.
    from_now: Mapping[str, tuple[int, int]]
    #: Field → {value sent: value the server stores instead} (orders store `en_GB` as `en_US`).
    stored_as: Mapping[str, Mapping[str, str]]
    #: Field → the `pattern` its values have (ids, share codes).
    patterns: Mapping[str, str]
    #: Groups of fields of which one must be given whole.
    alternatives: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True, eq=False)
class Operation(Generic[BodyT, ResultT]):
    """An operation: how it is called, what it answers, and its facts."""

    operation_id: str
    http_method: str
    path: str
    #: The client's resource (`customers`) and method (`create`) that call it.
    resource: str
    method: str
    #: The status of its success.
    status: int
    body: ObjectSchema[Any, Any] | None
    result: ObjectSchema[Any, Any] | None
    #: The object it acts on: its result's, or for a list, its items'.
    subject: ObjectSchema[Any, Any] | None
    #: Its query parameters, as sent (`take`, `expand[]`…).
    query: tuple[str, ...]
    #: Body fields whose values the server keeps unique among the objects it creates.
    unique_keys: tuple[str, ...]
    #: The status it gives its object.
    sets_status: str | None
    #: A `POST` that changes nothing.
    idempotent: bool
    #: Refused with 401 to a public key, before validation.
    secret_key_only: bool
    deprecated: bool


# ---------------------------------------------------------------------------------- object schemas
METADATA: Final[ObjectSchema[records.Metadata, str]] = ObjectSchema(
    name="Metadata",
    prefix=None,
    fields=(),
    required=frozenset(()),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
CREATE_PAYMENT_INTENT_PARAMS: Final[
    ObjectSchema[
        records.CreatePaymentIntentParams, records.CreatePaymentIntentParamsField
    ]
] = ObjectSchema(
    name="CreatePaymentIntentParams",
    prefix=None,
    fields=(
        "amount",
        "checkoutSessionId",
        "customerId",
        "metadata",
        "status",
        "clientReferenceId",
    ),
    required=frozenset(("amount", "checkoutSessionId")),
    nullable=frozenset(("customerId", "metadata", "clientReferenceId")),
    integers=frozenset(("amount",)),
    relations={},
    references={
        "checkoutSessionId": ("CheckoutSession", "id"),
        "customerId": ("Customer", "id"),
    },
    ignored=frozenset(("status",)),
    from_now={},
    stored_as={},
    patterns={"checkoutSessionId": "^cs_[0-9a-f]+$"},
    alternatives=(),
)
CREATE_PAYMENT_GROUP_PARAMS: Final[
    ObjectSchema[
        records.CreatePaymentGroupParams, records.CreatePaymentGroupParamsField
    ]
] = ObjectSchema(
    name="CreatePaymentGroupParams",
    prefix=None,
    fields=(
        "customerId",
        "paymentIntentId",
        "orderId",
        "metadata",
        "expiresAt",
        "midExpireAt",
    ),
    required=frozenset(("customerId",)),
    nullable=frozenset(("expiresAt",)),
    integers=frozenset(()),
    relations={},
    references={
        "customerId": ("Customer", "id"),
        "paymentIntentId": ("PaymentIntent", "id"),
        "orderId": ("Order", "id"),
    },
    ignored=frozenset(("midExpireAt",)),
    from_now={"expiresAt": (60, 7776000)},
    stored_as={},
    patterns={},
    alternatives=(("orderId",), ("paymentIntentId",)),
)
UPDATE_PAYMENT_GROUP_PARAMS: Final[
    ObjectSchema[
        records.UpdatePaymentGroupParams, records.UpdatePaymentGroupParamsField
    ]
] = ObjectSchema(
    name="UpdatePaymentGroupParams",
    prefix=None,
    fields=("metadata", "creatorEmail"),
    required=frozenset(()),
    nullable=frozenset(("metadata", "creatorEmail")),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
VALIDATE_PAYMENT_GROUP_PARAMS: Final[
    ObjectSchema[
        records.ValidatePaymentGroupParams, records.ValidatePaymentGroupParamsField
    ]
] = ObjectSchema(
    name="ValidatePaymentGroupParams",
    prefix=None,
    fields=("customerEmail", "amount"),
    required=frozenset(()),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
CREATE_CUSTOMER_PARAMS: Final[
    ObjectSchema[records.CreateCustomerParams, records.CreateCustomerParamsField]
] = ObjectSchema(
    name="CreateCustomerParams",
    prefix=None,
    fields=(
        "emailAddress",
        "firstName",
        "lastName",
        "phoneNumber",
        "metadata",
        "locale",
        "clientReferenceId",
    ),
    required=frozenset(("emailAddress",)),
    nullable=frozenset(
        ("firstName", "lastName", "phoneNumber", "metadata", "clientReferenceId")
    ),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
UPDATE_CUSTOMER_PARAMS: Final[
    ObjectSchema[records.UpdateCustomerParams, records.UpdateCustomerParamsField]
] = ObjectSchema(
    name="UpdateCustomerParams",
    prefix=None,
    fields=(
        "emailAddress",
        "firstName",
        "lastName",
        "phoneNumber",
        "metadata",
        "locale",
        "clientReferenceId",
        "deletedAt",
    ),
    required=frozenset(()),
    nullable=frozenset(
        (
            "firstName",
            "lastName",
            "phoneNumber",
            "metadata",
            "clientReferenceId",
            "deletedAt",
        )
    ),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
LINE_ITEM_PARAMS: Final[
    ObjectSchema[records.LineItemParams, records.LineItemParamsField]
] = ObjectSchema(
    name="LineItemParams",
    prefix=None,
    fields=("name", "price", "quantity", "type", "imageUrl", "description"),
    required=frozenset(("name", "price", "quantity")),
    nullable=frozenset(("imageUrl", "description")),
    integers=frozenset(("price", "quantity")),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
CREATE_CHECKOUT_SESSION_PARAMS: Final[
    ObjectSchema[
        records.CreateCheckoutSessionParams, records.CreateCheckoutSessionParamsField
    ]
] = ObjectSchema(
    name="CreateCheckoutSessionParams",
    prefix=None,
    fields=(
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
    ),
    required=frozenset(("amountTotal",)),
    nullable=frozenset(
        (
            "successUrl",
            "cancelUrl",
            "customerPhoneNumber",
            "metadata",
            "clientReferenceId",
            "paymentClientReferenceId",
        )
    ),
    integers=frozenset(("amountTotal",)),
    relations={},
    references={
        "customerId": ("Customer", "id"),
        "paymentGroupShareId": ("PaymentGroup", "shareId"),
    },
    ignored=frozenset(()),
    from_now={"expiresAt": (1800, 86400)},
    stored_as={},
    patterns={},
    alternatives=(
        ("customerId",),
        ("customerEmail", "customerFirstName", "customerLastName"),
    ),
)
CREATE_ORDER_PARAMS: Final[
    ObjectSchema[records.CreateOrderParams, records.CreateOrderParamsField]
] = ObjectSchema(
    name="CreateOrderParams",
    prefix=None,
    fields=(
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
    ),
    required=frozenset(("amount",)),
    nullable=frozenset(
        ("customerPhoneNumber", "metadata", "clientReferenceId", "paymentGroupShareId")
    ),
    integers=frozenset(("amount",)),
    relations={},
    references={
        "customerId": ("Customer", "id"),
        "paymentGroupShareId": ("PaymentGroup", "shareId"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={"locale": {"en_GB": "en_US"}},
    patterns={},
    alternatives=(
        ("customerId",),
        ("customerEmail", "customerFirstName", "customerLastName"),
    ),
)
PAYMENT_INTENT: Final[
    ObjectSchema[records.PaymentIntent, records.PaymentIntentField]
] = ObjectSchema(
    name="PaymentIntent",
    prefix="pi_",
    fields=(
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
    ),
    required=frozenset(
        (
            "id",
            "livemode",
            "organizationId",
            "amount",
            "amountCaptured",
            "amountCashback",
            "currency",
            "status",
            "checkoutSessionId",
            "customerId",
            "customerEmail",
            "paymentGroupId",
            "clientReferenceId",
            "metadata",
            "canceledAt",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
        )
    ),
    nullable=frozenset(
        (
            "amountCaptured",
            "amountCashback",
            "applicationFeeAmount",
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
            "updatedBy",
        )
    ),
    integers=frozenset(
        ("amount", "amountCaptured", "amountCashback", "applicationFeeAmount")
    ),
    relations={
        "paymentGroup": Relation(
            "paymentGroup", "PaymentGroup", "paymentGroupId", "id", False
        ),
        "customer": Relation("customer", "Customer", "customerId", "id", False),
        "checkoutSession": Relation(
            "checkoutSession", "CheckoutSession", "checkoutSessionId", "id", False
        ),
        "organization": Relation(
            "organization", "Organization", "organizationId", "id", False
        ),
    },
    references={
        "organizationId": ("Organization", "id"),
        "checkoutSessionId": ("CheckoutSession", "id"),
        "customerId": ("Customer", "id"),
        "paymentGroupId": ("PaymentGroup", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^pi_[0-9a-f]{14}$"},
    alternatives=(),
)
PAYMENT_GROUP: Final[ObjectSchema[records.PaymentGroup, records.PaymentGroupField]] = (
    ObjectSchema(
        name="PaymentGroup",
        prefix="pg_",
        fields=(
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
        ),
        required=frozenset(
            (
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
            )
        ),
        nullable=frozenset(
            (
                "creatorEmail",
                "metadata",
                "midExpireAt",
                "jMinus2ExpireAt",
                "jPlus3StartAt",
                "createdBy",
                "updatedBy",
                "canceledAt",
                "completedAt",
            )
        ),
        integers=frozenset(()),
        relations={
            "orders": Relation("orders", "Order", "id", "paymentGroupId", True),
            "paymentIntents": Relation(
                "paymentIntents", "PaymentIntent", "id", "paymentGroupId", True
            ),
            "customer": Relation("customer", "Customer", "customerId", "id", False),
            "organization": Relation(
                "organization", "Organization", "organizationId", "id", False
            ),
            "paymentGroupSettings": Relation(
                "paymentGroupSettings",
                "PaymentGroupSettings",
                "id",
                "paymentGroupId",
                False,
            ),
        },
        references={
            "organizationId": ("Organization", "id"),
            "customerId": ("Customer", "id"),
        },
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={
            "id": "^pg_[0-9a-f]{14}$",
            "shareId": "^KHT(PAY)?-(test-)?[0-9A-F]{8}$",
        },
        alternatives=(),
    )
)
PAYMENT_GROUP_SETTINGS: Final[
    ObjectSchema[records.PaymentGroupSettings, records.PaymentGroupSettingsField]
] = ObjectSchema(
    name="PaymentGroupSettings",
    prefix="pgset_",
    fields=(
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
    ),
    required=frozenset(
        (
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
        )
    ),
    nullable=frozenset(("organizationId", "paymentGroupId", "createdBy", "updatedBy")),
    integers=frozenset(("maxParticipants", "minutesDuration", "minPurchaseValue")),
    relations={
        "discountLevels": Relation(
            "discountLevels", "DiscountLevel", "id", "paymentGroupSettingsId", True
        ),
    },
    references={
        "organizationId": ("Organization", "id"),
        "paymentGroupId": ("PaymentGroup", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^pgset_[0-9a-f]{14}$"},
    alternatives=(),
)
DISCOUNT_LEVEL: Final[
    ObjectSchema[records.DiscountLevel, records.DiscountLevelField]
] = ObjectSchema(
    name="DiscountLevel",
    prefix="dlev_",
    fields=(
        "id",
        "paymentGroupSettingsId",
        "level",
        "value",
        "participantsToUnlock",
        "createdAt",
    ),
    required=frozenset(
        (
            "id",
            "paymentGroupSettingsId",
            "level",
            "value",
            "participantsToUnlock",
            "createdAt",
        )
    ),
    nullable=frozenset(()),
    integers=frozenset(("level", "value", "participantsToUnlock")),
    relations={},
    references={"paymentGroupSettingsId": ("PaymentGroupSettings", "id")},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^dlev_[0-9a-f]{14}$"},
    alternatives=(),
)
CURRENT_DISCOUNT_LEVEL: Final[
    ObjectSchema[records.CurrentDiscountLevel, records.CurrentDiscountLevelField]
] = ObjectSchema(
    name="CurrentDiscountLevel",
    prefix=None,
    fields=(
        "id",
        "paymentGroupSettingsId",
        "level",
        "value",
        "participantsToUnlock",
        "createdAt",
    ),
    required=frozenset(("value",)),
    nullable=frozenset(()),
    integers=frozenset(("level", "value", "participantsToUnlock")),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
VALIDATE_PAYMENT_GROUP_RESULT: Final[
    ObjectSchema[
        records.ValidatePaymentGroupResult, records.ValidatePaymentGroupResultField
    ]
] = ObjectSchema(
    name="ValidatePaymentGroupResult",
    prefix=None,
    fields=(
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
    ),
    required=frozenset(("currentDiscountLevel",)),
    nullable=frozenset(
        (
            "currentDiscountLevel",
            "creatorEmail",
            "metadata",
            "midExpireAt",
            "jMinus2ExpireAt",
            "jPlus3StartAt",
            "createdBy",
            "updatedBy",
            "canceledAt",
            "completedAt",
            "paymentGroupId",
        )
    ),
    integers=frozenset(("maxParticipants", "minutesDuration", "minPurchaseValue")),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
ORGANIZATION: Final[ObjectSchema[records.Organization, records.OrganizationField]] = (
    ObjectSchema(
        name="Organization",
        prefix="org_",
        fields=("id", "name"),
        required=frozenset(("id",)),
        nullable=frozenset(()),
        integers=frozenset(()),
        relations={
            "brandSettings": Relation(
                "brandSettings", "BrandSettings", "id", "organizationId", False
            ),
            "paymentGroupSettings": Relation(
                "paymentGroupSettings",
                "PaymentGroupSettings",
                "id",
                "organizationId",
                True,
            ),
        },
        references={},
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={"id": "^org_[0-9a-f]{14}$"},
        alternatives=(),
    )
)
BRAND_SETTINGS: Final[
    ObjectSchema[records.BrandSettings, records.BrandSettingsField]
] = ObjectSchema(
    name="BrandSettings",
    prefix="bset_",
    fields=("id", "organizationId"),
    required=frozenset(("id",)),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={"organizationId": ("Organization", "id")},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^bset_[0-9a-f]{14}$"},
    alternatives=(),
)
CUSTOMER: Final[ObjectSchema[records.Customer, records.CustomerField]] = ObjectSchema(
    name="Customer",
    prefix="cus_",
    fields=(
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
    ),
    required=frozenset(
        (
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
        )
    ),
    nullable=frozenset(
        (
            "firstName",
            "lastName",
            "phoneNumber",
            "metadata",
            "clientReferenceId",
            "createdBy",
            "updatedBy",
            "blockedAt",
            "blockedBy",
            "deletedAt",
            "addressId",
            "shippingAddressId",
        )
    ),
    integers=frozenset(()),
    relations={
        "checkoutSessions": Relation(
            "checkoutSessions", "CheckoutSession", "id", "customerId", True
        ),
        "organization": Relation(
            "organization", "Organization", "organizationId", "id", False
        ),
    },
    references={"organizationId": ("Organization", "id")},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^cus_[0-9a-f]{14}$"},
    alternatives=(),
)
CHECKOUT_SESSION: Final[
    ObjectSchema[records.CheckoutSession, records.CheckoutSessionField]
] = ObjectSchema(
    name="CheckoutSession",
    prefix="cs_",
    fields=(
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
    ),
    required=frozenset(
        (
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
        )
    ),
    nullable=frozenset(
        (
            "successUrl",
            "cancelUrl",
            "customerEmail",
            "customerFirstName",
            "customerLastName",
            "customerPhoneNumber",
            "customerId",
            "metadata",
            "paymentGroupShareId",
            "clientReferenceId",
            "paymentClientReferenceId",
            "completedAt",
            "createdBy",
            "updatedBy",
        )
    ),
    integers=frozenset(("amountTotal",)),
    relations={
        "lineItems": Relation("lineItems", "LineItem", "id", "checkoutSessionId", True),
        "paymentIntent": Relation(
            "paymentIntent", "PaymentIntent", "id", "checkoutSessionId", False
        ),
        "paymentGroup": Relation(
            "paymentGroup", "PaymentGroup", "paymentGroupShareId", "shareId", False
        ),
        "customer": Relation("customer", "Customer", "customerId", "id", False),
        "organization": Relation(
            "organization", "Organization", "organizationId", "id", False
        ),
    },
    references={
        "organizationId": ("Organization", "id"),
        "customerId": ("Customer", "id"),
        "paymentGroupShareId": ("PaymentGroup", "shareId"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^cs_[0-9a-f]{14}$", "shareId": "^cs_(test|live)_[0-9a-f]{58}$"},
    alternatives=(),
)
LINE_ITEM: Final[ObjectSchema[records.LineItem, records.LineItemField]] = ObjectSchema(
    name="LineItem",
    prefix="li_",
    fields=(
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
    ),
    required=frozenset(
        (
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
        )
    ),
    nullable=frozenset(("imageUrl", "description")),
    integers=frozenset(("price", "quantity", "amountTotal")),
    relations={
        "checkoutSession": Relation(
            "checkoutSession", "CheckoutSession", "checkoutSessionId", "id", False
        ),
    },
    references={"checkoutSessionId": ("CheckoutSession", "id")},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^li_[0-9a-f]{14}$"},
    alternatives=(),
)
ORDER: Final[ObjectSchema[records.Order, records.OrderField]] = ObjectSchema(
    name="Order",
    prefix="ord_",
    fields=(
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
    ),
    required=frozenset(
        (
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
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
        )
    ),
    nullable=frozenset(
        (
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
            "metadata",
            "clientReferenceId",
            "riskLevel",
            "token",
            "createdBy",
            "updatedBy",
        )
    ),
    integers=frozenset(("amount", "amountCashback", "applicationFeeAmount")),
    relations={
        "paymentGroup": Relation(
            "paymentGroup", "PaymentGroup", "paymentGroupId", "id", False
        ),
        "customer": Relation("customer", "Customer", "customerId", "id", False),
        "organization": Relation(
            "organization", "Organization", "organizationId", "id", False
        ),
    },
    references={
        "organizationId": ("Organization", "id"),
        "customerId": ("Customer", "id"),
        "paymentGroupShareId": ("PaymentGroup", "shareId"),
        "paymentGroupId": ("PaymentGroup", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^ord_[0-9a-f]{14}$"},
    alternatives=(),
)
PAYMENT_INTENT_LIST: Final[
    ObjectSchema[records.PaymentIntentList, records.PaymentIntentListField]
] = ObjectSchema(
    name="PaymentIntentList",
    prefix=None,
    fields=("data", "count"),
    required=frozenset(("data", "count")),
    nullable=frozenset(()),
    integers=frozenset(("count",)),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
PAYMENT_GROUP_LIST: Final[
    ObjectSchema[records.PaymentGroupList, records.PaymentGroupListField]
] = ObjectSchema(
    name="PaymentGroupList",
    prefix=None,
    fields=("data", "count"),
    required=frozenset(("data", "count")),
    nullable=frozenset(()),
    integers=frozenset(("count",)),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
CUSTOMER_LIST: Final[ObjectSchema[records.CustomerList, records.CustomerListField]] = (
    ObjectSchema(
        name="CustomerList",
        prefix=None,
        fields=("data", "count"),
        required=frozenset(("data", "count")),
        nullable=frozenset(()),
        integers=frozenset(("count",)),
        relations={},
        references={},
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={},
        alternatives=(),
    )
)
CHECKOUT_SESSION_LIST: Final[
    ObjectSchema[records.CheckoutSessionList, records.CheckoutSessionListField]
] = ObjectSchema(
    name="CheckoutSessionList",
    prefix=None,
    fields=("data", "count"),
    required=frozenset(("data", "count")),
    nullable=frozenset(()),
    integers=frozenset(("count",)),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
ORDER_LIST: Final[ObjectSchema[records.OrderList, records.OrderListField]] = (
    ObjectSchema(
        name="OrderList",
        prefix=None,
        fields=("data", "count"),
        required=frozenset(("data", "count")),
        nullable=frozenset(()),
        integers=frozenset(("count",)),
        relations={},
        references={},
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={},
        alternatives=(),
    )
)
PARTICIPANT_LIST: Final[
    ObjectSchema[records.ParticipantList, records.ParticipantListField]
] = ObjectSchema(
    name="ParticipantList",
    prefix=None,
    fields=("data", "count"),
    required=frozenset(("data", "count")),
    nullable=frozenset(()),
    integers=frozenset(("count",)),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
ERROR_RESPONSE: Final[
    ObjectSchema[records.ErrorResponse, records.ErrorResponseField]
] = ObjectSchema(
    name="ErrorResponse",
    prefix=None,
    fields=("error",),
    required=frozenset(("error",)),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
ERROR_DETAIL: Final[ObjectSchema[records.ErrorDetail, records.ErrorDetailField]] = (
    ObjectSchema(
        name="ErrorDetail",
        prefix=None,
        fields=("type", "message", "code"),
        required=frozenset(("type", "message")),
        nullable=frozenset(()),
        integers=frozenset(()),
        relations={},
        references={},
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={},
        alternatives=(),
    )
)
PAYMENT_INTENT_EVENT: Final[
    ObjectSchema[records.PaymentIntentEvent, records.PaymentIntentEventField]
] = ObjectSchema(
    name="PaymentIntentEvent",
    prefix=None,
    fields=("type", "data"),
    required=frozenset(("type", "data")),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
PAYMENT_GROUP_EVENT: Final[
    ObjectSchema[records.PaymentGroupEvent, records.PaymentGroupEventField]
] = ObjectSchema(
    name="PaymentGroupEvent",
    prefix=None,
    fields=("type", "data"),
    required=frozenset(("type", "data")),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
PAYMENT_GROUP_SUCCEEDED_EVENT: Final[
    ObjectSchema[
        records.PaymentGroupSucceededEvent, records.PaymentGroupSucceededEventField
    ]
] = ObjectSchema(
    name="PaymentGroupSucceededEvent",
    prefix=None,
    fields=("type", "data"),
    required=frozenset(("type", "data")),
    nullable=frozenset(()),
    integers=frozenset(()),
    relations={},
    references={},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={},
    alternatives=(),
)
ORDER_EVENT: Final[ObjectSchema[records.OrderEvent, records.OrderEventField]] = (
    ObjectSchema(
        name="OrderEvent",
        prefix=None,
        fields=("type", "data"),
        required=frozenset(("type", "data")),
        nullable=frozenset(()),
        integers=frozenset(()),
        relations={},
        references={},
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={},
        alternatives=(),
    )
)
WEBHOOK_PAYMENT_INTENT: Final[
    ObjectSchema[records.WebhookPaymentIntent, records.WebhookPaymentIntentField]
] = ObjectSchema(
    name="WebhookPaymentIntent",
    prefix="pi_",
    fields=(
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
    ),
    required=frozenset(
        (
            "id",
            "livemode",
            "organizationId",
            "amount",
            "currency",
            "status",
            "createdAt",
        )
    ),
    nullable=frozenset(
        (
            "amountCaptured",
            "amountCashback",
            "applicationFeeAmount",
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
            "createdBy",
            "updatedBy",
        )
    ),
    integers=frozenset(
        ("amount", "amountCaptured", "amountCashback", "applicationFeeAmount")
    ),
    relations={},
    references={
        "organizationId": ("Organization", "id"),
        "checkoutSessionId": ("CheckoutSession", "id"),
        "customerId": ("Customer", "id"),
        "paymentGroupId": ("PaymentGroup", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^pi_[0-9a-f]{14}$"},
    alternatives=(),
)
WEBHOOK_PAYMENT_GROUP: Final[
    ObjectSchema[records.WebhookPaymentGroup, records.WebhookPaymentGroupField]
] = ObjectSchema(
    name="WebhookPaymentGroup",
    prefix="pg_",
    fields=(
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
    ),
    required=frozenset(
        (
            "id",
            "shareId",
            "livemode",
            "organizationId",
            "customerId",
            "status",
            "expiresAt",
            "createdAt",
        )
    ),
    nullable=frozenset(
        (
            "creatorEmail",
            "metadata",
            "midExpireAt",
            "jMinus2ExpireAt",
            "jPlus3StartAt",
            "createdBy",
            "updatedBy",
            "canceledAt",
            "completedAt",
        )
    ),
    integers=frozenset(()),
    relations={},
    references={
        "organizationId": ("Organization", "id"),
        "customerId": ("Customer", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^pg_[0-9a-f]{14}$"},
    alternatives=(),
)
WEBHOOK_PAYMENT_GROUP_SUCCEEDED: Final[
    ObjectSchema[
        records.WebhookPaymentGroupSucceeded, records.WebhookPaymentGroupSucceededField
    ]
] = ObjectSchema(
    name="WebhookPaymentGroupSucceeded",
    prefix="pg_",
    fields=(
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
    ),
    required=frozenset(
        (
            "id",
            "shareId",
            "livemode",
            "organizationId",
            "customerId",
            "status",
            "expiresAt",
            "createdAt",
        )
    ),
    nullable=frozenset(
        (
            "creatorEmail",
            "metadata",
            "midExpireAt",
            "jMinus2ExpireAt",
            "jPlus3StartAt",
            "createdBy",
            "updatedBy",
            "canceledAt",
            "completedAt",
        )
    ),
    integers=frozenset(("level", "value", "participantsToUnlock")),
    relations={},
    references={
        "organizationId": ("Organization", "id"),
        "customerId": ("Customer", "id"),
        "paymentGroupSettingsId": ("PaymentGroupSettings", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^pg_[0-9a-f]{14}$"},
    alternatives=(),
)
WEBHOOK_PAYMENT_GROUP_SETTINGS: Final[
    ObjectSchema[
        records.WebhookPaymentGroupSettings, records.WebhookPaymentGroupSettingsField
    ]
] = ObjectSchema(
    name="WebhookPaymentGroupSettings",
    prefix="pgset_",
    fields=(
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
    ),
    required=frozenset(
        ("discountType", "maxParticipants", "minPurchaseValue", "minutesDuration")
    ),
    nullable=frozenset(("organizationId", "paymentGroupId", "createdBy", "updatedBy")),
    integers=frozenset(("maxParticipants", "minPurchaseValue", "minutesDuration")),
    relations={},
    references={
        "organizationId": ("Organization", "id"),
        "paymentGroupId": ("PaymentGroup", "id"),
    },
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^pgset_[0-9a-f]{14}$"},
    alternatives=(),
)
WEBHOOK_DISCOUNT_LEVEL: Final[
    ObjectSchema[records.WebhookDiscountLevel, records.WebhookDiscountLevelField]
] = ObjectSchema(
    name="WebhookDiscountLevel",
    prefix="dlev_",
    fields=(
        "id",
        "paymentGroupSettingsId",
        "level",
        "value",
        "participantsToUnlock",
        "createdAt",
    ),
    required=frozenset(("level", "value", "participantsToUnlock")),
    nullable=frozenset(("paymentGroupSettingsId",)),
    integers=frozenset(("level", "value", "participantsToUnlock")),
    relations={},
    references={"paymentGroupSettingsId": ("PaymentGroupSettings", "id")},
    ignored=frozenset(()),
    from_now={},
    stored_as={},
    patterns={"id": "^dlev_[0-9a-f]{14}$"},
    alternatives=(),
)
WEBHOOK_ORDER: Final[ObjectSchema[records.WebhookOrder, records.WebhookOrderField]] = (
    ObjectSchema(
        name="WebhookOrder",
        prefix="ord_",
        fields=(
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
        ),
        required=frozenset(
            (
                "id",
                "livemode",
                "organizationId",
                "amount",
                "currency",
                "status",
                "createdAt",
            )
        ),
        nullable=frozenset(
            (
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
                "metadata",
                "clientReferenceId",
                "riskLevel",
                "token",
                "createdBy",
                "updatedBy",
            )
        ),
        integers=frozenset(("amount", "amountCashback", "applicationFeeAmount")),
        relations={},
        references={
            "organizationId": ("Organization", "id"),
            "customerId": ("Customer", "id"),
            "paymentGroupShareId": ("PaymentGroup", "shareId"),
            "paymentGroupId": ("PaymentGroup", "id"),
        },
        ignored=frozenset(()),
        from_now={},
        stored_as={},
        patterns={"id": "^ord_[0-9a-f]{14}$"},
        alternatives=(),
    )
)

# ------------------------------------------------------------------------------------- operations
LIST_PAYMENT_INTENTS: Final[Operation[records.Empty, records.PaymentIntentList]] = (
    Operation(
        operation_id="listPaymentIntents",
        http_method="GET",
        path="/payment-intents",
        resource="payment_intents",
        method="list",
        status=200,
        body=None,
        result=PAYMENT_INTENT_LIST,
        subject=PAYMENT_INTENT,
        query=("take", "skip", "orderBy", "search", "expand[]"),
        unique_keys=(),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
CREATE_PAYMENT_INTENT: Final[
    Operation[records.CreatePaymentIntentParams, records.PaymentIntent]
] = Operation(
    operation_id="createPaymentIntent",
    http_method="POST",
    path="/payment-intents",
    resource="payment_intents",
    method="create",
    status=201,
    body=CREATE_PAYMENT_INTENT_PARAMS,
    result=PAYMENT_INTENT,
    subject=PAYMENT_INTENT,
    query=(),
    unique_keys=("checkoutSessionId",),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
GET_PAYMENT_INTENT: Final[Operation[records.Empty, records.PaymentIntent]] = Operation(
    operation_id="getPaymentIntent",
    http_method="GET",
    path="/payment-intents/{id}",
    resource="payment_intents",
    method="retrieve",
    status=200,
    body=None,
    result=PAYMENT_INTENT,
    subject=PAYMENT_INTENT,
    query=("expand[]",),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
CANCEL_PAYMENT_INTENT: Final[Operation[records.Empty, records.PaymentIntent]] = (
    Operation(
        operation_id="cancelPaymentIntent",
        http_method="POST",
        path="/payment-intents/{id}/cancel",
        resource="payment_intents",
        method="cancel",
        status=201,
        body=None,
        result=PAYMENT_INTENT,
        subject=PAYMENT_INTENT,
        query=(),
        unique_keys=(),
        sets_status="CANCELED",
        idempotent=False,
        secret_key_only=False,
        deprecated=True,
    )
)
LIST_PAYMENT_GROUPS: Final[Operation[records.Empty, records.PaymentGroupList]] = (
    Operation(
        operation_id="listPaymentGroups",
        http_method="GET",
        path="/payment-groups",
        resource="payment_groups",
        method="list",
        status=200,
        body=None,
        result=PAYMENT_GROUP_LIST,
        subject=PAYMENT_GROUP,
        query=("take", "skip", "orderBy", "search", "expand[]"),
        unique_keys=(),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
CREATE_PAYMENT_GROUP: Final[
    Operation[records.CreatePaymentGroupParams, records.PaymentGroup]
] = Operation(
    operation_id="createPaymentGroup",
    http_method="POST",
    path="/payment-groups",
    resource="payment_groups",
    method="create",
    status=201,
    body=CREATE_PAYMENT_GROUP_PARAMS,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
GET_PAYMENT_GROUP: Final[Operation[records.Empty, records.PaymentGroup]] = Operation(
    operation_id="getPaymentGroup",
    http_method="GET",
    path="/payment-groups/{id}",
    resource="payment_groups",
    method="retrieve",
    status=200,
    body=None,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=("expand[]",),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
UPDATE_PAYMENT_GROUP: Final[
    Operation[records.UpdatePaymentGroupParams, records.PaymentGroup]
] = Operation(
    operation_id="updatePaymentGroup",
    http_method="PATCH",
    path="/payment-groups/{id}",
    resource="payment_groups",
    method="update",
    status=200,
    body=UPDATE_PAYMENT_GROUP_PARAMS,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
LIST_PAYMENT_GROUP_PARTICIPANTS: Final[
    Operation[records.Empty, records.ParticipantList]
] = Operation(
    operation_id="listPaymentGroupParticipants",
    http_method="GET",
    path="/payment-groups/{id}/participants",
    resource="payment_groups",
    method="participants",
    status=200,
    body=None,
    result=PARTICIPANT_LIST,
    subject=None,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
CANCEL_PAYMENT_GROUP: Final[Operation[records.Empty, records.PaymentGroup]] = Operation(
    operation_id="cancelPaymentGroup",
    http_method="POST",
    path="/payment-groups/{id}/cancel",
    resource="payment_groups",
    method="cancel",
    status=201,
    body=None,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status="CANCELED",
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
EXPIRE_PAYMENT_GROUP: Final[Operation[records.Empty, records.PaymentGroup]] = Operation(
    operation_id="expirePaymentGroup",
    http_method="POST",
    path="/payment-groups/{id}/expire",
    resource="payment_groups",
    method="expire",
    status=201,
    body=None,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status="EXPIRED",
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
VALIDATE_PAYMENT_GROUP: Final[
    Operation[records.ValidatePaymentGroupParams, records.ValidatePaymentGroupResult]
] = Operation(
    operation_id="validatePaymentGroup",
    http_method="POST",
    path="/payment-groups/{id}/validate",
    resource="payment_groups",
    method="validate",
    status=201,
    body=VALIDATE_PAYMENT_GROUP_PARAMS,
    result=VALIDATE_PAYMENT_GROUP_RESULT,
    subject=VALIDATE_PAYMENT_GROUP_RESULT,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=True,
    secret_key_only=False,
    deprecated=False,
)
LIST_GROUPS: Final[Operation[records.Empty, records.PaymentGroupList]] = Operation(
    operation_id="listGroups",
    http_method="GET",
    path="/groups",
    resource="groups",
    method="list",
    status=200,
    body=None,
    result=PAYMENT_GROUP_LIST,
    subject=PAYMENT_GROUP,
    query=("take", "skip", "orderBy", "search", "expand[]"),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
CREATE_GROUP: Final[
    Operation[records.CreatePaymentGroupParams, records.PaymentGroup]
] = Operation(
    operation_id="createGroup",
    http_method="POST",
    path="/groups",
    resource="groups",
    method="create",
    status=201,
    body=CREATE_PAYMENT_GROUP_PARAMS,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
GET_GROUP: Final[Operation[records.Empty, records.PaymentGroup]] = Operation(
    operation_id="getGroup",
    http_method="GET",
    path="/groups/{id}",
    resource="groups",
    method="retrieve",
    status=200,
    body=None,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=("expand[]",),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
UPDATE_GROUP: Final[
    Operation[records.UpdatePaymentGroupParams, records.PaymentGroup]
] = Operation(
    operation_id="updateGroup",
    http_method="PATCH",
    path="/groups/{id}",
    resource="groups",
    method="update",
    status=200,
    body=UPDATE_PAYMENT_GROUP_PARAMS,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
LIST_GROUP_PARTICIPANTS: Final[Operation[records.Empty, records.ParticipantList]] = (
    Operation(
        operation_id="listGroupParticipants",
        http_method="GET",
        path="/groups/{id}/participants",
        resource="groups",
        method="participants",
        status=200,
        body=None,
        result=PARTICIPANT_LIST,
        subject=None,
        query=(),
        unique_keys=(),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
CANCEL_GROUP: Final[Operation[records.Empty, records.PaymentGroup]] = Operation(
    operation_id="cancelGroup",
    http_method="POST",
    path="/groups/{id}/cancel",
    resource="groups",
    method="cancel",
    status=201,
    body=None,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status="CANCELED",
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
EXPIRE_GROUP: Final[Operation[records.Empty, records.PaymentGroup]] = Operation(
    operation_id="expireGroup",
    http_method="POST",
    path="/groups/{id}/expire",
    resource="groups",
    method="expire",
    status=201,
    body=None,
    result=PAYMENT_GROUP,
    subject=PAYMENT_GROUP,
    query=(),
    unique_keys=(),
    sets_status="EXPIRED",
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
VALIDATE_GROUP: Final[
    Operation[records.ValidatePaymentGroupParams, records.ValidatePaymentGroupResult]
] = Operation(
    operation_id="validateGroup",
    http_method="POST",
    path="/groups/{id}/validate",
    resource="groups",
    method="validate",
    status=201,
    body=VALIDATE_PAYMENT_GROUP_PARAMS,
    result=VALIDATE_PAYMENT_GROUP_RESULT,
    subject=VALIDATE_PAYMENT_GROUP_RESULT,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=True,
    secret_key_only=False,
    deprecated=False,
)
LIST_CUSTOMERS: Final[Operation[records.Empty, records.CustomerList]] = Operation(
    operation_id="listCustomers",
    http_method="GET",
    path="/customers",
    resource="customers",
    method="list",
    status=200,
    body=None,
    result=CUSTOMER_LIST,
    subject=CUSTOMER,
    query=("take", "skip", "orderBy", "search", "expand[]"),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
CREATE_CUSTOMER: Final[Operation[records.CreateCustomerParams, records.Customer]] = (
    Operation(
        operation_id="createCustomer",
        http_method="POST",
        path="/customers",
        resource="customers",
        method="create",
        status=201,
        body=CREATE_CUSTOMER_PARAMS,
        result=CUSTOMER,
        subject=CUSTOMER,
        query=(),
        unique_keys=("emailAddress", "clientReferenceId"),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
GET_CUSTOMER: Final[Operation[records.Empty, records.Customer]] = Operation(
    operation_id="getCustomer",
    http_method="GET",
    path="/customers/{id}",
    resource="customers",
    method="retrieve",
    status=200,
    body=None,
    result=CUSTOMER,
    subject=CUSTOMER,
    query=("expand[]",),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
DELETE_CUSTOMER: Final[Operation[records.Empty, records.Customer]] = Operation(
    operation_id="deleteCustomer",
    http_method="DELETE",
    path="/customers/{id}",
    resource="customers",
    method="delete",
    status=200,
    body=None,
    result=CUSTOMER,
    subject=CUSTOMER,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
UPDATE_CUSTOMER: Final[Operation[records.UpdateCustomerParams, records.Customer]] = (
    Operation(
        operation_id="updateCustomer",
        http_method="PATCH",
        path="/customers/{id}",
        resource="customers",
        method="update",
        status=200,
        body=UPDATE_CUSTOMER_PARAMS,
        result=CUSTOMER,
        subject=CUSTOMER,
        query=(),
        unique_keys=(),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
BLOCK_CUSTOMER: Final[Operation[records.Empty, records.Customer]] = Operation(
    operation_id="blockCustomer",
    http_method="PATCH",
    path="/customers/{id}/block",
    resource="customers",
    method="block",
    status=200,
    body=None,
    result=CUSTOMER,
    subject=CUSTOMER,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
UNBLOCK_CUSTOMER: Final[Operation[records.Empty, records.Customer]] = Operation(
    operation_id="unblockCustomer",
    http_method="PATCH",
    path="/customers/{id}/unblock",
    resource="customers",
    method="unblock",
    status=200,
    body=None,
    result=CUSTOMER,
    subject=CUSTOMER,
    query=(),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
LIST_CHECKOUT_SESSIONS: Final[Operation[records.Empty, records.CheckoutSessionList]] = (
    Operation(
        operation_id="listCheckoutSessions",
        http_method="GET",
        path="/checkout-sessions",
        resource="checkout_sessions",
        method="list",
        status=200,
        body=None,
        result=CHECKOUT_SESSION_LIST,
        subject=CHECKOUT_SESSION,
        query=("take", "skip", "orderBy", "search", "expand[]"),
        unique_keys=(),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
CREATE_CHECKOUT_SESSION: Final[
    Operation[records.CreateCheckoutSessionParams, records.CheckoutSession]
] = Operation(
    operation_id="createCheckoutSession",
    http_method="POST",
    path="/checkout-sessions",
    resource="checkout_sessions",
    method="create",
    status=201,
    body=CREATE_CHECKOUT_SESSION_PARAMS,
    result=CHECKOUT_SESSION,
    subject=CHECKOUT_SESSION,
    query=(),
    unique_keys=("clientReferenceId", "paymentClientReferenceId"),
    sets_status=None,
    idempotent=False,
    secret_key_only=False,
    deprecated=False,
)
GET_CHECKOUT_SESSION: Final[Operation[records.Empty, records.CheckoutSession]] = (
    Operation(
        operation_id="getCheckoutSession",
        http_method="GET",
        path="/checkout-sessions/{id}",
        resource="checkout_sessions",
        method="retrieve",
        status=200,
        body=None,
        result=CHECKOUT_SESSION,
        subject=CHECKOUT_SESSION,
        query=("expand[]",),
        unique_keys=(),
        sets_status=None,
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
EXPIRE_CHECKOUT_SESSION: Final[Operation[records.Empty, records.CheckoutSession]] = (
    Operation(
        operation_id="expireCheckoutSession",
        http_method="PATCH",
        path="/checkout-sessions/{id}/expire",
        resource="checkout_sessions",
        method="expire",
        status=200,
        body=None,
        result=CHECKOUT_SESSION,
        subject=CHECKOUT_SESSION,
        query=(),
        unique_keys=(),
        sets_status="EXPIRED",
        idempotent=False,
        secret_key_only=False,
        deprecated=False,
    )
)
LIST_ORDERS: Final[Operation[records.Empty, records.OrderList]] = Operation(
    operation_id="listOrders",
    http_method="GET",
    path="/orders",
    resource="orders",
    method="list",
    status=200,
    body=None,
    result=ORDER_LIST,
    subject=ORDER,
    query=("take", "skip", "orderBy", "search", "expand[]"),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=True,
    deprecated=False,
)
CREATE_ORDER: Final[Operation[records.CreateOrderParams, records.Order]] = Operation(
    operation_id="createOrder",
    http_method="POST",
    path="/orders",
    resource="orders",
    method="create",
    status=201,
    body=CREATE_ORDER_PARAMS,
    result=ORDER,
    subject=ORDER,
    query=(),
    unique_keys=("clientReferenceId",),
    sets_status=None,
    idempotent=False,
    secret_key_only=True,
    deprecated=False,
)
GET_ORDER: Final[Operation[records.Empty, records.Order]] = Operation(
    operation_id="getOrder",
    http_method="GET",
    path="/orders/{id}",
    resource="orders",
    method="retrieve",
    status=200,
    body=None,
    result=ORDER,
    subject=ORDER,
    query=("expand[]",),
    unique_keys=(),
    sets_status=None,
    idempotent=False,
    secret_key_only=True,
    deprecated=False,
)

#: Every object schema, by name.
SCHEMAS: Final[Mapping[str, ObjectSchema[Any, Any]]] = {
    "Metadata": METADATA,
    "CreatePaymentIntentParams": CREATE_PAYMENT_INTENT_PARAMS,
    "CreatePaymentGroupParams": CREATE_PAYMENT_GROUP_PARAMS,
    "UpdatePaymentGroupParams": UPDATE_PAYMENT_GROUP_PARAMS,
    "ValidatePaymentGroupParams": VALIDATE_PAYMENT_GROUP_PARAMS,
    "CreateCustomerParams": CREATE_CUSTOMER_PARAMS,
    "UpdateCustomerParams": UPDATE_CUSTOMER_PARAMS,
    "LineItemParams": LINE_ITEM_PARAMS,
    "CreateCheckoutSessionParams": CREATE_CHECKOUT_SESSION_PARAMS,
    "CreateOrderParams": CREATE_ORDER_PARAMS,
    "PaymentIntent": PAYMENT_INTENT,
    "PaymentGroup": PAYMENT_GROUP,
    "PaymentGroupSettings": PAYMENT_GROUP_SETTINGS,
    "DiscountLevel": DISCOUNT_LEVEL,
    "CurrentDiscountLevel": CURRENT_DISCOUNT_LEVEL,
    "ValidatePaymentGroupResult": VALIDATE_PAYMENT_GROUP_RESULT,
    "Organization": ORGANIZATION,
    "BrandSettings": BRAND_SETTINGS,
    "Customer": CUSTOMER,
    "CheckoutSession": CHECKOUT_SESSION,
    "LineItem": LINE_ITEM,
    "Order": ORDER,
    "PaymentIntentList": PAYMENT_INTENT_LIST,
    "PaymentGroupList": PAYMENT_GROUP_LIST,
    "CustomerList": CUSTOMER_LIST,
    "CheckoutSessionList": CHECKOUT_SESSION_LIST,
    "OrderList": ORDER_LIST,
    "ParticipantList": PARTICIPANT_LIST,
    "ErrorResponse": ERROR_RESPONSE,
    "ErrorDetail": ERROR_DETAIL,
    "PaymentIntentEvent": PAYMENT_INTENT_EVENT,
    "PaymentGroupEvent": PAYMENT_GROUP_EVENT,
    "PaymentGroupSucceededEvent": PAYMENT_GROUP_SUCCEEDED_EVENT,
    "OrderEvent": ORDER_EVENT,
    "WebhookPaymentIntent": WEBHOOK_PAYMENT_INTENT,
    "WebhookPaymentGroup": WEBHOOK_PAYMENT_GROUP,
    "WebhookPaymentGroupSucceeded": WEBHOOK_PAYMENT_GROUP_SUCCEEDED,
    "WebhookPaymentGroupSettings": WEBHOOK_PAYMENT_GROUP_SETTINGS,
    "WebhookDiscountLevel": WEBHOOK_DISCOUNT_LEVEL,
    "WebhookOrder": WEBHOOK_ORDER,
}

#: Every operation, by operationId, in the spec's order.
OPERATIONS: Final[Mapping[str, Operation[Any, Any]]] = {
    "listPaymentIntents": LIST_PAYMENT_INTENTS,
    "createPaymentIntent": CREATE_PAYMENT_INTENT,
    "getPaymentIntent": GET_PAYMENT_INTENT,
    "cancelPaymentIntent": CANCEL_PAYMENT_INTENT,
    "listPaymentGroups": LIST_PAYMENT_GROUPS,
    "createPaymentGroup": CREATE_PAYMENT_GROUP,
    "getPaymentGroup": GET_PAYMENT_GROUP,
    "updatePaymentGroup": UPDATE_PAYMENT_GROUP,
    "listPaymentGroupParticipants": LIST_PAYMENT_GROUP_PARTICIPANTS,
    "cancelPaymentGroup": CANCEL_PAYMENT_GROUP,
    "expirePaymentGroup": EXPIRE_PAYMENT_GROUP,
    "validatePaymentGroup": VALIDATE_PAYMENT_GROUP,
    "listGroups": LIST_GROUPS,
    "createGroup": CREATE_GROUP,
    "getGroup": GET_GROUP,
    "updateGroup": UPDATE_GROUP,
    "listGroupParticipants": LIST_GROUP_PARTICIPANTS,
    "cancelGroup": CANCEL_GROUP,
    "expireGroup": EXPIRE_GROUP,
    "validateGroup": VALIDATE_GROUP,
    "listCustomers": LIST_CUSTOMERS,
    "createCustomer": CREATE_CUSTOMER,
    "getCustomer": GET_CUSTOMER,
    "deleteCustomer": DELETE_CUSTOMER,
    "updateCustomer": UPDATE_CUSTOMER,
    "blockCustomer": BLOCK_CUSTOMER,
    "unblockCustomer": UNBLOCK_CUSTOMER,
    "listCheckoutSessions": LIST_CHECKOUT_SESSIONS,
    "createCheckoutSession": CREATE_CHECKOUT_SESSION,
    "getCheckoutSession": GET_CHECKOUT_SESSION,
    "expireCheckoutSession": EXPIRE_CHECKOUT_SESSION,
    "listOrders": LIST_ORDERS,
    "createOrder": CREATE_ORDER,
    "getOrder": GET_ORDER,
}

#: Every operation, by its resource and SDK method (`("groups", "retrieve")`).
BY_METHOD: Final[Mapping[tuple[str, str], Operation[Any, Any]]] = {
    ("payment_intents", "list"): LIST_PAYMENT_INTENTS,
    ("payment_intents", "create"): CREATE_PAYMENT_INTENT,
    ("payment_intents", "retrieve"): GET_PAYMENT_INTENT,
    ("payment_intents", "cancel"): CANCEL_PAYMENT_INTENT,
    ("payment_groups", "list"): LIST_PAYMENT_GROUPS,
    ("payment_groups", "create"): CREATE_PAYMENT_GROUP,
    ("payment_groups", "retrieve"): GET_PAYMENT_GROUP,
    ("payment_groups", "update"): UPDATE_PAYMENT_GROUP,
    ("payment_groups", "participants"): LIST_PAYMENT_GROUP_PARTICIPANTS,
    ("payment_groups", "cancel"): CANCEL_PAYMENT_GROUP,
    ("payment_groups", "expire"): EXPIRE_PAYMENT_GROUP,
    ("payment_groups", "validate"): VALIDATE_PAYMENT_GROUP,
    ("groups", "list"): LIST_GROUPS,
    ("groups", "create"): CREATE_GROUP,
    ("groups", "retrieve"): GET_GROUP,
    ("groups", "update"): UPDATE_GROUP,
    ("groups", "participants"): LIST_GROUP_PARTICIPANTS,
    ("groups", "cancel"): CANCEL_GROUP,
    ("groups", "expire"): EXPIRE_GROUP,
    ("groups", "validate"): VALIDATE_GROUP,
    ("customers", "list"): LIST_CUSTOMERS,
    ("customers", "create"): CREATE_CUSTOMER,
    ("customers", "retrieve"): GET_CUSTOMER,
    ("customers", "delete"): DELETE_CUSTOMER,
    ("customers", "update"): UPDATE_CUSTOMER,
    ("customers", "block"): BLOCK_CUSTOMER,
    ("customers", "unblock"): UNBLOCK_CUSTOMER,
    ("checkout_sessions", "list"): LIST_CHECKOUT_SESSIONS,
    ("checkout_sessions", "create"): CREATE_CHECKOUT_SESSION,
    ("checkout_sessions", "retrieve"): GET_CHECKOUT_SESSION,
    ("checkout_sessions", "expire"): EXPIRE_CHECKOUT_SESSION,
    ("orders", "list"): LIST_ORDERS,
    ("orders", "create"): CREATE_ORDER,
    ("orders", "retrieve"): GET_ORDER,
}

#: Every webhook event type, and the schema of its payload.
WEBHOOKS: Final[Mapping[str, ObjectSchema[Any, Any]]] = {
    "payment_intent.succeeded": PAYMENT_INTENT_EVENT,
    "payment_intent.cashback_available": PAYMENT_INTENT_EVENT,
    "payment_intent.cashback_sent": PAYMENT_INTENT_EVENT,
    "payment_group.created": PAYMENT_GROUP_EVENT,
    "payment_group.joined": PAYMENT_GROUP_EVENT,
    "payment_group.old_joined": PAYMENT_GROUP_EVENT,
    "payment_group.succeeded": PAYMENT_GROUP_SUCCEEDED_EVENT,
    "payment_group.expired": PAYMENT_GROUP_EVENT,
    "order.created": ORDER_EVENT,
    "order.cashback_available": ORDER_EVENT,
    "order.cashback_sent": ORDER_EVENT,
}
