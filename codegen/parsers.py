"""`kohortpay_client/parsers.py`: one straight-line parser per model, for the SDK's hot path.

openapi-python-client's `from_dict` is generic: it imports inside the function, rebuilds nested
helper functions and copies the dict on every call, and the SDK first re-cased the whole answer for
it. The parsers written here read the keys the server sends (the spec's property names) directly,
convert each value by its type (datetimes, open enums, nested models, lists, nullable and optional
fields) and build the model positionally. What they do not expect — a key the model does not
declare, a missing one, another casing, a value of another type — makes them give way to the
model's generic `from_dict` (after re-casing), so the result is always the generic one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from . import python
from .spec import snake

AS_IS = (StringProperty, IntProperty, BooleanProperty, AnyProperty, NoneProperty)


class Unsupported(Exception):
    """A property form the fast parsers do not convert: its model keeps the generic `from_dict`."""


def function(class_name: str) -> str:
    """`PaymentGroupSettings` → `payment_group_settings`: the public parser's name."""
    return snake(class_name)


def context(names: python.Names, answers: Iterable[str]) -> dict[str, Any]:
    """The template's context: the models of the API's answers (`answers`, by schema name, and the
    models they hold), each with its key set and the expression of each attribute."""
    models: list[dict[str, Any]] = []
    enums: set[str] = set()
    for model in _reachable(names, answers):
        try:
            values = [_attribute(name, attribute.prop, enums) for name, attribute in model.attributes.items()]
        except Unsupported:
            values = None
        models.append(
            {
                "class_name": model.class_name,
                "function": function(model.class_name),
                "keys": sorted(model.attributes),
                "values": values,
                "is_map": not model.attributes,
            }
        )
    imports = sorted({*(m["class_name"] for m in models), *enums})
    return {"models": models, "imports": imports}


def _reachable(names: python.Names, answers: Iterable[str]) -> list[python.Model]:
    by_class = {model.class_name: model for model in names.models.values()}
    found: dict[str, python.Model] = {}
    pending = [names.models[name].class_name for name in answers]
    while pending:
        model = by_class[pending.pop()]
        if model.class_name not in found:
            found[model.class_name] = model
            pending += [inner for a in model.attributes.values() for inner in _models_in(a.prop)]
    return sorted(found.values(), key=lambda m: m.class_name)


def _models_in(prop: Any) -> list[str]:
    if isinstance(prop, ModelProperty):
        return [prop.class_info.name]
    if isinstance(prop, ListProperty):
        return _models_in(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return [name for inner in prop.inner_properties for name in _models_in(inner)]
    return []


def _attribute(name: str, prop: Any, enums: set[str]) -> str:
    if prop.required:
        return _convert(prop, f"d[{name!r}]", enums)
    return _convert(prop, f"d.get({name!r}, UNSET)", enums, optional=True)


def _convert(prop: Any, source: str, enums: set[str], *, optional: bool = False) -> str:
    """The expression that turns `source` (the wire value) into the attribute's value."""
    nullable = isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)
    inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)] if nullable else [prop]
    if len(inner) != 1:
        raise Unsupported(prop)
    value = _value(inner[0], "v", enums)
    if value == "v":
        return source
    kept = [*(["UNSET"] if optional else []), *(["None"] if nullable else [])]  # values kept as they are
    if not kept:
        return _value(inner[0], source, enums)
    return f"(v if (v := {source}) is {' or v is '.join(kept)} else {value})"


def _value(prop: Any, v: str, enums: set[str]) -> str:
    if isinstance(prop, AS_IS):
        return v
    if isinstance(prop, DateTimeProperty):
        return f"_datetime({v})"
    if isinstance(prop, EnumProperty):
        enums.add(prop.class_info.name)
        return f"_enum({prop.class_info.name}, {v})"
    if isinstance(prop, ModelProperty):
        return f"_{function(prop.class_info.name)}({v})"
    if isinstance(prop, ListProperty):
        item = prop.inner_property
        if isinstance(item, UnionProperty) and all(isinstance(p, ModelProperty) for p in item.inner_properties):
            choices = ", ".join(
                f"_{function(p.class_info.name)}" for p in item.inner_properties if isinstance(p, ModelProperty)
            )
            return f"[_first_of(x, {choices}) for x in _list({v})]"
        return f"[{_value(item, 'x', enums)} for x in _list({v})]"
    raise Unsupported(prop)  # constants, unions of other types: the generic `from_dict`
