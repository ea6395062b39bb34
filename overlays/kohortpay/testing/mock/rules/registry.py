"""Which rule answers which operation. A rule is bound to the operations it answers by their typed facts
(`@rule(facts.CREATE_CUSTOMER)`), so that a type checker checks it takes the operation's body and
returns its result; an operation without a rule answers 501."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from kohortpay_client.facts import Operation

if TYPE_CHECKING:
    from .call import Call

B = TypeVar("B")
T = TypeVar("T")
Rule = Callable[["Call[B]"], T | None]

#: operationId → the rule that answers it.
RULES: dict[str, Rule[Any, Any]] = {}


def rule(*operations: Operation[B, T]) -> Callable[[Rule[B, T]], Rule[B, T]]:
    """Register the decorated function as the rule of `operations`."""

    def register(answer: Rule[B, T]) -> Rule[B, T]:
        for operation in operations:
            if operation.operation_id in RULES:
                raise ValueError(f"{operation.operation_id} already has a rule")
            RULES[operation.operation_id] = answer
        return answer

    return register
