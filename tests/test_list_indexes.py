"""The mock's lists served from indexes (equality buckets, ordered indexes) give what a full scan
gives — the same page, in the same order, with the same count — however records were added,
changed and dated (the clock set back included)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kohortpay.testing.mock.core import store as store_module
from kohortpay.testing.mock.core.store import Store
from kohortpay.testing.mock.rules import listing
from kohortpay.testing.mock.rules.listing import Condition
from kohortpay_client import facts

SCHEMA: Any = facts.PAYMENT_GROUP
SCOPES = [("org_a", False), ("org_a", True), ("org_b", False)]
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

records = st.fixed_dictionaries(
    {
        "scope": st.sampled_from(SCOPES),
        "status": st.sampled_from(["OPEN", "COMPLETED", "EXPIRED", "CANCELED"]),
        "creatorEmail": st.sampled_from(["a@x.com", "b@x.com", "c@x.com"]),
        "minutes": st.integers(-50, 50),  # createdAt, out of creation order when the clock went back
        "canceled": st.booleans(),
    }
)
changes = st.tuples(st.integers(0, 10_000), st.sampled_from(["OPEN", "COMPLETED", "EXPIRED"]))
conditions = st.lists(
    st.one_of(
        st.builds(Condition, st.just("status"), st.just(":"), st.sampled_from(["OPEN", "COMPLETED", "EXPIRED"])),
        st.builds(Condition, st.just("creatorEmail"), st.just(":"), st.sampled_from(["a@x.com", "b@x.com"])),
        st.builds(Condition, st.just("status"), st.just("!"), st.just("OPEN")),
        st.builds(Condition, st.just("createdAt"), st.just(">"), st.just(START)),
    ),
    max_size=2,
)
order_by = st.sampled_from([None, "createdAt:asc", "createdAt:desc", "status:asc", "status:desc",
                            "creatorEmail:asc", "canceledAt:desc", "shareId:asc"])  # fmt: skip


def full_scan(store: Store, scope: Any, parts: Any, by: Any, without: Any, skip: int, take: int) -> Any:
    field, descending, key = by
    found = [r for r in store.all(SCHEMA, scope) if (without is None or r[without] is None)
             and listing.matches(r, parts)]  # fmt: skip
    found.sort(key=lambda r: store.created(SCHEMA, r))
    found.sort(key=lambda r: key(r.get(field)), reverse=descending)
    return [r["id"] for r in found[skip : skip + take]], len(found)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    added=st.lists(records, min_size=30, max_size=160),
    changed=st.lists(changes, min_size=1, max_size=40),
    queries=st.lists(
        st.tuples(conditions, order_by, st.integers(0, 60), st.integers(1, 30), st.booleans()), min_size=1, max_size=6
    ),  # fmt: skip
    big=st.sampled_from([2, 8, 64]),
)
def test_indexed_pages_are_the_full_scans(added: list[dict[str, Any]], changed: list[tuple[int, str]],
                                          queries: list[Any], big: int) -> None:  # fmt: skip
    old = store_module.BIG_BUCKET
    setattr(listing, "BIG_BUCKET", big)  # small buckets take the ordered path too  # noqa: B010
    try:
        store = Store()
        for n, spec in enumerate(added):
            org, livemode = spec["scope"]
            store.add(SCHEMA, {"id": f"pg_{n:04d}", "organizationId": org, "livemode": livemode,
                               "status": spec["status"], "creatorEmail": spec["creatorEmail"],
                               "shareId": f"KHT-{(n * 7919) % 1000:04d}",
                               "createdAt": START + dt.timedelta(minutes=spec["minutes"]),
                               "canceledAt": START if spec["canceled"] else None})  # fmt: skip
        for round_number in range(2):  # the second round reads the indexes the first built, after changes
            if round_number == 1:
                for index, status in changed:
                    store.by_id(SCHEMA, f"pg_{index % len(added):04d}")["status"] = status  # type: ignore[index]
            for conds, order, skip, take, without in queries:
                parts = [(" AND ", [c]) for c in conds]
                by = listing.sort(SCHEMA, order)
                field: Any = "canceledAt" if without else None
                for scope in SCOPES:
                    expected = full_scan(store, scope, parts, by, field, skip, take)
                    found, count = listing.matching(store, SCHEMA, scope, parts, by, field, skip, take)
                    assert ([r["id"] for r in found], count) == expected
    finally:
        setattr(listing, "BIG_BUCKET", old)  # noqa: B010
