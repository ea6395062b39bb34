"""The referral life cycle as a hypothesis state machine, every exchange checked against the spec.

Schemathesis's stateful phase follows the spec's links one response at a time; this machine keeps
the business state a shop would: the groups it founded (either API generation), who is in each,
which customers are blocked. Its rules found groups, validate their codes, join them by order or
checkout session, refuse a blocked customer's purchase, cancel and expire groups and — on the mock,
whose clock it moves — let groups complete, and then check the outcome: a group with two
participants or more is ``COMPLETED`` and pays cashback on every order; alone, it is ``EXPIRED``.

Every request is a schemathesis case of the kit's :func:`~kohortpay.testing.contract.schema` and
every answer goes through all of its checks. Run it with pytest::

    from kohortpay.testing.contract.lifecycle import referral_life_cycle

    TestReferrals = referral_life_cycle(server.url, server.secret_key).TestCase
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, ClassVar

import httpx
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, initialize, invariant, precondition, rule

from kohortpay_client import facts

from . import schema as contract_schema

Operation = facts.Operation[Any, Any]
#: The resources that serve referral groups (both API generations: `/groups`, `/payment-groups`).
GENERATIONS = sorted({op.resource for op in facts.OPERATIONS.values() if op.subject is facts.PAYMENT_GROUP})
# In test mode a group lasts 10 minutes; the completion job picks it up a minute after its expiry.
GROUP_LIFETIME = 11 * 60 + 1


@dataclass
class Group:
    id: str
    share_id: str
    resource: str  # which API generation the machine uses for it
    orders: list[str] = field(default_factory=list)
    sessions: int = 0  # checkout sessions that joined it (generation A's participants)
    status: str = "OPEN"


class LifeCycle(RuleBasedStateMachine):
    """What :func:`referral_life_cycle` returns: ``calls`` counts its exchanges by operation and status."""

    calls: ClassVar[Counter[tuple[str, int]]]


def referral_life_cycle(base_url: str, api_key: str, *, live: bool = False, reset: bool = True) -> type[LifeCycle]:
    """A state machine class over the server at ``base_url``. On the mock it moves the clock, and
    (``reset``) starts every run from the mock's initial state."""
    api = contract_schema(base_url, api_key, live=live)
    base_url = base_url.rstrip("/")
    is_mock = not live and httpx.get(f"{base_url}/_mock/behaviour", timeout=5).status_code == 200
    exchanges: Counter[tuple[str, int]] = Counter()  # (operationId, status) of every call, for reports

    def call(op: Operation, *, expect: tuple[int, ...], **parts: Any) -> Any:
        case = api[op.path][op.http_method].Case(headers={"Authorization": f"Bearer {api_key}"}, **parts)
        response = case.call()
        case.validate_response(response)
        exchanges[(op.operation_id, response.status_code)] += 1
        assert response.status_code in expect, (op.operation_id, response.status_code, response.text[:300])
        return response.json() if response.content else None

    def on(resource: str, method: str, object_id: str, **parts: Any) -> Any:
        """`call` of a resource's method on one object."""
        return call(facts.BY_METHOD[(resource, method)], path_parameters={"id": object_id}, **parts)

    def shopper() -> dict[str, str]:
        return {
            "customerEmail": f"life.{uuid.uuid4().hex[:12]}@example.com",
            "customerFirstName": "Jane",
            "customerLastName": "Doe",
        }

    def shareable(group_id: str) -> dict[str, Any]:
        """The group once the server has copied its settings (it does so just after answering)."""
        if is_mock:
            httpx.post(f"{base_url}/_mock/settle", timeout=5).raise_for_status()
        for _ in range(50):
            group = on("groups", "retrieve", group_id, query={"expand[]": ["paymentGroupSettings"]}, expect=(200,))
            if group.get("payment_group_settings"):
                return dict(group)
            time.sleep(0.1)
        raise AssertionError(f"group {group_id} never became shareable")

    class ReferralLifeCycle(LifeCycle):
        groups = Bundle("groups")
        calls = exchanges

        def __init__(self) -> None:
            super().__init__()
            if is_mock and reset:
                httpx.post(f"{base_url}/_mock/reset", timeout=5).raise_for_status()
            self.known: list[Group] = []

        def found_group(self, resource: str, amount: int) -> Group:
            order = call(facts.CREATE_ORDER, body={**shopper(), "amount": amount}, expect=(201,))
            group = shareable(order["payment_group_id"])
            founded = Group(group["id"], group["share_id"], resource, [order["id"]])
            self.known.append(founded)
            return founded

        def purchase(self, code: str | None, amount: int, *, by_order: bool) -> Any:
            body: dict[str, Any] = {**shopper(), ("amount" if by_order else "amountTotal"): amount}
            if code is not None:
                body["paymentGroupShareId"] = code
            create = facts.CREATE_ORDER if by_order else facts.CREATE_CHECKOUT_SESSION
            return call(create, body=body, expect=(201, 400, 404))

        @initialize(target=groups, resource=st.sampled_from(GENERATIONS))
        def found_first(self, resource: str) -> Group:
            return self.found_group(resource, 5000)

        @rule(target=groups, resource=st.sampled_from(GENERATIONS), amount=st.integers(3000, 20000))
        def found(self, resource: str, amount: int) -> Group:
            return self.found_group(resource, amount)

        @rule(group=groups, amount=st.integers(1, 20000))
        def validate(self, group: Group, amount: int) -> None:
            body = {"customerEmail": shopper()["customerEmail"], "amount": amount}
            result = on(group.resource, "validate", group.share_id, body=body, expect=(201, 400, 404))
            if group.status != "OPEN":
                assert "error" in result, f"{group.status} group {group.id} validated"

        @rule(group=groups, amount=st.integers(3000, 20000), by_order=st.booleans())
        def join(self, group: Group, amount: int, by_order: bool) -> None:
            answer = self.purchase(group.share_id, amount, by_order=by_order)
            if "error" not in answer and by_order and answer.get("payment_group_id") == group.id:
                group.orders.append(answer["id"])
            elif "error" not in answer and not by_order and answer.get("payment_group_share_id") == group.share_id:
                group.sessions += 1
            if group.status != "OPEN" and by_order:
                assert answer.get("payment_group_id") != group.id, f"joined a {group.status} group"

        @rule(by_order=st.booleans())
        def blocked_customer_is_refused(self, by_order: bool) -> None:
            buyer = shopper()
            customer = call(
                facts.CREATE_CUSTOMER,
                body={"emailAddress": buyer["customerEmail"], "firstName": "Jane", "lastName": "Doe"},
                expect=(201,),
            )
            on("customers", "block", customer["id"], expect=(200,))
            create, amount = (
                (facts.CREATE_ORDER, "amount") if by_order else (facts.CREATE_CHECKOUT_SESSION, "amountTotal")
            )
            refused = call(create, body={**buyer, amount: 5000}, expect=(400,))
            assert refused["error"]["code"] == "CUSTOMER_BLOCKED"

        @rule(group=consumes(groups))
        def cancel(self, group: Group) -> None:
            answer = on(group.resource, "cancel", group.id, expect=(201, 400))
            if "error" not in answer:
                assert group.status == "OPEN", f"canceled a {group.status} group"
                group.status = answer["status"]
                assert group.status == "CANCELED"

        @precondition(lambda self: is_mock)
        @rule(group=groups)
        def expire(self, group: Group) -> None:
            """On the mock: just past the group's expiry (before the completion job), expire it."""
            found = on(group.resource, "retrieve", group.id, expect=(200,))
            now = httpx.get(f"{base_url}/_mock/clock", timeout=5).json()["now"]
            # Never back: the groups founded since must still complete within `time_passes`.
            if dt.datetime.fromisoformat(found["expires_at"]) > dt.datetime.fromisoformat(now):
                httpx.post(f"{base_url}/_mock/clock", json={"now": found["expires_at"]}, timeout=5)
                httpx.post(f"{base_url}/_mock/clock", json={"advance_seconds": 1}, timeout=5)
            answer = on(group.resource, "expire", group.id, expect=(201, 400))
            if "error" not in answer:
                assert found["status"] == "OPEN" and answer["status"] == "EXPIRED", (found, answer)
                group.status = "EXPIRED"

        @precondition(lambda self: is_mock)
        @rule()
        def time_passes(self) -> None:
            moved = httpx.post(f"{base_url}/_mock/clock", json={"advance_seconds": GROUP_LIFETIME}, timeout=5)
            moved.raise_for_status()
            for group in self.known:
                if group.status != "OPEN":
                    continue
                found = on(group.resource, "retrieve", group.id, expect=(200,))
                group.status = found["status"]
                if len(group.orders) >= 2:
                    assert group.status == "COMPLETED", (group, found)
                elif len(group.orders) + group.sessions == 1:
                    assert group.status == "EXPIRED", (group, found)
                if group.status == "COMPLETED" and group.sessions < 2:  # else the server pays the intents only
                    for order_id in group.orders:
                        order = on("orders", "retrieve", order_id, expect=(200,))
                        assert order["amount_cashback"], f"order {order_id} of a completed group has no cashback"

        @invariant()
        def a_group_is_never_reopened(self) -> None:
            assert all(g.status in ("OPEN", "CANCELED", "COMPLETED", "EXPIRED") for g in self.known)

    return ReferralLifeCycle
