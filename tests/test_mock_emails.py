"""The mock's e-mail check: its one-match path for everyday addresses agrees with the rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kohortpay.testing.mock.core.emails import _PLAIN, by_the_rules, is_email

EMAILISH = st.text(alphabet="aZ09.-_+@\"' ,é\u00a0\uff21" + "!#$%&*/=?^`{|}~", max_size=80)
ATOMS = st.lists(st.from_regex(r"[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]{1,20}", fullmatch=True), min_size=1, max_size=4)
LABELS = st.lists(st.from_regex(r"[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?", fullmatch=True), min_size=1, max_size=4)
TLDS = st.from_regex(r"[a-zA-Z]{2,63}", fullmatch=True)
#: What `_PLAIN` matches, lengths included (the lookahead keeps `from_regex` from drawing them).
PLAIN = st.builds(lambda atoms, labels, tld: ".".join(atoms) + "@" + ".".join([*labels, tld]), ATOMS, LABELS, TLDS)


@given(PLAIN)
def test_every_plain_address_passes_the_rules(address: str) -> None:
    assert (_PLAIN.fullmatch(address) is not None and len(address) <= 254) <= by_the_rules(address), address


@given(st.one_of(EMAILISH, st.text(max_size=80), PLAIN, PLAIN.map(lambda a: a + "-")))
def test_the_plain_path_decides_as_the_rules_do(address: str) -> None:
    assert is_email(address) == by_the_rules(address)


def test_known_answers() -> None:
    taken = ["user@example.com", "a.b+c@sub.example.co", "o'neil@example.org", "é@example.com", "x@xn--bcher-kva.ch"]
    refused = ["a@b.c", "us..er@example.com", "a,b@example.com", ".a@example.com", "a@-x.com", "a@x", "a@x.c0m"]
    assert [is_email(a) for a in taken] == [True] * len(taken)
    assert [is_email(a) for a in refused] == [False] * len(refused)
    assert not is_email("a" * 65 + "@example.com") and is_email("a" * 64 + "@example.com")
