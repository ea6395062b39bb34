"""The Python names openapi-python-client gives the spec: model classes and their attributes, request
builder modules and their arguments. Read from its own parser (the pinned version), so that the SDK's
resource classes call the generated models and builders by exactly the names they have."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty


@dataclass(frozen=True)
class Attribute:
    python_name: str
    prop: Any  # the parser's property


@dataclass(frozen=True)
class Model:
    class_name: str
    module: str
    attributes: Mapping[str, Attribute]  # by the spec's property name


@dataclass(frozen=True)
class Builder:
    package: str  # `customers`: kohortpay_client.api.<package>.<module>
    module: str
    arguments: Mapping[str, str]  # the spec's parameter name → python name


@dataclass(frozen=True)
class Names:
    models: Mapping[str, Model]  # by schema name
    builders: Mapping[str, Builder]  # by operationId


def names(spec: dict[str, Any], spec_path: Path, config_path: Path) -> Names:
    config = Config.from_sources(ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", True, None)
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise RuntimeError(f"openapi-python-client cannot read the spec: {data.detail}")
    models = {}
    for model in data.models:
        properties = [*(model.required_properties or ()), *(model.optional_properties or ())]
        attributes = {_text(p.name): Attribute(str(p.python_name), p) for p in properties}
        models[str(model.class_info.name)] = Model(
            str(model.class_info.name), str(model.class_info.module_name), attributes
        )
    operation_ids = {
        (path, method): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    builders = {}
    for package, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            operation_id = operation_ids[(_text(endpoint.path), endpoint.method)]
            parameters = [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
            arguments = {_text(p.name): str(p.python_name) for p in parameters}
            builders[operation_id] = Builder(str(package), str(endpoint.name), arguments)
    return Names(models, builders)


def _text(value: Any) -> str:
    """The parser keeps the spec's strings wrapped (`UntrustedString`)."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def annotation(prop: Any, imports: set[str]) -> str:
    """The type of an SDK keyword for a model attribute: the attribute's own type, widened where the
    SDK converts (an enum also takes its value as a `str`, a model a mapping), without `Unset`."""
    if isinstance(prop, UnionProperty):
        return " | ".join(dict.fromkeys(annotation(inner, imports) for inner in prop.inner_properties))
    if isinstance(prop, EnumProperty):
        imports.add(prop.class_info.name)
        return f"{prop.class_info.name} | str"
    if isinstance(prop, ModelProperty):
        imports.add(prop.class_info.name)
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if isinstance(inner, ModelProperty):
            imports.add(inner.class_info.name)
            return f"Sequence[{inner.class_info.name} | Mapping[str, Any]]"
        return f"Sequence[{annotation(inner, imports)}]"
    scalars: dict[type, str] = {
        StringProperty: "str",
        IntProperty: "int",
        FloatProperty: "float",
        BooleanProperty: "bool",
        NoneProperty: "None",
        DateTimeProperty: "datetime.datetime",
        DateProperty: "datetime.date",
        AnyProperty: "Any",
    }
    for kind, name in scalars.items():
        if isinstance(prop, kind):
            return name
    raise NotImplementedError(f"no SDK keyword type for {type(prop).__name__} ({_text(prop.name)})")


def converter(prop: Any) -> str | None:
    """How the SDK turns a keyword's value into the model attribute (`None`: as it is)."""
    inner = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    for candidate in inner:
        if isinstance(candidate, EnumProperty):
            return f"params.enum({candidate.class_info.name}, {{value}})"
        if isinstance(candidate, ModelProperty):
            return f"params.model({candidate.class_info.name}, {{value}}, {{where}})"
        if isinstance(candidate, ListProperty) and isinstance(candidate.inner_property, ModelProperty):
            return f"params.models({candidate.inner_property.class_info.name}, {{value}}, {{where}})"
        if isinstance(candidate, IntProperty):
            return "params.integer({value}, {where})"
    return None
