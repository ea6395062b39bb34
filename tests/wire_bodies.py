"""Response bodies as the production server sends them (reference §3, §6.2).

snake_case keys except inside `metadata`, nulls where the server sends them, fields this spec does
not know (left over from older schemas or added later) and enum values it does not list.
Every field of each model is present, expanded relations included.
"""

from __future__ import annotations

from typing import Any

CREATED = "2024-11-05T14:44:03.303Z"

CUSTOMER: dict[str, Any] = {
    "id": "cus_8f3e2a1b9c0d47",
    "email_address": "jane.doe@example.com",
    "first_name": "Jane",
    "last_name": None,
    "phone_number": "+33 6 12 34 56 78",
    "livemode": False,
    "is_blocked": False,
    "organization_id": "org_5c2ab8d6e41f07",
    "metadata": {"myId": 42, "nested": {"camelCase": None}},
    "locale": "de_DE",  # not (yet) a Locale
    "client_reference_id": None,
    "created_at": CREATED,
    "created_by": None,
    "updated_at": CREATED,
    "updated_by": "usr_0a1b2c3d4e5f60",
    "blocked_at": None,
    "blocked_by": None,
    "deleted_at": None,
    "address_id": "adr_1a2b3c4d5e6f70",
    "shipping_address_id": None,
    "marketing_opt_in": True,  # unknown field
}

DISCOUNT_LEVELS: list[dict[str, Any]] = [
    {
        "id": f"dlev_0a1b2c3d4e5f6{level}",
        "payment_group_settings_id": "pgset_7a1b2c3d4e5f60",
        "level": level,
        "value": value,
        "participants_to_unlock": unlock,
        "created_at": CREATED,
    }
    for level, value, unlock in [(1, 5, 2), (2, 10, 5), (3, 15, 10)]
]

SETTINGS: dict[str, Any] = {
    "id": "pgset_7a1b2c3d4e5f60",
    "organization_id": None,
    "payment_group_id": "pg_6be125f06f79d2",
    "livemode": False,
    "whatsapp_communication": False,
    "discount_type": "PERCENTAGE",
    "max_participants": 15,
    "minutes_duration": 10,
    "min_purchase_value": 0,
    "discount_levels": DISCOUNT_LEVELS,
    "created_at": CREATED,
    "created_by": "system",
    "updated_at": CREATED,
    "updated_by": None,
    "ai_copy": True,  # unknown field
}

GROUP_FIELDS: dict[str, Any] = {
    "id": "pg_6be125f06f79d2",
    "share_id": "KHTPAY-test-BE125F06",
    "livemode": False,
    "organization_id": "org_5c2ab8d6e41f07",
    "customer_id": "cus_8f3e2a1b9c0d47",
    "creator_email": None,
    "status": "ARCHIVED",  # not a PaymentGroupStatus
    "metadata": None,
    "expires_at": "2025-02-03T14:44:03.303Z",
    "mid_expire_at": None,
    "j_minus2_expire_at": "2025-01-29T08:00:00.000Z",
    "j_plus3_start_at": "2024-11-12T08:00:00.000Z",
    "reminder_email_sent": "DAY1_BEFORE_END_SENT",  # not a ReminderEmailSentStatus
    "created_at": CREATED,
    "created_by": "system",
    "updated_at": CREATED,
    "updated_by": None,
    "canceled_at": None,
    "completed_at": None,
}

PAYMENT_INTENT_FIELDS: dict[str, Any] = {
    "id": "pi_1d9e8f7a6b5c43",
    "livemode": False,
    "organization_id": "org_5c2ab8d6e41f07",
    "amount": 3000,
    "amount_captured": 2700,
    "amount_cashback": 300,
    "application_fee_amount": None,
    "currency": "EUR",
    "status": "CASHBACK_REVERSED",  # not a PaymentIntentStatus
    "risk_level": "LOW",
    "checkout_session_id": "cs_a41c7e92b03d58",
    "customer_id": "cus_8f3e2a1b9c0d47",
    "customer_email": "jane.doe@example.com",
    "payment_group_id": "pg_6be125f06f79d2",
    "ambassador_id": None,
    "client_reference_id": "42",
    "token": "1a7674eb4ee78df7e1ac439a93c3fa8e3c945784d4dec9fd8e3011738b2f1d62",
    "metadata": {"cart_id": 9001},
    "canceled_at": None,
    "created_at": CREATED,
    "created_by": "system",
    "updated_at": "2024-11-11T09:13:00.000Z",
    "updated_by": None,
    "stripe_risk_level": None,  # dropped from the schema in October 2024
}

ORDER_FIELDS: dict[str, Any] = {
    "id": "ord_3b7c9d2e1f0a64",
    "livemode": False,
    "organization_id": "org_5c2ab8d6e41f07",
    "amount": 8000,
    "amount_cashback": 800,
    "application_fee_amount": 120,
    "customer_email": "john.smith@example.com",
    "customer_first_name": "John",
    "customer_last_name": "Smith",
    "customer_phone_number": None,
    "customer_id": "cus_2a4c6e8f0b1d35",
    "payment_group_share_id": "KHTPAY-test-BE125F06",
    "payment_group_id": "pg_6be125f06f79d2",
    "ambassador_id": None,
    "currency": "EUR",
    "locale": "en_US",
    "status": "CASHBACK_REFUNDED",  # not an OrderStatus
    "metadata": {"basket_id": "1JYLo8KerLxWZaQtys6ZQ1xS"},
    "client_reference_id": None,
    "risk_level": "HIGHEST",
    "token": None,
    "created_at": CREATED,
    "created_by": "system",
    "updated_at": CREATED,
    "updated_by": None,
}

ORGANIZATION: dict[str, Any] = {"id": "org_5c2ab8d6e41f07", "name": "Maison Example", "brand_settings": None}

PAYMENT_GROUP: dict[str, Any] = {
    **GROUP_FIELDS,
    "orders": [ORDER_FIELDS],
    "payment_intents": [PAYMENT_INTENT_FIELDS],
    "customer": CUSTOMER,
    "organization": ORGANIZATION,
    "payment_group_settings": SETTINGS,
    "participants_count": 2,  # unknown field
}

ORDER: dict[str, Any] = {**ORDER_FIELDS, "payment_group": GROUP_FIELDS, "customer": None, "organization": ORGANIZATION}

CHECKOUT_SESSION: dict[str, Any] = {
    "id": "cs_a41c7e92b03d58",
    "share_id": "cs_test_3b8b91c75627bee566dcb88f4805901b20a3eab2520bcff8d26c87157a",
    "livemode": False,
    "organization_id": "org_5c2ab8d6e41f07",
    "url": "https://checkout.kohortpay.com/c/cs_test_3b8b91c75627bee566dcb88f4805901b20a3eab2520bcff8d26c87157a",
    "amount_total": 35000,
    "status": "PROCESSING",  # not a CheckoutSessionStatus
    "success_url": "https://shop.example.com/thanks?cart=1",
    "cancel_url": None,
    "customer_email": "jane.doe@example.com",
    "customer_first_name": "Jane",
    "customer_last_name": "Doe",
    "customer_phone_number": "",
    "customer_id": None,
    "currency": "EUR",
    "locale": "fr_FR",
    "metadata": {"cart_id": 9001, "coupon": None},
    "payment_group_share_id": None,
    "client_reference_id": "42",
    "payment_client_reference_id": "42",
    "expires_at": "2024-11-06T14:44:03.303Z",
    "completed_at": CREATED,
    "created_at": CREATED,
    "created_by": "system",
    "updated_at": CREATED,
    "updated_by": None,
    "line_items": [
        {
            "id": "li_9c8b7a6d5e4f32",
            "checkout_session_id": "cs_a41c7e92b03d58",
            "name": "Linen shirt",
            "price": 17500,
            "quantity": 2,
            "type": "BUNDLE",  # not a LineItemType
            "amount_total": 35000,
            "image_url": None,
            "description": "",
            "created_at": CREATED,
            "updated_at": CREATED,
        }
    ],
    "payment_intent": {**PAYMENT_INTENT_FIELDS, "payment_group": GROUP_FIELDS},
    "payment_group": GROUP_FIELDS,
    "customer": CUSTOMER,
    "organization": {"id": "org_5c2ab8d6e41f07"},
    "currency_symbol": "€",  # unknown field
}

PAYMENT_INTENT: dict[str, Any] = {
    **PAYMENT_INTENT_FIELDS,
    "payment_group": None,  # an expanded relation with nothing to inline
    "customer": CUSTOMER,
    "checkout_session": {key: value for key, value in CHECKOUT_SESSION.items() if key != "payment_intent"},
    "organization": ORGANIZATION,
}

CUSTOMER_EXPANDED: dict[str, Any] = {**CUSTOMER, "checkout_sessions": [], "organization": ORGANIZATION}

VALIDATE_RESULT: dict[str, Any] = {
    **{key: value for key, value in SETTINGS.items() if key != "id"},
    **GROUP_FIELDS,
    "discount_type": "FIXED_PRICE",  # not a DiscountType
    "payment_intents": [{**PAYMENT_INTENT_FIELDS, "customer": CUSTOMER}],
    "customer": CUSTOMER,
    "current_discount_level": DISCOUNT_LEVELS[0],
}

# model name -> wire body
RESOURCES: dict[str, dict[str, Any]] = {
    "Customer": CUSTOMER_EXPANDED,
    "PaymentGroup": PAYMENT_GROUP,
    "PaymentIntent": PAYMENT_INTENT,
    "Order": ORDER,
    "CheckoutSession": CHECKOUT_SESSION,
    "ValidatePaymentGroupResult": VALIDATE_RESULT,
    "PaymentGroupSettings": SETTINGS,
}
