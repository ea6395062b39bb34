"""Read openapi.yaml the way the tests need it: operations, media types, examples, schemas."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC_URI = "urn:kohortpay:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (one level at a time, until a non-ref node)."""
    while isinstance(node, dict) and "$ref" in node and len(node) == 1:
        node = pointer(node["$ref"])
    return node


def pointer(ref: str) -> Any:
    assert ref.startswith("#/"), f"only local refs are used: {ref}"
    node: Any = load_spec()
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation under `paths`."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def webhook_operations() -> Iterator[tuple[str, dict[str, Any]]]:
    for name, item in load_spec()["webhooks"].items():
        yield name, item["post"]


def media_types() -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, media type object) for every request and response body of every operation and webhook."""

    def bodies(where: str, op: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        if "requestBody" in op:
            for ctype, media in resolve(op["requestBody"]).get("content", {}).items():
                yield f"{where} request {ctype}", media
        for status, response in op["responses"].items():
            for ctype, media in resolve(response).get("content", {}).items():
                yield f"{where} {status} {ctype}", media

    for method, path, op in operations():
        yield from bodies(f"{method} {path}", op)
    for name, op in webhook_operations():
        yield from bodies(f"webhook {name}", op)


def examples_of(media: dict[str, Any]) -> list[tuple[str, Any]]:
    """(name, value) of every example of a media type object."""
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, example in media.get("examples", {}).items():
        found.append((name, resolve(example)["value"]))
    return found


def schema_name(media: dict[str, Any]) -> str:
    """The component name of a media type's schema (every body here is a `$ref`)."""
    ref: str = media["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator (formats checked) for a schema taken from the spec."""
    if "$ref" in schema:
        schema = {**schema, "$ref": SPEC_URI + schema["$ref"]}
    return Draft202012Validator(schema, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER)
