"""From the keyword arguments of a resource method to the generated request model.

Resource methods take friendly types (a plain ``dict`` for ``metadata``, a ``str`` for
``locale``, dicts for line items…) and pass ``locals()`` here: the arguments named like a field
of the generated model become that field, converted where the model wants its own type.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from difflib import get_close_matches
from typing import Any, TypeVar, cast

import attrs

from kohortpay_client.models import LineItemParams, Locale, Metadata
from kohortpay_client.types import Unset

from .._casing import camel_key, to_camel
from .._fields import expand_names

#: ``metadata=`` accepts a plain dict (any JSON values) or a generated ``Metadata``.
MetadataParam = Mapping[str, Any] | Metadata
#: ``expand=`` takes relation names of the object, in either casing (``["paymentGroup"]``, ``["payment_group"]``).
Expand = Sequence[str] | Unset
#: ``line_items=`` accepts models or dicts (either casing: ``image_url`` or ``imageUrl``).
LineItems = Sequence[LineItemParams | Mapping[str, Any]]

_ModelT = TypeVar("_ModelT")


def _metadata(value: MetadataParam) -> Metadata:
    return value if isinstance(value, Metadata) else Metadata.from_dict(dict(value))


def _line_items(items: LineItems) -> list[LineItemParams]:
    return [_model_of(LineItemParams, item, f"line_items[{n}]") for n, item in enumerate(items)]


@functools.cache
def _wire_fields(model: type) -> list[str]:
    return [camel_key(f.name.removesuffix("_")) for f in attrs.fields(cast(Any, model)) if f.init]


def _model_of(model: type[_ModelT], value: _ModelT | Mapping[str, Any], where: str) -> _ModelT:
    """A nested request object given as a dict (either casing): a missing or misspelt field is a
    ``TypeError`` here, not an empty field on the server."""
    if isinstance(value, model):
        return value
    fields = _wire_fields(cast(type, model))
    given = to_camel(dict(cast(Mapping[str, Any], value)))
    unknown = [key for key in given if key not in fields]
    if unknown:
        close = get_close_matches(unknown[0], fields, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise TypeError(f"{where} has no field {unknown[0]!r}{hint}; its fields: {', '.join(fields)}")
    try:
        return cast(Any, model).from_dict(given)  # type: ignore[no-any-return]
    except KeyError as missing:
        raise TypeError(f"{where} needs {missing.args[0]!r}") from None


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "metadata": _metadata,
    "locale": Locale,
    "line_items": _line_items,
}


def body(model: type[_ModelT], arguments: Mapping[str, Any]) -> _ModelT:
    """``model(**fields)`` from the arguments named like its fields (others, e.g. ``self``, ignored)."""
    fields = {}
    for field in attrs.fields(cast(Any, model)):
        name, value = field.name, arguments.get(field.name)
        if not field.init or name not in arguments or isinstance(value, Unset):
            continue
        convert = _CONVERTERS.get(name)
        fields[name] = convert(value) if convert is not None and value is not None else value
    return model(**fields)


def expand(value: Expand, model: type[Any]) -> list[str] | Unset:
    """Relation names of ``model``, camelCased for the server (``payment_group`` → ``paymentGroup``)."""
    return value if isinstance(value, Unset) else expand_names(value, model)


def require_customer(arguments: Mapping[str, Any]) -> None:
    """A purchase names its customer by ``customer_id``, or by e-mail and both names: the server
    answers 500 to anything else (even for a shopper it knows), after storing a checkout session."""

    def given(name: str) -> bool:
        value = arguments.get(name)
        return value not in (None, "") and not isinstance(value, Unset)

    by_email = ("customer_email", "customer_first_name", "customer_last_name")
    if not given("customer_id") and not all(given(name) for name in by_email):
        raise ValueError(
            "Pass customer_id, or customer_email with customer_first_name and customer_last_name "
            "(the server needs both names with an e-mail, even for a customer it knows)."
        )


def require_id(value: str, name: str = "id") -> str:
    """A path parameter must not be empty: ``/customers/`` would be another endpoint."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"Expected a non-empty string for `{name}`, got {value!r}")
    return value
