# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""Contains all the data models used in inputs/outputs"""

from .brand_settings import BrandSettings
from .checkout_session import CheckoutSession
from .checkout_session_list import CheckoutSessionList
from .checkout_session_status import CheckoutSessionStatus
from .create_checkout_session_params import CreateCheckoutSessionParams
from .create_customer_params import CreateCustomerParams
from .create_order_params import CreateOrderParams
from .create_payment_group_params import CreatePaymentGroupParams
from .create_payment_intent_params import CreatePaymentIntentParams
from .create_payment_intent_params_status import CreatePaymentIntentParamsStatus
from .currency import Currency
from .current_discount_level import CurrentDiscountLevel
from .customer import Customer
from .customer_list import CustomerList
from .discount_level import DiscountLevel
from .discount_type import DiscountType
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .error_type import ErrorType
from .line_item import LineItem
from .line_item_params import LineItemParams
from .line_item_type import LineItemType
from .locale import Locale
from .metadata import Metadata
from .order import Order
from .order_event import OrderEvent
from .order_event_type import OrderEventType
from .order_list import OrderList
from .order_status import OrderStatus
from .organization import Organization
from .participant_list import ParticipantList
from .payment_group import PaymentGroup
from .payment_group_event import PaymentGroupEvent
from .payment_group_event_type import PaymentGroupEventType
from .payment_group_list import PaymentGroupList
from .payment_group_settings import PaymentGroupSettings
from .payment_group_status import PaymentGroupStatus
from .payment_group_succeeded_event import PaymentGroupSucceededEvent
from .payment_intent import PaymentIntent
from .payment_intent_event import PaymentIntentEvent
from .payment_intent_event_type import PaymentIntentEventType
from .payment_intent_list import PaymentIntentList
from .payment_intent_status import PaymentIntentStatus
from .reminder_email_sent_status import ReminderEmailSentStatus
from .risk_level import RiskLevel
from .update_customer_params import UpdateCustomerParams
from .update_payment_group_params import UpdatePaymentGroupParams
from .validate_payment_group_params import ValidatePaymentGroupParams
from .validate_payment_group_result import ValidatePaymentGroupResult
from .webhook_discount_level import WebhookDiscountLevel
from .webhook_order import WebhookOrder
from .webhook_payment_group import WebhookPaymentGroup
from .webhook_payment_group_settings import WebhookPaymentGroupSettings
from .webhook_payment_group_succeeded import WebhookPaymentGroupSucceeded
from .webhook_payment_intent import WebhookPaymentIntent

__all__ = (
    "BrandSettings",
    "CheckoutSession",
    "CheckoutSessionList",
    "CheckoutSessionStatus",
    "CreateCheckoutSessionParams",
    "CreateCustomerParams",
    "CreateOrderParams",
    "CreatePaymentGroupParams",
    "CreatePaymentIntentParams",
    "CreatePaymentIntentParamsStatus",
    "Currency",
    "CurrentDiscountLevel",
    "Customer",
    "CustomerList",
    "DiscountLevel",
    "DiscountType",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "ErrorType",
    "LineItem",
    "LineItemParams",
    "LineItemType",
    "Locale",
    "Metadata",
    "Order",
    "OrderEvent",
    "OrderEventType",
    "OrderList",
    "OrderStatus",
    "Organization",
    "ParticipantList",
    "PaymentGroup",
    "PaymentGroupEvent",
    "PaymentGroupEventType",
    "PaymentGroupList",
    "PaymentGroupSettings",
    "PaymentGroupStatus",
    "PaymentGroupSucceededEvent",
    "PaymentIntent",
    "PaymentIntentEvent",
    "PaymentIntentEventType",
    "PaymentIntentList",
    "PaymentIntentStatus",
    "ReminderEmailSentStatus",
    "RiskLevel",
    "UpdateCustomerParams",
    "UpdatePaymentGroupParams",
    "ValidatePaymentGroupParams",
    "ValidatePaymentGroupResult",
    "WebhookDiscountLevel",
    "WebhookOrder",
    "WebhookPaymentGroup",
    "WebhookPaymentGroupSettings",
    "WebhookPaymentGroupSucceeded",
    "WebhookPaymentIntent",
)
