"""KohortPay's own PrestaShop module (module-prestashop/kohortpay in the server's repository), as it
calls the API: a referral code checked from the cart (`CartController::validateReferralCode`), then
the paid order sent as a checkout session (`kohortpay.php` `getOrderJson`). Its JSON is PHP's: prices
are floats (`round($price * 100)`), keys mixed snake_case and camelCase, an address without a phone
sends `customerPhoneNumber: null`, a product without a short description sends `""`.
"""

from __future__ import annotations

from typing import Any

from .support import Parity

Json = Any


def prestashop_order(order_id: int, email: str, *, phone: str | None, code: str | None = None) -> Json:
    """What `getOrderJson` builds for a cart of two mugs, a voucher and shipping."""
    body: Json = {
        "customerFirstName": "Jeanne",
        "customerLastName": "Martin",
        "customerEmail": email,
        "customerPhoneNumber": phone,
        "amountTotal": 5497.0,
        "lineItems": [
            {
                "name": "Mug The best is yet to come",
                "description": "",
                "price": 1499.0,
                "quantity": 3,
                "type": "PRODUCT",
                "image_url": "https://shop.example/2-home_default/mug.jpg",
            },
            {"name": "Voucher -5 €", "price": -500.0, "quantity": 1, "type": "DISCOUNT"},
            {"name": "Colissimo", "price": 1500.0, "quantity": 1, "type": "SHIPPING"},
        ],
        "client_reference_id": str(order_id),
        "payment_client_reference_id": str(order_id),
        "metadata": {"order_id": order_id, "cart_id": order_id + 100, "customer_id": 7},
    }
    if code:
        body["payment_group_share_id"] = code
    return body


def test_a_referral_through_the_prestashop_module(parity: Parity) -> None:
    first = parity.call(
        "order-without-phone", "POST", "/checkout-sessions", prestashop_order(1, "jeanne@example.com", phone=None)
    )
    parity.settle()
    expand = {"expand[]": ["paymentIntent.paymentGroup", "lineItems"]}
    session = parity.call("order-group", "GET", f"/checkout-sessions/{first['id']}", query=expand)
    code = session["payment_intent"]["payment_group"]["share_id"]
    parity.call("cart-code", "POST", f"/payment-groups/{code}/validate", {"amount": 3999.0})
    parity.call("cart-unknown-code", "POST", "/payment-groups/KHT-test-00000000/validate", {"amount": 3999.0})
    friend = prestashop_order(2, "paul@example.com", phone="0612345678", code=code)
    parity.call("friend-order", "POST", "/checkout-sessions", friend)
    parity.call("order-sent-twice", "POST", "/checkout-sessions", friend)
    parity.call(
        "own-code", "POST", "/checkout-sessions", prestashop_order(3, "jeanne@example.com", phone="", code=code)
    )
    parity.settle()
    parity.call("group-after", "GET", f"/payment-groups/{code}", query={"expand[]": ["paymentIntents"]})
    parity.call("customers", "GET", "/customers", query={"orderBy": "emailAddress:asc"})
