"""Request validation compiled from the shipped openapi.yaml: the rules are the spec's, not ours.

Input goes through the server's own steps, in its order: keys camelized (except inside
`metadata`), integer fields run through `Number()`, JSON Schema validation (messages worded like
the server's class-validator ones), then unknown fields dropped. A refusal is an
:class:`InvalidRequest`, which keeps the failed constraints: where the spec is stricter than the
server, the mock's quirks turn some of them back into the server's answer.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from kohortpay._datetime import parse_datetime

from .emails import is_email
from .errors import ApiError
from .javascript import integer_of_text, js_number, number_of_text, whole_number
from .wire import camel, rekey

SPEC_URI = "urn:kohortpay:openapi"

FORMATS = FormatChecker(formats=())


@FORMATS.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or is_email(value)


@FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parse_datetime(value)
    return True


def _datetime_holds(value: str) -> bool:
    try:
        return _is_datetime(value)
    except ValueError:
        return False


FAST_FORMATS = {"email": _is_email, "date-time": _datetime_holds}


@dataclass(frozen=True)
class Failure:
    """One failed constraint: where (`root` is the query parameter, or "" for the body) and which."""

    root: str
    error: ValidationError
    required: bool = False  # a top-level field the body must have (`@IsNotEmpty()` on the server)

    @property
    def path(self) -> tuple[str, ...]:
        """`("lineItems", "0", "name")`: the failing field (for `required`, the missing one)."""
        parts = ([self.root] if self.root else []) + [str(p) for p in self.error.absolute_path]
        if self.error.validator == "required":
            parts.append(self.error.message.split("'")[1])
        return tuple(parts)


class InvalidRequest(ApiError):
    """400 with one message per failed constraint (several for a missing field, like the server)."""

    def __init__(self, failures: list[Failure], body: Any = None) -> None:
        messages = list(dict.fromkeys(m for failure in failures for m in _messages(failure)))
        super().__init__(400, messages)
        self.failures = failures
        self.validated = body  # the body as validated (camelCase, coerced), for a rule that checks it later


@dataclass
class Operation:
    """What validating an operation's requests needs, compiled from the spec."""

    operation_id: str
    method: str
    path: str
    query: dict[str, dict[str, Any]]  # camelCase name (without `[]`) → schema
    headers: dict[str, dict[str, Any]]  # lower-case name → schema
    body: dict[str, Any] | None  # schema ($ref) of the JSON body


class SpecValidator:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        resource: Resource[Any] = Resource.from_contents(dict(spec), default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self.operations: dict[tuple[str, str], Operation] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        self._checkers: dict[str, Any] = {}
        self._resolved: dict[str, Any] = {}
        self._shapes: dict[int, tuple[Mapping[str, Any], Shape]] = {}
        for path, item in spec["paths"].items():
            for method, op in item.items():
                self.operations[(method.upper(), path)] = self._operation(method.upper(), path, op)

    # ------------------------------------------------------------------ compile
    def _operation(self, method: str, path: str, op: dict[str, Any]) -> Operation:
        query, headers = {}, {}
        for param in op.get("parameters", []):
            param = self.resolve(param)
            if param["in"] == "query":
                query[param["name"].removesuffix("[]")] = param["schema"]
            elif param["in"] == "header":
                headers[param["name"].lower()] = param["schema"]
        body = None
        if "requestBody" in op:
            body = self.resolve(op["requestBody"])["content"]["application/json"]["schema"]
        return Operation(op["operationId"], method, path, query, headers, body)

    def resolve(self, node: Any) -> Any:
        """`node`, or what its `$ref` chain points to (looked up once per reference)."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref not in self._resolved:
                self._resolved[ref] = self.registry.resolver(SPEC_URI).lookup(SPEC_URI + ref).contents
            node = self._resolved[ref]
        return node

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        key = repr(schema)
        if key not in self._validators:
            if "$ref" in schema:
                schema = {**schema, "$ref": SPEC_URI + schema["$ref"]}
            self._validators[key] = Draft202012Validator(schema, registry=self.registry, format_checker=FORMATS)
        return self._validators[key]

    def _checker(self, schema: dict[str, Any]) -> Any:
        """jsonschema-rs, compiled once per schema, with the same formats: ~100× faster at saying
        that a value is valid. The spec's internal `#/components/…` references resolve against the
        components embedded beside the schema."""
        key = repr(schema)
        if key not in self._checkers:
            root = {**schema, "components": self.spec["components"]}
            self._checkers[key] = jsonschema_rs.Draft202012Validator(root, formats=FAST_FORMATS, validate_formats=True)
        return self._checkers[key]

    def _failures(self, schema: dict[str, Any], value: Any, root: str) -> list[Failure]:
        """What is wrong with `value`: nothing, known fast; else jsonschema's errors, in its words."""
        try:
            if self._checker(schema).is_valid(value):
                return []
        except ValueError:  # text Rust cannot hold (a lone surrogate): jsonschema judges it
            pass
        return self._errors(self._validator(schema), value, root, self.resolve(schema))

    # ------------------------------------------------------------------ check
    def field_errors(self, schema_name: str, values: Mapping[str, Any]) -> list[str]:
        """What is wrong with `values` of fields of a component schema, field by field (unknown ones
        are not judged)."""
        properties = self.resolve({"$ref": f"#/components/schemas/{schema_name}"})["properties"]
        return [
            f"{name} {failure.error.message}"
            for name, value in values.items()
            if name in properties
            for failure in self._failures(properties[name], value, name)
        ]

    def query(
        self,
        operation: Operation,
        raw: Iterable[tuple[str, str]],
        *,
        javascript: bool = False,
        shaped: list[str] | None = None,
    ) -> dict[str, Any]:
        """Known query parameters, typed and validated; unknown ones are dropped. Numbers are read
        as decimal integers, or with `javascript` as the server reads them (`javascript-numbers`,
        added to `shaped` when that reading changed a value)."""
        values: dict[str, Any] = {}
        errors: list[Failure] = []
        raw = list(raw)
        if [name for name, _ in raw].count("expand") == 1:  # one `expand=` is a string, not an array
            raise ApiError(400, ["expand must be an array"])
        for name, value in raw:
            key = camel(name.removesuffix("[]"))
            schema = operation.query.get(key)
            if schema is None:
                continue
            if schema.get("type") == "array":
                values.setdefault(key, []).append(value)
            elif schema.get("type") == "integer":
                values[key] = number_of_text(value) if javascript else integer_of_text(value)
                if shaped is not None and repr(values[key]) != repr(integer_of_text(value)):
                    shaped.append("javascript-numbers")
            else:
                values[key] = value
        for key, value in values.items():
            errors += self._failures(operation.query[key], _as_validated(value), key)
        if errors:
            raise InvalidRequest(errors)
        return {key: math.trunc(v) if isinstance(v, float) and math.isfinite(v) else v for key, v in values.items()}

    def headers(self, operation: Operation, headers: Mapping[str, str]) -> None:
        """Check the declared header parameters that were sent (e.g. `Idempotency-Key`)."""
        errors = []
        for name, schema in operation.headers.items():
            if name in headers:
                errors += self._failures(schema, headers[name], name)
        if errors:
            raise InvalidRequest(errors)

    def body(
        self,
        operation: Operation,
        raw: Any,
        *,
        javascript: bool = False,
        nulls: bool = False,
        shaped: list[str] | None = None,
    ) -> dict[str, Any]:
        """The request body, as the handlers see it: camelCase, coerced, validated, pruned. With
        `javascript`, numbers are read as the server reads them (`javascript-numbers`); with `nulls`,
        an optional field's null is not validated (`optional-nulls`). `shaped` gets the quirks whose
        reading changed the outcome."""
        if operation.body is None:
            return {}
        if raw is None:  # the server validates an absent body as an empty object
            raw = {}
        if not isinstance(raw, dict):
            raise ApiError(400, ["body must be a JSON object"])
        camelized = rekey(raw, camel)
        body = self.coerce(camelized, operation.body, javascript=javascript)
        judged = _without_optional_nulls(self.resolve(operation.body), body) if nulls else body
        errors = self._failures(operation.body, judged, "")
        if errors:
            raise InvalidRequest(errors, body)
        if shaped is not None:  # what a strict reading would have refused
            changed = javascript and body is not camelized  # `coerce` keeps what it does not change
            if changed and self._failures(operation.body, self.coerce(camelized, operation.body), ""):
                shaped.append("javascript-numbers")
            if judged is not body and self._failures(operation.body, body, ""):
                shaped.append("optional-nulls")
        return self.pruned(operation, body)

    def pruned(self, operation: Operation, body: dict[str, Any]) -> dict[str, Any]:
        """A validated body without the fields the spec does not declare."""
        assert operation.body is not None
        pruned: dict[str, Any] = _prune(body, self._shape(operation.body))
        return pruned

    def coerce(self, value: Any, schema: dict[str, Any], *, javascript: bool = False) -> Any:
        """Read integer fields as numbers before validating: with `javascript`, through `Number()`
        as the server does; else only text holding a decimal integer (a form's fields) and whole floats.
        What it does not change stays the same object."""
        return _coerce(value, self._shape(schema), javascript)

    def _shape(self, schema: Mapping[str, Any]) -> Shape:
        """What reading values of `schema` involves, worked out once per schema (and kept with it, so
        that its id names it for as long as the cache does)."""
        known = self._shapes.get(id(schema))
        if known is not None:
            return known[1]
        resolved = self.resolve(schema)
        types = resolved.get("type")
        shape = Shape(
            integer=types == "integer" or (isinstance(types, list) and "integer" in types),
            date_time=resolved.get("format") == "date-time",
        )
        self._shapes[id(schema)] = (schema, shape)  # before its parts: a schema may hold itself
        if "properties" in resolved:
            shape.properties = {name: self._shape(part) for name, part in resolved["properties"].items()}
        if "items" in resolved:
            shape.items = self._shape(resolved["items"])
        return shape

    @staticmethod
    def _errors(validator: Draft202012Validator, value: Any, root: str, schema: Mapping[str, Any]) -> list[Failure]:
        """The failures in the order the server lists them: by field, in the order its DTO (and the
        spec) declares them."""
        fields = list(schema.get("properties", {}))
        required = schema.get("required", ())

        def order(error: ValidationError) -> tuple[int, list[str]]:
            path = [str(p) for p in error.absolute_path]
            missing = error.validator == "required" and not path
            name = Failure(root, error).path[-1] if missing else path[0] if path else ""
            return (fields.index(name) if name in fields else -1, path)

        found = sorted(validator.iter_errors(value), key=order)
        return [Failure(root, e, len(e.absolute_path) == 1 and e.absolute_path[0] in required) for e in found]


@dataclass
class Shape:
    """A schema as reading a value needs it: an integer, a date-time, an object's declared
    properties, an array's items."""

    integer: bool = False
    date_time: bool = False
    properties: dict[str, Shape] | None = None
    items: Shape | None = None

    @functools.cached_property
    def numeric(self) -> tuple[str, ...]:
        """The properties where `coerce` may change something: those holding integers, at any depth."""
        assert self.properties is not None
        return tuple(name for name, part in self.properties.items() if part.holds_integers)

    @functools.cached_property
    def holds_integers(self) -> bool:
        """Whether values of this schema hold integers, at any depth."""
        self.__dict__["holds_integers"] = False  # a schema that holds itself: no deeper than itself
        parts = [*(self.properties or {}).values(), *([self.items] if self.items else [])]
        return self.integer or any(part.holds_integers for part in parts)

    @functools.cached_property
    def converted(self) -> tuple[str, ...]:
        """The properties where pruning changes something: date-times, objects and arrays."""
        assert self.properties is not None
        return tuple(
            name
            for name, part in self.properties.items()
            if part.date_time or part.properties is not None or part.items is not None
        )


def _coerce(value: Any, shape: Shape, javascript: bool) -> Any:
    if shape.integer:
        return js_number(value) if javascript else whole_number(value)
    if shape.properties is not None and isinstance(value, dict):
        read = value
        for name in shape.numeric:
            if name in value:
                new = _coerce(value[name], shape.properties[name], javascript)
                if new is not value[name]:
                    read = read if read is not value else dict(value)
                    read[name] = new
        return read
    if shape.items is not None and isinstance(value, list) and shape.items.holds_integers:
        items = [_coerce(item, shape.items, javascript) for item in value]
        return value if all(new is old for new, old in zip(items, value, strict=True)) else items
    return value


def _prune(value: Any, shape: Shape) -> Any:
    """Drop the properties the schema does not declare (the server ignores unknown fields);
    date-times become aware datetimes."""
    if shape.date_time and isinstance(value, str):
        return parse_datetime(value)
    if shape.properties is not None and isinstance(value, dict):
        properties = shape.properties
        pruned = {name: v for name, v in value.items() if name in properties}
        for name in shape.converted:
            if name in pruned:
                pruned[name] = _prune(pruned[name], properties[name])
        return pruned
    if shape.items is not None and isinstance(value, list):
        return [_prune(item, shape.items) for item in value]
    return value


def _as_validated(value: Any) -> Any:
    """A query number as class-validator judges it: a fraction passes `@IsPositive()` and `@Max()`
    where its ceiling would (the database then drops the fraction: `take=0.5` gives no objects)."""
    return math.ceil(value) if isinstance(value, float) and math.isfinite(value) else value


def _without_optional_nulls(schema: Mapping[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The body as class-validator judges it: `@IsOptional()` skips every rule of a field that is
    null, so an optional field's null is not validated (what storing it does is the rules' business)."""
    required = schema.get("required", ())
    if all(value is not None or key in required for key, value in body.items()):
        return body  # nothing to drop: the same object, judged once
    return {key: value for key, value in body.items() if value is not None or key in required}


def _missing(field: str, prop: Any) -> list[str]:
    """What class-validator says of a required field that is missing or null: every rule fails."""
    if isinstance(prop, dict) and prop.get("type") == "integer":
        return [*_number_messages(field, prop, query=False), f"{field} should not be empty"]
    if isinstance(prop, dict) and prop.get("type") == "string":
        email = [f"{field} must be an email"] if prop.get("format") == "email" else []
        return [*email, f"{field} must be a string", f"{field} should not be empty"]
    return [f"{field} should not be empty"]


def _number_messages(field: str, schema: Mapping[str, Any], *, query: bool) -> list[str]:
    """What class-validator says of a value that is not a number: every numeric rule fails."""
    # A maximum beyond 2^53 is the spec's (what `Number()` still reads exactly), not a `@Max()` of the server.
    maximum = schema.get("maximum", math.inf)
    limit = [f"{field} must not be greater than {maximum}"] if maximum < 2**53 else []
    positive = [f"{field} must be a positive number"] if schema.get("minimum") == 1 else []
    if query:  # `take` has no `@IsNumber()`, `skip` nothing else
        return limit + positive or [f"{field} must be a number conforming to the specified constraints"]
    return positive + [f"{field} must be a number conforming to the specified constraints"]


def _messages(failure: Failure) -> list[str]:
    """The server's (class-validator) messages for a failed constraint; they name the field."""
    error = failure.error
    if isinstance(error.schema, dict) and "x-error-message" in error.schema:
        return [str(error.schema["x-error-message"])]
    field = ".".join(failure.path) or "body"
    schema = error.schema if isinstance(error.schema, dict) else {}
    match error.validator:
        case "anyOf" if error.context and failure.path:  # a nullable field: what its other branch says
            branches = [e for e in error.context if not (isinstance(e.schema, dict) and e.schema.get("type") == "null")]
            if branches:
                return _messages(Failure(failure.root, branches[0], failure.required))
            return [_message(error, field, schema)]
        case "required":
            return _missing(field, schema.get("properties", {}).get(failure.path[-1], {}))
        case "type" if error.instance is None and failure.required:  # a required field sent as null
            return _missing(field, schema)
        case "type":
            kind = error.validator_value
            if isinstance(kind, list):  # a nullable field: the server names the type it wants
                kind = next((k for k in kind if k != "null"), kind)
            if schema.get("format") == "email":  # `@IsEmail()` fails too
                return [f"{field} must be an email", f"{field} must be a string"]
            if kind in ("integer", "number"):
                messages = _number_messages(field, schema, query=bool(failure.root))
                if isinstance(error.instance, float) and error.instance > 0:  # +Infinity is positive
                    messages = [m for m in messages if not m.endswith("must be a positive number")]
                return messages
            if kind == "null":
                return [f"{field} must be a Date instance"]
            names = {"object": "an object", "array": "an array", "string": "a string", "boolean": "a boolean value"}
            return [f"{field} must be {names.get(kind, kind) if isinstance(kind, str) else 'of type ' + str(kind)}"]
        case "minimum" if error.validator_value == 1:
            return [f"{field} must be a positive number"]
        case "format" if error.validator_value == "email":
            empty = [f"{field} should not be empty"] if failure.required and error.instance == "" else []
            return [f"{field} must be an email", *empty]
        case _:
            return [_message(error, field, schema)]


def _message(error: ValidationError, field: str, schema: Mapping[str, Any]) -> str:
    match error.validator:
        case "minimum":
            return f"{field} must not be less than {error.validator_value}"
        case "maximum":
            return f"{field} must not be greater than {error.validator_value}"
        case "enum":
            values = ", ".join(str(value) for value in schema.get("enum", []))
            return f"{field} must be one of the following values: {values}"
        case "const":
            return f"{field} must be equal to {error.validator_value}"
        case "format":
            return f"{field} must be a valid {error.validator_value}"
        case "minLength":
            return f"{field} must be longer than or equal to {error.validator_value} characters"
        case "maxLength":
            return f"{field} must be shorter than or equal to {error.validator_value} characters"
        case _:
            return f"{field}: {error.message}"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The openapi.yaml shipped inside the package (parsed once; treat it as read-only)."""
    text = resources.files("kohortpay").joinpath("openapi.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return spec


@functools.cache
def default_validator() -> SpecValidator:
    """The validator of the shipped spec, shared by every mock, the strategies and the tests."""
    return SpecValidator(load_spec())
