"""The server's fraud assessment of a new order (fraud/fraud.service.ts), done just after the answer.

The order's customer is compared with the customers of its group's payment intents (not its
orders): the same first and last names make the risk `HIGHEST`; the same phone number or an e-mail
within one edit (`+tags` removed) `HIGH`; the same uncommon e-mail domain `MEDIUM`. In production
a test-mode order is not assessed (`LOW`); the reference server, which does not run as production,
assesses those too.
"""

from __future__ import annotations

import re
from typing import Any

from kohortpay_client import facts, records

from . import groups
from .call import Call

# Domains too common to say anything (common/constants/email-domain-names.constants.ts).
COMMON_DOMAINS = frozenset(
    "gmail.com yahoo.com hotmail.com aol.com hotmail.co.uk laposte.net orange.fr free.fr hotmail.fr msn.com "
    "yahoo.fr wanadoo.fr comcast.net yahoo.co.uk yahoo.co.in live.com gmx.de web.de ymail.com outlook.com "
    "sfr.fr live.fr neuf.fr yahoo.de".split()
)
_TAG = re.compile(r"\+.+?(?=@)")


def assess(call: Call[Any], order: records.Order) -> None:
    risk: records.RiskLevel = "LOW"
    if order["livemode"] and order["paymentGroupId"]:
        risk = risk_level(call, order)
    order["riskLevel"] = risk
    call.touch(order)


def risk_level(call: Call[Any], order: records.Order) -> records.RiskLevel:
    customer = call.store.by_id(facts.CUSTOMER, order["customerId"])
    group = call.store.by_id(facts.PAYMENT_GROUP, order["paymentGroupId"])
    if customer is None or group is None:
        return "LOW"
    _, intents = groups.participants(call.state, group)
    others = [
        found
        for intent in intents
        if intent["customerId"] and intent["customerId"] != customer["id"]
        if (found := call.store.by_id(facts.CUSTOMER, intent["customerId"])) is not None
    ]
    name = _name(customer)
    if name and any(_name(other) == name for other in others):
        return "HIGHEST"
    phone, email = customer["phoneNumber"], _TAG.sub("", customer["emailAddress"], count=1)
    if (phone and any(other["phoneNumber"] == phone for other in others)) or any(
        _distance(_TAG.sub("", other["emailAddress"], count=1), email) < 2 for other in others
    ):
        return "HIGH"
    domain = customer["emailAddress"].split("@")[1]
    if domain not in COMMON_DOMAINS and any(other["emailAddress"].split("@")[1] == domain for other in others):
        return "MEDIUM"
    return "LOW"


def _name(customer: records.Customer) -> str | None:
    first, last = customer["firstName"], customer["lastName"]
    return f"{first.lower()} {last.lower()}" if first and last else None


def _distance(a: str, b: str) -> int:
    """Levenshtein's edit distance."""
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, 1):
        current = [i]
        for j, right in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left != right)))
        previous = current
    return previous[-1]
