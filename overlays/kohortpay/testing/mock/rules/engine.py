"""The mock without HTTP: its state, the rules that answer each operation, the server's after-answer work
and jobs, and what tests put into it (faults, webhook inboxes)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kohortpay_client import facts

from ..core.errors import ApiError
from ..core.faults import Fault
from ..core.journal import Journal
from ..core.quirks import Behaviour
from ..core.state import Principal, State
from ..core.validation import SpecValidator, default_validator, load_spec
from ..core.webhooks import Webhooks
from ..core.wire import to_wire
from . import customers, groups, orders, payments  # noqa: F401  (their rules register themselves)
from .call import Call
from .registry import RULES


@dataclass
class Replay:
    fingerprint: str
    status: int
    body: bytes


@dataclass
class Answer:
    status: int
    body: bytes  # JSON, or empty (the server's empty 200 for an unknown group)
    quirks: list[str]
    created: tuple[str, ...] = ()  # the ids of the objects the request created


class Engine:
    """Everything the mock remembers and does, without HTTP."""

    def __init__(self, spec: dict[str, Any] | None = None, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.spec = spec or load_spec()
        self.validator = default_validator() if spec is None else SpecValidator(self.spec)
        self.state = State()
        self.webhooks = Webhooks(now=lambda: self.state.clock.now())
        self.faults: list[Fault] = []
        self.replays: dict[tuple[str, str], Replay] = {}
        self.inboxes: dict[str, list[dict[str, Any]]] = {}  # webhooks received at /_mock/inbox/<name>
        self.journal = Journal()  # every API request received

    def reset(self) -> None:
        with self.state.lock:
            self.state.reset()
            self.webhooks.reset()
            self.faults.clear()
            self.replays.clear()
            self.inboxes.clear()
            self.journal.clear()

    def settle(self) -> None:
        """Finish at once the work the server does just after answering (`async-side-effects`)."""
        with self.state.lock:
            self.catch_up(everything=True)

    def tick(self) -> None:
        """Let the completion job catch up with the clock (groups complete or expire) and the webhook
        retries that fell due go out."""
        with self.state.lock:
            self.catch_up()
        self.webhooks.wake()

    def catch_up(self, *, everything: bool = False) -> None:
        """What is due before a request is served: the server's after-answer work (`everything`: also
        what is not due yet), then its job."""
        self.state.run_pending(everything=everything)
        groups.complete_due_groups(self.state, self.webhooks, self.state.clock.now())

    def run(
        self,
        operation: facts.Operation[Any, Any],
        principal: Principal,
        params: dict[str, str],
        query: dict[str, Any],
        body: dict[str, Any],
        quirks: list[str],
        later: frozenset[str] = frozenset(),
    ) -> Answer:
        """Answer a validated request with the operation's rule, under the state's lock (the caller
        holds it). A refusal keeps what was stored before it and what that set going (events, the
        work after the answer), as the server does; a bug of the mock keeps nothing and sends no event.
        `later`: the quirks of the spec's rules the request broke that the server checks later."""
        rule = RULES.get(operation.operation_id)
        if rule is None:
            raise ApiError(
                501, f"The mock has no rule for {operation.operation_id} ({operation.http_method} {operation.path})."
            )
        self.catch_up()
        now, mark = self.state.clock.now(), len(self.state.store.added)
        call = Call(
            self.state, self.webhooks, self.behaviour, principal, params, query, body, now, quirks, broken_later=later
        )
        try:
            with self.state.store.undone_on_crash():
                result = rule(call)
                answer = b"" if result is None else json.dumps(to_wire(result), separators=(",", ":")).encode()
                call.commit()
            status = operation.status
        except ApiError as error:
            call.commit()
            status, answer = error.status, json.dumps(error.body()).encode()
            quirks += [error.quirk] if error.quirk else []
        call.publish()
        return Answer(status, answer, quirks, tuple(self.state.store.added[mark:]))
