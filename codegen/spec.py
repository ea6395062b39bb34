"""openapi.yaml as the generators read it: resources, operations and object schemas, with the facts of
its `x-kohortpay` extension (x-kohortpay.schema.yaml), checked before anything is generated."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

EXTENSION = "x-kohortpay"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PREFIX = re.compile(r"^\^([A-Za-z0-9_-]+)")


class SpecError(Exception):
    """The spec breaks the extension's rules: one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def camel(name: str) -> str:
    """The server's camelCase for a snake_case field name (`j_minus2_expire_at` → `jMinus2ExpireAt`)."""
    return re.sub(r"_([a-z0-9])", lambda m: m[1].upper(), name)


def snake(name: str) -> str:
    """`amountTotal` → `amount_total`, `listPaymentGroups` → `list_payment_groups`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass(frozen=True)
class Relation:
    """Objects of `target` whose `remote` field equals the holder's `local` field (camelCase names)."""

    target: str
    local: str
    remote: str
    many: bool


@dataclass(frozen=True)
class Field:
    name: str  # as the schema writes it
    wire: str  # camelCase: the server's own name
    schema: Mapping[str, Any]
    required: bool
    description: str
    references: tuple[str, str] | None  # (schema, its camelCase field)
    relation: Relation | None
    ignored: bool
    from_now: tuple[int, int] | None
    stored_as: Mapping[str, str]


@dataclass(frozen=True)
class Schema:
    name: str
    description: str
    fields: tuple[Field, ...]
    #: Groups of fields of which at least one must be given whole (`anyOf` of `required`), camelCase.
    alternatives: tuple[tuple[str, ...], ...]

    def field(self, wire: str) -> Field | None:
        return next((f for f in self.fields if f.wire == wire), None)

    @property
    def prefix(self) -> str | None:
        """How the object's `id` begins (its `pattern`), e.g. `cus_`."""
        id_field = self.field("id")
        match = _PREFIX.match(str(id_field.schema.get("pattern", ""))) if id_field else None
        return match[1] if match else None


@dataclass(frozen=True)
class Parameter:
    name: str  # as sent (`expand[]`, `Idempotency-Key`)
    location: str
    sdk_name: str
    required: bool
    schema: Mapping[str, Any]
    description: str


@dataclass(frozen=True)
class Operation:
    operation_id: str
    http_method: str  # upper case
    path: str
    tag: str
    resource: str
    method: str
    summary: str
    description: str
    deprecated: bool
    status: int
    parameters: tuple[Parameter, ...]
    body: str | None  # schema name
    result: str | None  # schema name of the success body
    unique_keys: tuple[str, ...]
    sets_status: str | None
    idempotent: bool
    secret_key_only: bool

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")


@dataclass(frozen=True)
class Resource:
    name: str  # the client's attribute
    class_name: str
    tag: str
    description: str
    operations: tuple[Operation, ...]

    def operation(self, method: str) -> Operation | None:
        return next((op for op in self.operations if op.method == method), None)


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    resources: tuple[Resource, ...]
    schemas: Mapping[str, Schema]  # every object schema of components
    enums: Mapping[str, tuple[str, ...]]  # every string enum schema of components
    webhooks: Mapping[str, str]  # event type → payload schema
    raw_schemas: Mapping[str, Any]  # components.schemas as written

    @property
    def operations(self) -> Iterator[Operation]:
        for resource in self.resources:
            yield from resource.operations

    def item_of(self, schema: str | None) -> str | None:
        """For a list envelope (`{data: [...], count}`), its items' schema; else None."""
        found = self.schemas.get(schema or "")
        data = found.field("data") if found else None
        return _ref_name(data.schema.get("items", {})) if data else None


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as file:
        spec: dict[str, Any] = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return spec


# ----------------------------------------------------------------------------------------- reading
def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _schema_ref(node: Any) -> str | None:
    """The component schema a property or body holds: directly, or as the non-null branch of an anyOf."""
    if not isinstance(node, dict):
        return None
    if "$ref" in node:
        return _ref_name(node)
    branches = [b for b in node.get("anyOf", ()) if b != {"type": "null"}]
    return _ref_name(branches[0]) if len(branches) == 1 else None


def _json_body(spec: Mapping[str, Any], node: Any) -> Any:
    content = _resolve(spec, node).get("content", {})
    return content.get("application/json", {}).get("schema")


def _field(holder: Mapping[str, Any], name: str, node: Mapping[str, Any]) -> Field:
    ext = node.get(EXTENSION, {})
    references = None
    if "references" in ext:
        target, _, field = ext["references"].partition(".")
        references = (target, camel(field or "id"))
    relation = None
    if "relation" in ext:
        many = node.get("type") == "array"
        target = _ref_name(node.get("items", {})) if many else _schema_ref(node)
        rel = ext["relation"]
        relation = Relation(str(target), camel(rel.get("local", "id")), camel(rel.get("remote", "id")), many)
    window = ext.get("from-now")
    return Field(
        name=name,
        wire=camel(name),
        schema=node,
        required=name in holder.get("required", ()),
        description=str(node.get("description", "")).strip(),
        references=references,
        relation=relation,
        ignored=bool(ext.get("ignored")),
        from_now=(window["min"], window["max"]) if window else None,
        stored_as=dict(ext.get("stored-as", {})),
    )


def _alternatives(schema: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    for part in schema.get("allOf", ()):
        options = part.get("anyOf", ())
        if options and all(set(option) == {"required"} for option in options):
            return tuple(tuple(camel(n) for n in option["required"]) for option in options)
    return ()


def _schemas(spec: Mapping[str, Any]) -> dict[str, Schema]:
    found = {}
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") == "object":
            fields = tuple(_field(schema, key, node) for key, node in schema.get("properties", {}).items())
            found[name] = Schema(name, str(schema.get("description", "")).strip(), fields, _alternatives(schema))
    return found


def _operation(spec: Mapping[str, Any], method: str, path: str, op: Mapping[str, Any], resource: str) -> Operation:
    ext = op.get(EXTENSION, {})
    parameters = []
    for raw in op.get("parameters", ()):
        param = _resolve(spec, raw)
        name = param["name"]
        sdk_name = param.get(EXTENSION, {}).get("sdk-name") or snake(camel(name.removesuffix("[]").replace("-", "_")))
        parameters.append(
            Parameter(
                name,
                param["in"],
                sdk_name,
                bool(param.get("required")),
                param["schema"],
                str(param.get("description", "")).strip(),
            )
        )
    body_schema = _json_body(spec, op["requestBody"]) if "requestBody" in op else None
    status, response = next((int(code), r) for code, r in op["responses"].items() if code.startswith("2"))
    return Operation(
        operation_id=op["operationId"],
        http_method=method.upper(),
        path=path,
        tag=op["tags"][0],
        resource=resource,
        method=ext["method"],
        summary=str(op.get("summary", "")).strip(),
        description=str(op.get("description", "")).strip(),
        deprecated=bool(op.get("deprecated")),
        status=status,
        parameters=tuple(parameters),
        body=_ref_name(body_schema),
        result=_schema_ref(_json_body(spec, response) or {}),
        unique_keys=tuple(ext.get("unique-keys", ())),
        sets_status=ext.get("sets-status"),
        idempotent=bool(ext.get("idempotent")),
        secret_key_only=bool(ext.get("secret-key-only")),
    )


def read(spec: Mapping[str, Any]) -> Api:
    """The spec as the generators use it; :class:`SpecError` when its extensions do not hold."""
    problems = check(spec)
    if problems:
        raise SpecError(problems)
    by_tag: dict[str, list[Operation]] = {}
    resource_of = {tag["name"]: tag[EXTENSION]["resource"] for tag in spec["tags"]}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                tag = op["tags"][0]
                by_tag.setdefault(tag, []).append(_operation(spec, method, path, op, resource_of[tag]))
    resources = tuple(
        Resource(
            name=tag[EXTENSION]["resource"],
            class_name="".join(part.capitalize() for part in tag[EXTENSION]["resource"].split("_")),
            tag=tag["name"],
            description=str(tag.get("description", "")).strip(),
            operations=tuple(by_tag.get(tag["name"], ())),
        )
        for tag in spec["tags"]
    )
    enums = {
        name: tuple(schema["enum"])
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("type") == "string" and "enum" in schema
    }
    webhooks = {}
    for event_type, item in spec.get("webhooks", {}).items():
        payload = _json_body(spec, item["post"]["requestBody"])
        webhooks[event_type] = str(_ref_name(payload))
    return Api(
        spec["info"]["title"],
        str(spec["info"]["version"]),
        resources,
        _schemas(spec),
        enums,
        webhooks,
        spec["components"]["schemas"],
    )


# ---------------------------------------------------------------------------------------- checking
def _meta_schema() -> dict[str, Any]:
    return load(Path(__file__).resolve().parents[1] / "x-kohortpay.schema.yaml")


def _occurrences(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(place, where, value) of every `x-kohortpay` in the spec, `place` one of the vocabulary's `$defs`;
    an occurrence anywhere else has place `""`."""
    known: set[int] = set()
    for tag in spec.get("tags", ()):
        if EXTENSION in tag:
            known.add(id(tag[EXTENSION]))
            yield "tag", f"tag {tag['name']!r}", tag[EXTENSION]
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item and EXTENSION in item[method]:
                known.add(id(item[method][EXTENSION]))
                yield "operation", f"{method.upper()} {path}", item[method][EXTENSION]
    for name, param in spec.get("components", {}).get("parameters", {}).items():
        if EXTENSION in param:
            known.add(id(param[EXTENSION]))
            yield "parameter", f"parameter {name}", param[EXTENSION]
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if EXTENSION in schema:
            known.add(id(schema[EXTENSION]))
            yield "schema", f"schema {name}", schema[EXTENSION]
        for key, prop in schema.get("properties", {}).items():
            if isinstance(prop, dict) and EXTENSION in prop:
                known.add(id(prop[EXTENSION]))
                yield "property", f"{name}.{key}", prop[EXTENSION]

    def stray(node: Any, where: str) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == EXTENSION and id(value) not in known:
                    yield "", where, value
                yield from stray(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from stray(value, f"{where}/{index}")

    yield from stray(spec, "#")


def check(spec: Mapping[str, Any]) -> list[str]:
    """Every problem with the spec's `x-kohortpay`: its form (the vocabulary's JSON Schema), then
    whether the names it gives exist and fit."""
    meta = _meta_schema()
    problems = []
    for place, where, value in _occurrences(spec):
        if not place:
            problems.append(f"{where}: {EXTENSION} is not allowed here")
            continue
        validator = Draft202012Validator({**meta, "$ref": f"#/$defs/{place}"})
        problems += [f"{where}: {error.message}" for error in validator.iter_errors(value)]
    if problems:
        return problems
    for tag in spec.get("tags", ()):
        if EXTENSION not in tag:
            problems.append(f"tag {tag['name']!r}: every tag needs {EXTENSION}.resource")
    schemas = _schemas(spec)
    resources: dict[str, set[str]] = {}
    resource_of = {tag["name"]: tag.get(EXTENSION, {}).get("resource") for tag in spec.get("tags", ())}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op, where = item[method], f"{method.upper()} {path}"
            ext = op.get(EXTENSION)
            if ext is None:
                problems.append(f"{where}: every operation needs {EXTENSION}.method")
                continue
            names = resources.setdefault(str(resource_of.get(op["tags"][0])), set())
            if ext["method"] in names:
                problems.append(f"{where}: {ext['method']!r} is already a method of its resource")
            names.add(ext["method"])
            operation = _operation(spec, method, path, op, "")
            body = schemas.get(operation.body or "")
            for key in operation.unique_keys:
                if body is None or body.field(key) is None:
                    problems.append(f"{where}: unique key {key!r} is not a field of the request body")
            if operation.sets_status is not None:
                result = schemas.get(operation.result or "")
                status = result.field("status") if result else None
                enum_name = _ref_name(status.schema) if status else None
                values = spec["components"]["schemas"].get(enum_name or "", {}).get("enum", [])
                if operation.sets_status not in values:
                    problems.append(f"{where}: sets-status {operation.sets_status!r} is not a status of its result")
    for name, raw in spec["components"]["schemas"].items():
        order = raw.get(EXTENSION, {}).get("sort-order")
        if order is not None and sorted(order) != sorted(raw.get("enum", [])):
            problems.append(f"schema {name}: sort-order is not an order of its enum's values")
    for schema in schemas.values():
        for field in schema.fields:
            where = f"{schema.name}.{field.name}"
            if field.references is not None:
                target = schemas.get(field.references[0])
                if target is None or target.field(field.references[1]) is None:
                    problems.append(f"{where}: references {'.'.join(field.references)}, which does not exist")
            if field.relation is not None:
                relation = field.relation
                target = schemas.get(relation.target)
                if schema.field(relation.local) is None:
                    problems.append(f"{where}: the relation's local field {relation.local!r} does not exist")
                if target is None or target.field(relation.remote) is None:
                    problems.append(f"{where}: the relation's remote field {relation.remote!r} does not exist")
            if field.from_now is not None and field.schema.get("format") != "date-time":
                problems.append(f"{where}: from-now is for date-times")
            allowed = _resolve(spec, field.schema).get("enum")
            for sent, kept in field.stored_as.items():
                if allowed is not None and not {sent, kept} <= set(allowed):
                    problems.append(f"{where}: stored-as maps {sent!r} to {kept!r}, not both values of its enum")
    return problems
