"""A seeded random walk over every operation, for differential parity with the reference server.

The walk is a function of its seed and of the reference server's answers: each step is drawn from
a symbolic model of what earlier steps created there (a customer created at step 12 is
`Ref("s012", "id")`). Recording, those answers are the ones received; replaying against the mock,
the recorded ones, so both runs draw the same steps. Each target resolves a reference from its own
answer to that step, or to a well-formed unknown id when it has none, and the recording compares
step by step. Objects are named after the step that first answered them (`<s012.id>`), so one
difference does not renumber everything after it.

Steps mix valid and plausibly invalid arguments (nulls, wrong types, fractions, bad e-mails,
strings as numbers), both key kinds and both modes, reads of unknown ids, and bursts of orders
that fill a group. Nothing waits on the clock.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from kohortpay_client import facts

from .support import Parity

Json = Any
T = TypeVar("T")


@dataclass(frozen=True)
class Ref:
    """A value of an earlier step's answer: `path` into its body, or `unknown` when it has none."""

    label: str
    path: tuple[str, ...]
    unknown: str


def _unknown(schema: str) -> str:
    return f"{facts.SCHEMAS[schema].prefix}ffffffffffffff"


UNKNOWN_CODE = "KHT-test-FFFFFFFF"
NAMES = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}
EMAILS = [f"{name}@example.com" for name in ("ada", "bob", "cleo", "dan", "eve", "finn")]
BAD_EMAILS: list[Json] = [
    None, "", 42, "not an e-mail", "a@b.c", "us..er@example.com", "a,b@example.com",
    "x" * 65 + "@example.com", "ADA@EXAMPLE.COM", " ada@example.com",
]  # fmt: skip
AMOUNTS: list[Json] = [0, -100, 10.5, 2999.99, True, "100", None, 2**31, 1e3, "abc"]
LOCALES: list[Json] = ["fr_FR", "en_US", "en_GB", "de_DE", None, ""]
METADATA: list[Json] = [{"basket": "b1"}, {}, None, "text", {"n": 2**60}, {"nested": {"a": [1, 2]}}]
LISTS = ["/customers", "/orders", "/checkout-sessions", "/payment-intents", "/groups", "/payment-groups"]
SEARCH = {
    "/customers": ["emailAddress:ada@example.com", "clientReferenceId:c-1", "locale:en_US", "nope:1", "emailAddress"],
    "/orders": ["customerEmail:bob@example.com", "clientReferenceId:o-1", "status:CREATED", "amount:5000"],
    "/checkout-sessions": ["status:OPEN", "customerEmail:cleo@example.com", "clientReferenceId:s-1"],
    "/payment-intents": ["status:SUCCEEDED", "clientReferenceId:p-1"],
    "/groups": ["status:OPEN", "status:CANCELED", "creatorEmail:ada@example.com"],
    "/payment-groups": ["status:OPEN", "status:COMPLETED"],
}
ORDER_BY = ["createdAt:asc", "createdAt:desc", "emailAddress:asc", "amount:desc", "locale:asc", "status", "x:asc"]
TAKES: list[Json] = ["1", "3", "0", "0.5", "1e1", "", "-1", "abc", "101", "2.9"]
SKIPS: list[Json] = ["1", "0", "", "-1", "0.5", "x"]


class Walk:
    """One walk's symbolic model and its random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.step = 0
        self.customers: list[Ref] = []
        self.orders: list[Ref] = []
        self.sessions: list[Ref] = []
        self.intents: list[Ref] = []
        self.groups: list[Ref] = []
        self.codes: list[Ref] = []
        self.references = 0

    # ------------------------------------------------------------------------------ drawing
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: list[T]) -> T:
        return self.rng.choice(options)

    def one(self, pool: list[Ref], schema: str) -> Ref | str:
        """A known object (recent ones more often), sometimes an unknown or malformed id."""
        if not pool or self.chance(0.1):
            return self.pick([_unknown(schema), "nope", _unknown(schema).upper()])
        return pool[-1 - min(int(self.rng.expovariate(0.5)), len(pool) - 1)]

    def code(self) -> Ref | str:
        if not self.codes or self.chance(0.1):
            return self.pick([UNKNOWN_CODE, "KHTAMB-NOPE0000", "WELCOME10", "kht-test-ffffffff"])
        return self.pick(self.codes[-4:])

    def email(self) -> Json:
        return self.pick(BAD_EMAILS) if self.chance(0.12) else self.pick(EMAILS)

    def amount(self, low: int = 500) -> Json:
        return self.pick(AMOUNTS) if self.chance(0.1) else self.rng.randrange(low, 20000, 100)

    def reference(self, prefix: str) -> str:
        """A client reference: mostly fresh, sometimes one already used."""
        if self.references and self.chance(0.2):
            return f"{prefix}-{self.rng.randint(1, self.references)}"
        self.references += 1
        return f"{prefix}-{self.references}"

    def optional(self, body: dict[str, Json], key: str, value: Callable[[], Json], p: float = 0.3) -> None:
        """Sometimes set `key`; sometimes to null (optional fields accept null on the server)."""
        if self.chance(p):
            body[key] = None if self.chance(0.2) else value()

    def auth(self) -> str:
        roll = self.rng.random()
        return "sk_test" if roll < 0.82 else "pk_test" if roll < 0.9 else "sk_live" if roll < 0.96 else "pk_live"

    def shopper(self, body: dict[str, Json], names: float = 0.92) -> None:
        """Who buys: an e-mail and names (sometimes missing), or a customer id."""
        if self.customers and self.chance(0.25):
            body["customerId"] = self.one(self.customers, "Customer")
            return
        body["customerEmail"] = self.email()
        if self.chance(names):
            body["customerFirstName"] = "Ada" if self.chance(0.95) else None
            body["customerLastName"] = "Lovelace" if self.chance(0.95) else 7
        self.optional(body, "customerPhoneNumber", lambda: "+33 6 12 34 56 78")

    def group_code(self, body: dict[str, Json]) -> None:
        roll = self.rng.random()
        if roll < 0.45:
            body["paymentGroupShareId"] = self.code()
        elif roll < 0.55:
            body["paymentGroupShareId"] = self.pick([None, ""])


Step = dict[str, Any]  # label, method, path (a tuple of parts), body, query, auth, settle, adds


def _step(method: str, path: tuple[Any, ...], body: Json = None, *, query: Json = None, auth: str = "sk_test") -> Step:
    return {"method": method, "path": path, "body": body, "query": query, "auth": auth, "settle": False, "adds": []}


# ------------------------------------------------------------------------------------ steps
def create_customer(w: Walk) -> Step:
    body: dict[str, Json] = {"emailAddress": w.email()} if w.chance(0.95) else {}
    w.optional(body, "firstName", lambda: w.pick(["Ada", "", 12]), 0.5)
    w.optional(body, "lastName", lambda: "Lovelace", 0.4)
    w.optional(body, "phoneNumber", lambda: w.pick(["+33 6 00 00 00 00", 33600]))
    w.optional(body, "metadata", lambda: w.pick(METADATA))
    w.optional(body, "locale", lambda: w.pick(LOCALES))
    w.optional(body, "clientReferenceId", lambda: w.reference("c"))
    if w.chance(0.05):
        body["unknownField"] = 1
    return _step("POST", ("/customers",), body, auth=w.auth()) | {"adds": [("customers", ("id",))]}


def customer_call(w: Walk) -> Step:
    customer = w.one(w.customers, "Customer")
    kind = w.pick(["get", "get", "update", "update", "delete", "block", "unblock"])
    if kind == "get":
        query = {"expand[]": w.pick([["organization"], ["orders"], ["nope"]])} if w.chance(0.2) else None
        return _step("GET", ("/customers/", customer), query=query, auth=w.auth())
    if kind == "update":
        body: dict[str, Json] = {}
        w.optional(body, "emailAddress", w.email, 0.4)
        w.optional(body, "firstName", lambda: "Grace", 0.4)
        w.optional(body, "phoneNumber", lambda: "+44 20 0000 0000")
        w.optional(body, "metadata", lambda: w.pick(METADATA))
        w.optional(body, "locale", lambda: w.pick(LOCALES))
        w.optional(body, "clientReferenceId", lambda: w.reference("c"))
        return _step("PATCH", ("/customers/", customer), body, auth=w.auth())
    if kind == "delete":
        return _step("DELETE", ("/customers/", customer), auth=w.auth())
    return _step("PATCH", ("/customers/", customer, f"/{kind}"), auth=w.auth())


def listing(w: Walk) -> Step:
    path = w.pick(LISTS)
    query: dict[str, Json] = {}
    if w.chance(0.35):
        query["take"] = w.pick(TAKES)
    if w.chance(0.2):
        query["skip"] = w.pick(SKIPS)
    if w.chance(0.3):
        query["search"] = w.pick(SEARCH[path])
    if w.chance(0.3):
        query["orderBy"] = w.pick(ORDER_BY)
    if w.chance(0.1):
        query["expand[]"] = w.pick([["customer"], ["nope"]])
    return _step("GET", (path,), query=query or None, auth=w.auth())


def create_order(w: Walk) -> Step:
    body: dict[str, Json] = {"amount": w.amount()} if w.chance(0.97) else {}
    w.shopper(body)
    w.group_code(body)
    w.optional(body, "clientReferenceId", lambda: w.reference("o"), 0.4)
    w.optional(body, "metadata", lambda: w.pick(METADATA), 0.2)
    w.optional(body, "locale", lambda: w.pick(LOCALES), 0.2)
    adds = [("orders", ("id",)), ("customers", ("customer_id",)), ("groups", ("payment_group_id",))]
    step = _step("POST", ("/orders",), body, auth=w.auth()) | {"settle": True, "adds": adds}
    if "paymentGroupShareId" in body:
        return step

    def founded(label: str) -> Step:  # the group it founded, to learn its share code
        group = Ref(label, ("payment_group_id",), _unknown("PaymentGroup"))
        return _step("GET", ("/groups/", group)) | {"adds": [("codes", ("share_id",))]}

    return step | {"follow": founded}


def order_call(w: Walk) -> Step:
    query = {"expand[]": w.pick([["customer"], ["paymentGroup"], ["organization"]])} if w.chance(0.3) else None
    return _step("GET", ("/orders/", w.one(w.orders, "Order")), query=query, auth=w.auth())


def create_session(w: Walk) -> Step:
    body: dict[str, Json] = {"amountTotal": w.amount()} if w.chance(0.97) else {}
    if w.chance(0.5):
        price = body.get("amountTotal") if isinstance(body.get("amountTotal"), int) else 1000
        body["lineItems"] = [{"name": "Tea", "price": price, "quantity": 1, "type": "PRODUCT"}]
        if w.chance(0.2):
            body["lineItems"].append(
                w.pick(
                    [
                        {"name": "Gift", "price": -100, "quantity": 1, "type": "DISCOUNT"},
                        {"price": 1, "quantity": 1},
                        {"name": "X", "price": 1.5, "quantity": 1},
                    ]
                )
            )
    w.shopper(body)
    w.group_code(body)
    w.optional(body, "clientReferenceId", lambda: w.reference("s"), 0.3)
    w.optional(body, "paymentClientReferenceId", lambda: w.reference("p"), 0.2)
    w.optional(body, "metadata", lambda: w.pick(METADATA), 0.2)
    w.optional(body, "locale", lambda: w.pick(LOCALES), 0.2)
    w.optional(body, "successUrl", lambda: w.pick(["https://shop.example/ok", "not a url"]), 0.2)
    step = _step("POST", ("/checkout-sessions",), body, auth=w.auth())
    step |= {"settle": True, "adds": [("sessions", ("id",))]}

    def completed(label: str) -> Step:  # completed at once in test mode: its payment, group and customer
        session = Ref(label, ("id",), _unknown("CheckoutSession"))
        query = {"expand[]": ["paymentIntent.paymentGroup"]}
        adds = [
            ("groups", ("payment_intent", "payment_group_id")),
            ("codes", ("payment_intent", "payment_group", "share_id")),
            ("intents", ("payment_intent", "id")),
            ("customers", ("customer_id",)),
        ]
        return _step("GET", ("/checkout-sessions/", session), query=query) | {"adds": adds}

    return step | {"follow": completed}


def session_call(w: Walk) -> Step:
    session = w.one(w.sessions, "CheckoutSession")
    if w.chance(0.3):
        return _step("PATCH", ("/checkout-sessions/", session, "/expire"), auth=w.auth())
    query = {"expand[]": w.pick([["lineItems"], ["paymentIntents"], ["customer"], ["lineItems.checkoutSession"]])}
    return _step("GET", ("/checkout-sessions/", session), query=query if w.chance(0.3) else None, auth=w.auth())


def create_intent(w: Walk) -> Step:
    body: dict[str, Json] = {"amount": w.amount(), "checkoutSessionId": w.one(w.sessions, "CheckoutSession")}
    w.optional(body, "customerId", lambda: w.one(w.customers, "Customer"), 0.3)
    w.optional(body, "clientReferenceId", lambda: w.reference("p"), 0.3)
    w.optional(body, "metadata", lambda: w.pick(METADATA), 0.2)
    adds = [("intents", ("id",)), ("groups", ("payment_group_id",))]
    return _step("POST", ("/payment-intents",), body, auth=w.auth()) | {"settle": True, "adds": adds}


def intent_call(w: Walk) -> Step:
    intent = w.one(w.intents, "PaymentIntent")
    if w.chance(0.35):
        return _step("POST", ("/payment-intents/", intent, "/cancel"), auth=w.auth())
    return _step("GET", ("/payment-intents/", intent), auth=w.auth())


def group_call(w: Walk) -> Step:
    prefix = w.pick(["/groups/", "/payment-groups/"])
    group = w.one(w.groups, "PaymentGroup") if w.chance(0.6) else w.code()
    kind = w.pick(["get", "get", "get", "participants", "validate", "validate", "update", "cancel", "expire"])
    if kind == "get":
        query = {"expand[]": w.pick([["orders"], ["customer"], ["paymentGroupSettings.discountLevels"]])}
        step = _step("GET", (prefix, group), query=query if w.chance(0.3) else None, auth=w.auth())
        return step | {"adds": [("codes", ("share_id",))]}
    if kind == "participants":
        return _step("GET", (prefix, group, "/participants"), auth=w.auth())
    if kind == "validate":
        body: dict[str, Json] = {}
        w.optional(body, "customerEmail", w.email, 0.8)
        w.optional(body, "amount", w.amount, 0.6)
        return _step("POST", (prefix, group, "/validate"), body, auth=w.auth())
    if kind == "update":
        body = {}
        w.optional(body, "metadata", lambda: w.pick(METADATA), 0.7)
        w.optional(body, "creatorEmail", w.email, 0.4)
        return _step("PATCH", (prefix, group), body, auth=w.auth())
    return _step("POST", (prefix, group, f"/{kind}"), auth=w.auth()) | {"settle": True}


def create_group(w: Walk) -> Step:
    body: dict[str, Json] = {"customerId": w.one(w.customers, "Customer")}
    if w.chance(0.5):
        body["orderId"] = w.one(w.orders, "Order")
    else:
        body["paymentIntentId"] = w.one(w.intents, "PaymentIntent")
    w.optional(body, "metadata", lambda: w.pick(METADATA), 0.3)
    step = _step("POST", (w.pick(["/groups", "/payment-groups"]),), body, auth=w.auth())
    return step | {"settle": True, "adds": [("groups", ("id",)), ("codes", ("share_id",))]}


STEPS: list[tuple[Callable[[Walk], Step], int]] = [
    (create_customer, 8), (customer_call, 7), (listing, 9), (create_order, 14), (order_call, 3),
    (create_session, 10), (session_call, 4), (create_intent, 6), (intent_call, 3), (group_call, 14),
    (create_group, 2),
]  # fmt: skip


def draw(w: Walk) -> list[Step]:
    """The next steps: one operation, or a burst of orders joining one group."""
    if w.codes and w.chance(0.04):
        code = w.pick(w.codes[-3:])
        burst = []
        for _ in range(w.rng.randint(3, 6)):
            email = f"burst{w.rng.randrange(10**6)}@example.com"
            body = {"amount": w.amount(), "customerEmail": email, **NAMES, "paymentGroupShareId": code}
            burst.append(_step("POST", ("/orders",), body) | {"settle": True, "adds": [("orders", ("id",))]})
        return burst
    functions, weights = zip(*STEPS, strict=True)
    return [w.rng.choices(functions, weights)[0](w)]


# ------------------------------------------------------------------------------------ running
def _found(body: Json, path: tuple[str, ...]) -> Json:
    for key in path:
        body = body.get(key) if isinstance(body, dict) else None
    return body


def _value(answers: dict[str, Json], ref: Ref) -> Json:
    value = _found(answers.get(ref.label), ref.path)
    return value if isinstance(value, str) and value else ref.unknown


def _resolve(answers: dict[str, Json], value: Json) -> Json:
    if isinstance(value, Ref):
        return _value(answers, value)
    if isinstance(value, dict):
        return {key: _resolve(answers, item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_resolve(answers, item) for item in value]
    return value


def run(parity: Parity, seed: int, steps: int) -> None:
    """Walk `steps` steps from `seed` against the parity target; the recorder collects the exchanges."""
    w = Walk(seed)
    answers: dict[str, Json] = {}

    def execute(step: Step) -> str:
        w.step += 1
        label = f"s{w.step:03d}"
        path = "".join(str(part) for part in _resolve(answers, step["path"]))
        body = _resolve(answers, step["body"])
        query, auth = step["query"], step["auth"]
        answers[label] = parity.call(label, step["method"], path, body, query=query, auth=auth, names=True)
        reference = parity.reference(label)
        for pool, key in step["adds"]:  # what the reference server made, for later steps to use
            if reference and reference["status"] < 300 and _found(reference["body"], key) is not None:
                getattr(w, pool).append(Ref(label, key, UNKNOWN_CODE if pool == "codes" else _unknown(_SCHEMA[pool])))
        if step["settle"]:
            parity.settle(quick=True)
        return label

    while w.step < steps:
        for step in draw(w):
            label = execute(step)
            if "follow" in step:
                execute(step["follow"](label))


_SCHEMA = {
    "customers": "Customer", "orders": "Order", "sessions": "CheckoutSession", "intents": "PaymentIntent",
    "groups": "PaymentGroup", "codes": "PaymentGroup",
}  # fmt: skip
