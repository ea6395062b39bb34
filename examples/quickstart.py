"""KohortPay quickstart: a customer, a checkout session, its referral code, the groups.

Runs against the embedded mock server (``kohortpay[testing]``) by default, or against a real
KohortPay API when both ``KOHORTPAY_API_KEY`` and ``KOHORTPAY_BASE_URL`` are set::

    python examples/quickstart.py
    KOHORTPAY_API_KEY=sk_test_… KOHORTPAY_BASE_URL=https://api.kohortpay.com python examples/quickstart.py
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from collections.abc import Iterator

import kohortpay
from kohortpay import KohortPay


@contextlib.contextmanager
def connect() -> Iterator[KohortPay]:
    """A client for the real API if configured, else for an embedded mock server."""
    if os.environ.get("KOHORTPAY_API_KEY") and os.environ.get("KOHORTPAY_BASE_URL"):
        with KohortPay() as client:  # both read from the environment
            print(f"Using {client.base_url} ({'live' if client.livemode else 'test'} mode)")
            yield client
        return
    from kohortpay.testing import MockServer

    with MockServer() as server, KohortPay(server.secret_key, base_url=server.url) as client:
        print(f"Using the embedded mock server at {server.url}")
        print("(set KOHORTPAY_API_KEY and KOHORTPAY_BASE_URL to use a real API)")
        yield client


def main() -> int:
    with connect() as client:
        print(f"client: {client!r}")
        run_id = uuid.uuid4().hex[:8]

        # 1. A customer.
        customer = client.customers.create(
            email_address=f"jane.doe+{run_id}@example.com",
            first_name="Jane",
            last_name="Doe",
            locale="fr_FR",
            metadata={"crmId": f"crm-{run_id}"},
        )
        print(f"1. customer {customer.id} <{customer.email_address}> created")

        # 2. Her paid basket, registered as a checkout session: this founds her referral group,
        #    which the server links to the session's payment intent just after answering.
        session = client.checkout_sessions.create(
            amount_total=5000,
            customer_email=customer.email_address,
            customer_first_name="Jane",
            customer_last_name="Doe",
            client_reference_id=f"cart-{run_id}",
            line_items=[
                {"name": "Sneakers", "price": 5500, "quantity": 1},
                {"name": "Welcome offer", "price": -500, "quantity": 1, "type": "DISCOUNT"},
            ],
        )
        group = client.checkout_sessions.wait_for_group(session.id)
        code = group.share_id
        print(f"2. checkout session {session.id} is {session.status}; her referral code is {code}")

        # 3. A friend checks the code before paying.
        result = client.groups.validate(code, customer_email=f"friend+{run_id}@example.com", amount=4200)
        level = result.current_discount_level
        discount = f"level {level.level}, value {level.value}" if level else "no discount level"
        print(f"3. code {code} is valid for the friend: {discount}")
        try:
            client.groups.validate(code, customer_email=customer.email_address)
        except kohortpay.EmailAlreadyUsedError as error:
            print(f"   …but not for Jane herself: {error.code}")

        # 4. The groups, every page of them.
        groups = client.groups.list(search="status:OPEN")
        print(f"4. {groups.count} open group(s):")
        for group in groups:
            print(f"   {group.share_id}  {group.status}  expires {group.expires_at:%Y-%m-%d %H:%M} UTC")
    return 0


if __name__ == "__main__":
    sys.exit(main())
