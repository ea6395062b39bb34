"""Payment intents: read them, and what creating or canceling one gets."""

from __future__ import annotations

import pytest

from .support import ORGANIZATION, Parity

SHOPPER = {"customerEmail": "ada@example.com", "customerFirstName": "Ada", "customerLastName": "Lovelace"}


@pytest.mark.diverges("retrieve.body.organization.*", reason=ORGANIZATION)
def test_payment_intents(parity: Parity) -> None:
    session = parity.call("checkout", "POST", "/checkout-sessions", {"amountTotal": 5000, **SHOPPER})
    parity.settle()
    page = parity.call("list", "GET", "/payment-intents")
    intent = page["data"][0]["id"]
    expand = ["paymentGroup.paymentGroupSettings", "checkoutSession.lineItems", "customer", "organization"]
    parity.call("retrieve", "GET", f"/payment-intents/{intent}", query={"expand[]": expand})
    parity.call("search", "GET", "/payment-intents", query={"search": f"checkoutSessionId:{session['id']}"})
    parity.call("retrieve-unknown", "GET", "/payment-intents/pi_00000000000000")
    parity.call("create-second", "POST", "/payment-intents", {"amount": 100, "checkoutSessionId": session["id"]})
    parity.call(
        "create-unknown-session", "POST", "/payment-intents", {"amount": 100, "checkoutSessionId": "cs_0000000000abcd"}
    )
    parity.call("create-invalid", "POST", "/payment-intents", {"amount": 0, "checkoutSessionId": session["id"]})
    parity.call("cancel", "POST", f"/payment-intents/{intent}/cancel")
