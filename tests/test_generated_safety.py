"""The guarantees our templates add to the stock generator (see templates/README.md).

Each test here fails against code generated from the stock templates.
"""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from wire_bodies import CUSTOMER, GROUP_FIELDS, PAYMENT_INTENT_FIELDS

import kohortpay_client
from kohortpay_client import models
from kohortpay_client.api.customers import create_customer, get_customer, list_customers
from kohortpay_client.types import UNSET


class TestOpenEnums:
    def test_unknown_value_parses_and_stays_readable(self) -> None:
        status = models.PaymentGroupStatus("ARCHIVED")
        assert isinstance(status, models.PaymentGroupStatus)
        assert status.value == "ARCHIVED"
        assert str(status) == "ARCHIVED"
        assert status == "ARCHIVED"
        assert status not in list(models.PaymentGroupStatus)

    def test_known_values_are_still_the_members(self) -> None:
        assert models.PaymentGroupStatus("OPEN") is models.PaymentGroupStatus.OPEN

    def test_unknown_value_in_a_response_round_trips(self) -> None:
        group = models.PaymentGroup.from_dict({**GROUP_FIELDS, "status": "ARCHIVED"})
        assert group.status.value == "ARCHIVED"
        assert group.to_dict()["status"] == "ARCHIVED"

    def test_one_unknown_item_does_not_fail_a_list(self) -> None:
        page = models.PaymentGroupList.from_dict(
            {"data": [GROUP_FIELDS, {**GROUP_FIELDS, "status": "ARCHIVED"}], "count": 2}
        )
        assert [group.status for group in page.data] == ["ARCHIVED", "ARCHIVED"]
        assert page.data[0].status is not models.PaymentGroupStatus.OPEN

    def test_unknown_enum_value_of_a_field(self) -> None:
        customer = models.Customer.from_dict({**CUSTOMER, "locale": "it_IT"})
        assert isinstance(customer.locale, models.Locale)
        assert customer.locale.value == "it_IT"

    def test_non_string_values_are_still_refused(self) -> None:
        with pytest.raises(ValueError):
            models.PaymentGroupStatus(3)  # type: ignore[arg-type]


class TestNullsAndMissingFields:
    def test_nullable_fields_arriving_as_null_parse(self) -> None:
        body = {**CUSTOMER, "metadata": None, "first_name": None, "blocked_at": None}
        customer = models.Customer.from_dict(body)
        assert (customer.metadata, customer.first_name, customer.blocked_at) == (None,) * 3
        assert customer.to_dict()["first_name"] is None

    def test_nullable_enum_and_nullable_datetime(self) -> None:
        body = {**PAYMENT_INTENT_FIELDS, "status": "SUCCEEDED", "risk_level": None, "canceled_at": None}
        intent = models.PaymentIntent.from_dict(body)
        assert intent.risk_level is None and intent.canceled_at is None

    def test_optional_fields_that_are_missing_parse(self) -> None:
        optional = {"application_fee_amount", "risk_level", "ambassador_id", "token"}
        body = {key: value for key, value in PAYMENT_INTENT_FIELDS.items() if key not in optional}
        body["status"] = "SUCCEEDED"
        intent = models.PaymentIntent.from_dict(body)
        assert intent.token is UNSET and intent.risk_level is UNSET
        assert "token" not in intent.to_dict()


class TestDatetimes:
    def test_naive_datetime_is_refused_with_a_clear_error(self) -> None:
        params = models.CreatePaymentGroupParams(
            customer_id="cus_8f3e2a1b9c0d47", order_id="ord_3b7c9d2e1f0a64", expires_at=dt.datetime(2024, 11, 12, 14)
        )
        with pytest.raises(ValueError, match="expires_at") as error:
            params.to_dict()
        assert "timezone" in str(error.value)

    def test_naive_nullable_datetime_is_refused(self) -> None:
        params = models.CreatePaymentGroupParams(customer_id="cus_8f3e2a1b9c0d47", expires_at=dt.datetime(2024, 11, 12))
        with pytest.raises(ValueError, match="expires_at"):
            params.to_dict()

    def test_aware_datetime_is_sent_in_utc_like_the_server(self) -> None:
        paris = dt.timezone(dt.timedelta(hours=1))
        params = models.CreatePaymentGroupParams(
            customer_id="cus_8f3e2a1b9c0d47",
            order_id="ord_3b7c9d2e1f0a64",
            expires_at=dt.datetime(2024, 11, 12, 15, 44, 3, 303000, tzinfo=paris),
        )
        assert params.to_dict()["expiresAt"] == "2024-11-12T14:44:03.303Z"

    def test_microseconds_are_not_lost(self) -> None:
        when = dt.datetime(2024, 11, 12, 14, 44, 3, 303123, tzinfo=dt.UTC)
        body = models.CreatePaymentGroupParams(customer_id="cus_8f3e2a1b9c0d47", expires_at=when).to_dict()
        assert body["expiresAt"] == "2024-11-12T14:44:03.303123Z"
        assert models.CreatePaymentGroupParams.from_dict(body).expires_at == when

    def test_server_datetimes_parse_as_aware_utc(self) -> None:
        group = models.PaymentGroup.from_dict({**GROUP_FIELDS, "status": "OPEN", "reminder_email_sent": "NOT_SENT"})
        assert group.expires_at == dt.datetime(2025, 2, 3, 14, 44, 3, 303000, tzinfo=dt.UTC)


class TestRequestBuilders:
    """An operation is a request builder and nothing else: the SDK sends the request itself."""

    def test_no_low_level_client_is_generated(self) -> None:
        assert not hasattr(kohortpay_client, "Client") and not hasattr(kohortpay_client, "AuthenticatedClient")
        assert importlib.util.find_spec("kohortpay_client.client") is None
        assert not hasattr(create_customer, "sync") and not hasattr(create_customer, "asyncio_detailed")

    def test_a_body_is_camel_case_json_with_its_headers(self) -> None:
        params = models.CreateCustomerParams(email_address="jane.doe@example.com", first_name="Jane")
        assert create_customer.build_request(body=params, idempotency_key="key-1") == {
            "method": "post",
            "url": "/customers",
            "json": {"emailAddress": "jane.doe@example.com", "firstName": "Jane"},
            "headers": {"Idempotency-Key": "key-1", "Content-Type": "application/json"},
        }

    def test_path_parameters_are_quoted(self) -> None:
        assert get_customer.build_request("cus_1/../orders")["url"] == "/customers/cus_1%2F..%2Forders"

    def test_query_parameters_left_unset_are_not_sent(self) -> None:
        request = list_customers.build_request(take=10, order_by=UNSET, expand=["organization"])
        assert request["params"] == {"take": 10, "skip": 0, "expand[]": ["organization"]}
