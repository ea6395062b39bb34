"""Write the SDK's resource classes, the facts table and the records into the generated package."""

from __future__ import annotations

import keyword
import re
import subprocess
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import __version__ as generator_version

from . import parsers, python
from .spec import Api, Operation, Resource, Schema, snake

TEMPLATES = Path(__file__).with_name("templates")
#: The query parameters of a `list` that page through it; their spec defaults become the SDK's.
PAGING = ("take", "skip")
#: Query parameters the SDK checks against the listed object's facts before sending.
CHECKED_QUERY = {"orderBy": "params.order_by", "search": "params.search", "expand[]": "params.expand"}
LINE = 100


def constant(name: str) -> str:
    """`CreateCustomerParams` → `CREATE_CUSTOMER_PARAMS`, `createCustomer` → `CREATE_CUSTOMER`."""
    return snake(name).upper()


def words(schema: str) -> str:
    """`CheckoutSession` → `checkout session`."""
    return snake(schema).replace("_", " ")


def _reflow(text: str, width: int, indent: str = "") -> list[str]:
    """`text`'s paragraphs (separated by blank lines) wrapped to `width`; `indent` after the first line."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        if lines:
            lines.append("")
        joined = " ".join(line.strip() for line in paragraph.splitlines())
        lines += textwrap.wrap(joined, width, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)
    return lines


def docstring(sections: Iterable[str | list[str]], indent: int) -> str:
    """A docstring of `sections`: text to wrap, or lines kept as they are (an `Args:` section)."""
    width = LINE - indent
    lines: list[str] = []
    for section in sections:
        block = section if isinstance(section, list) else _reflow(section, width) if section.strip() else []
        if block:
            lines += ([""] if lines else []) + block
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    pad = " " * indent
    body = textwrap.indent(text, pad).lstrip()
    if "\n" in body:
        return f'"""{body}\n{pad}"""'
    return f'"""{body}"""'


def _args(entries: Sequence[tuple[str, str]], indent: int) -> list[str]:
    """An `Args:` section; entries without a description are left out."""
    described = [(name, text) for name, text in entries if text]
    if not described:
        return []
    lines = ["Args:"]
    for name, text in described:
        wrapped = _reflow(f"{name}: {text}", LINE - indent - 4, indent="    ")
        lines += [f"    {line}" if line else "" for line in wrapped]
    return lines


@dataclass
class Imports:
    models: set[str] = field(default_factory=set)
    builders: dict[str, set[str]] = field(default_factory=dict)
    modules: set[str] = field(default_factory=set)
    functools: bool = False


class Generator:
    def __init__(self, api: Api, names: python.Names) -> None:
        self.api = api
        self.names = names
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
        )
        self.env.filters["repr"] = repr
        self.env.filters["pytuple"] = lambda values: repr(tuple(values))

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(api=self.api, **context)

    def files(self) -> dict[str, str]:
        """Path (in the package) → content, for every file this step writes."""
        files = {
            "facts.py": self.render(
                "facts.py.jinja", generator_version=f"openapi-python-client {generator_version}", **self._facts()
            ),
            "records.py": self.render("records.py.jinja", **self._records()),
            "events.py": self.render(
                "events.py.jinja",
                events=list(dict.fromkeys(self.api.webhooks.values())),
                event_types=list(self.api.webhooks.items()),
            ),
            "parsers.py": self.render(
                "parsers.py.jinja",
                **parsers.context(self.names, {op.result for op in self.api.operations if op.result}),
            ),
            "testing.py": self.render(
                "testing.py.jinja",
                operations=[{**vars(op), "name": snake(op.operation_id)} for op in self.api.operations if op.body],
            ),
            "resources/__init__.py": self.render(
                "resources_init.py.jinja", resources=[self._resource_head(r, 8) for r in self.api.resources]
            ),
        }
        for resource in self.api.resources:
            files[f"resources/{resource.name}.py"] = self._resource(resource)
        return files

    # -------------------------------------------------------------------------------------- facts
    def _subject(self, op: Operation) -> str | None:
        """The object schema an operation acts on: its result's, or its list's items'."""
        subject = self.api.item_of(op.result) or op.result
        return subject if subject in self.api.schemas else None

    def _facts(self) -> dict[str, Any]:
        schemas = []
        for schema in self.api.schemas.values():
            plain = [f for f in schema.fields if f.relation is None]
            schemas.append(
                {
                    "name": schema.name,
                    "constant": constant(schema.name),
                    "field_type": f"records.{schema.name}Field" if schema.fields else "str",
                    "prefix": schema.prefix,
                    "fields": [f.wire for f in plain],
                    "required": [f.wire for f in plain if f.required],
                    "nullable": [f.wire for f in plain if _nullable(f.schema)],
                    "integers": [f.wire for f in plain if _integer(f.schema)],
                    "relations": [
                        {"name": f.wire, **vars(f.relation)} for f in schema.fields if f.relation is not None
                    ],
                    "references": {f.wire: f.references for f in schema.fields if f.references},
                    "ignored": [f.wire for f in schema.fields if f.ignored],
                    "from_now": {f.wire: f.from_now for f in schema.fields if f.from_now},
                    "stored_as": {f.wire: f.stored_as for f in schema.fields if f.stored_as},
                    "patterns": {f.wire: f.schema["pattern"] for f in plain if "pattern" in f.schema},
                    "alternatives": schema.alternatives,
                }
            )
        operations = []
        for op in self.api.operations:
            subject = self._subject(op)
            operations.append(
                {
                    **vars(op),
                    "constant": constant(op.operation_id),
                    "body_type": f"records.{op.body}" if op.body else "records.Empty",
                    "result_type": f"records.{op.result}" if op.result else "None",
                    "body_constant": constant(op.body) if op.body else None,
                    "result_constant": constant(op.result) if op.result else None,
                    "subject_constant": constant(subject) if subject else None,
                    "query": [p.name for p in op.query_parameters],
                }
            )
        constants = [s["constant"] for s in schemas] + [o["constant"] for o in operations]
        clashes = {c for c in constants if constants.count(c) > 1}
        if clashes:
            raise ValueError(f"two facts would have the same name: {sorted(clashes)}")
        webhooks = [(event, constant(schema)) for event, schema in self.api.webhooks.items()]
        return {"schemas": schemas, "operations": operations, "webhooks": webhooks}

    # ------------------------------------------------------------------------------------ records
    def _records(self) -> dict[str, Any]:
        raw = self.api.raw_schemas
        enums = [{"name": name, "members": values} for name, values in self.api.enums.items()]
        aliases, schemas = [], []
        for name, node in raw.items():
            if name in self.api.enums:
                continue
            if name not in self.api.schemas:
                aliases.append({"name": name, "type": _record_type(node)})
            elif not self.api.schemas[name].fields:
                aliases.append({"name": name, "type": "dict[str, Any]"})
        for schema in self.api.schemas.values():
            if not schema.fields:
                continue
            fields = []
            for f in schema.fields:
                if f.relation is not None:
                    continue
                if not f.wire.isidentifier() or keyword.iskeyword(f.wire):
                    raise ValueError(f"{schema.name}.{f.name} cannot be a TypedDict key")
                kind = _record_type(f.schema)
                declared = kind if f.required else f"NotRequired[{kind}]"
                fields.append({"wire": f.wire, "type": declared, "plain_type": kind})
            schemas.append(
                {
                    "name": schema.name,
                    "docstring": docstring([schema.description or f"The {schema.name} schema."], 4),
                    "fields": fields,
                    "field_names": [f["wire"] for f in fields],
                }
            )
        return {"enums": enums, "aliases": aliases, "schemas": schemas, "event_types": list(self.api.webhooks)}

    # ---------------------------------------------------------------------------------- resources
    def _resource_head(self, resource: Resource, indent: int) -> dict[str, Any]:
        return {
            "name": resource.name,
            "class_name": resource.class_name,
            "docstring": docstring([resource.description], indent),
            "summary": resource.description.splitlines()[0] if resource.description else resource.tag,
        }

    def _resource(self, resource: Resource) -> str:
        imports = Imports()
        methods = [self._method(resource, op, imports) for op in resource.operations]
        methods.sort(key=lambda m: m["is_list"])  # `list` last: after it, `list` in the class means the method
        return self.render(
            "resource.py.jinja",
            resource=self._resource_head(resource, 4),
            methods=methods,
            imports={
                "models": sorted(imports.models),
                "builders": sorted((package, sorted(modules)) for package, modules in imports.builders.items()),
                "modules": imports.modules,
                "functools": imports.functools,
            },
        )

    def _builder(self, op: Operation, imports: Imports) -> str:
        builder = self.names.builders[op.operation_id]
        imports.builders.setdefault(builder.package, set()).add(builder.module)
        return f"{builder.module}.build_request"

    def _method(self, resource: Resource, op: Operation, imports: Imports) -> dict[str, Any]:
        is_list = op.method == "list"
        builder = self.names.builders[op.operation_id]
        subject = self._subject(op)
        subject_facts = f"facts.{constant(subject)}" if subject else "None"
        result_model = self.names.models[op.result].class_name if op.result else None
        if result_model:
            imports.models.add(result_model)
        positional, keywords, body, args_doc, call_args = [], [], [], [], []
        for param in op.path_parameters:
            positional.append(f"{param.sdk_name}: str")
            body.append(f'{param.sdk_name} = params.path({param.sdk_name}, "{param.sdk_name}")')
            call_args.append(param.sdk_name)
            args_doc.append((param.sdk_name, param.description))
        page_args = []
        for param in op.query_parameters:
            name = builder.arguments[param.name]
            if is_list and param.name in PAGING:
                keywords.append(f"{param.sdk_name}: int = {param.schema.get('default', 0)!r}")
                if param.name != "skip":  # each page sets its own skip
                    page_args.append(f"{name}={param.sdk_name}")
            elif param.name in CHECKED_QUERY:
                kind = "Sequence[str]" if param.schema.get("type") == "array" else "str"
                keywords.append(f"{param.sdk_name}: {kind} | Unset = UNSET")
                (page_args if is_list else call_args).append(
                    f"{name}={CHECKED_QUERY[param.name]}({param.sdk_name}, {subject_facts})"
                )
            else:
                kind = {"integer": "int", "boolean": "bool", "array": "Sequence[str]"}.get(
                    str(param.schema.get("type")), "str"
                )
                keywords.append(f"{param.sdk_name}: {kind} | Unset = UNSET")
                (page_args if is_list else call_args).append(f"{name}={param.sdk_name}")
            args_doc.append((param.sdk_name, param.description))
        if op.body:
            body += self._body(op, keywords, args_doc, imports)
            call_args.append("body=body")
        build = self._builder(op, imports)
        if is_list:
            imports.functools = True
            item = self.names.models[str(subject)].class_name
            imports.models.add(item)
            body.append(f"page = functools.partial({build}, {', '.join(page_args)})")
            body.append(f"return ListCall(page, parsers.{parsers.function(str(result_model))}, skip, options)")
            returns = f"ListCall[{item}]"
        else:
            body.append(f"request = {build}({', '.join(call_args)})")
            parse = f"parsers.{parsers.function(str(result_model))}"
            body.append(f"return Call(request, {parse}, options{self._safety(resource, op, imports)})")
            returns = f"Call[{result_model}]"
        names = [p.split(":")[0] for p in positional] + [k.split(":")[0] for k in keywords]
        if len(set(names)) != len(names) or "options" in names:
            raise ValueError(f"{op.operation_id}: two arguments would have the same name: {names}")
        notes = self._notes(resource, op)
        return {
            "name": op.method,
            "is_list": is_list,
            "positional": positional,
            "keywords": keywords,
            "returns": returns,
            "docstring": docstring([op.summary + ".", op.description, notes, _args(args_doc, 8)], 8),
            "body": body,
        }

    def _body(self, op: Operation, keywords: list[str], args_doc: list[tuple[str, str]], imports: Imports) -> list[str]:
        schema = self.api.schemas[str(op.body)]
        model = self.names.models[schema.name]
        imports.models.add(model.class_name)
        lines, given = [], []
        for f in schema.fields:
            if f.ignored:
                continue
            attribute = model.attributes[f.name]
            name = attribute.python_name
            kind = python.annotation(attribute.prop, imports.models)
            if "datetime." in kind:
                imports.modules.add("datetime")
            if f.required:
                keywords.append(f"{name}: {kind}")
            else:
                keywords.append(f"{name}: {kind} | Unset = UNSET")
            convert = python.converter(attribute.prop)
            value = convert.format(value=name, where=repr(name)) if convert else name
            given.append(f"{name}={value}")
            args_doc.append((name, f.description))
        if schema.alternatives:
            groups = []
            for alternative in schema.alternatives:
                members = [model.attributes[_spec_name(schema, wire)].python_name for wire in alternative]
                groups.append("{" + ", ".join(f'"{m}": {m}' for m in members) + "}")
            lines.append(f"params.require_any({', '.join(groups)})")
        lines.append(f"body = {model.class_name}({', '.join(given)})")
        return lines

    def _safety(self, resource: Resource, op: Operation, imports: Imports) -> str:
        """The `Call` arguments that make a non-repeatable request retry-safe, or say how to."""
        if op.unique_keys:
            lister = resource.operation("list")
            if lister is None:
                raise ValueError(f"{op.operation_id} has unique keys but its resource has no list")
            find = self._builder(lister, imports)
            parts = [f", reconcile=by_unique_key(request, facts.{constant(op.operation_id)}, find={find})"]
        elif op.sets_status:
            getter = resource.operation("retrieve")
            if getter is None:
                raise ValueError(f"{op.operation_id} sets a status but its resource has no retrieve")
            ids = ", ".join(p.sdk_name for p in op.path_parameters)
            find = f"{self._builder(getter, imports)}({ids})"
            parts = [f", reconcile=by_status({find}, facts.{constant(op.operation_id)}, {ids})"]
        elif op.idempotent:
            return ", repeatable=True"
        else:
            parts = []
        hint = self._unsafe_hint(resource, op)
        return "".join(parts) + (f", unsafe_hint={hint!r}" if hint else "")

    def _optional_keys(self, op: Operation) -> list[str]:
        schema = self.api.schemas[str(op.body)]
        model = self.names.models[schema.name]
        keys = [schema.field(k) for k in op.unique_keys]
        return [model.attributes[k.name].python_name for k in keys if k is not None and not k.required]

    def _unsafe_hint(self, resource: Resource, op: Operation) -> str:
        """What to do to make a create retry-safe, when the call as made is not."""
        if op.method != "create":
            return ""
        call = f"{resource.name}.{op.method}"
        if not op.unique_keys:
            what = words(str(self._subject(op)))
            return f"{what} has no unique key: list the {resource.name} to see whether it was created"
        optional = self._optional_keys(op)
        if optional:
            return f"pass {' or '.join(optional)} to make {call} retry-safe"
        return ""

    def _notes(self, resource: Resource, op: Operation) -> str:
        """What a retry after a lost answer does, for the docstring."""
        if op.unique_keys:
            schema = self.api.schemas[str(op.body)]
            model = self.names.models[schema.name]
            keys = " or ".join(f"``{model.attributes[_spec_name(schema, k)].python_name}``" for k in op.unique_keys)
            found = f"a retry after a lost answer finds the {words(str(self._subject(op)))} the first attempt made"
            if any(field.required for key in op.unique_keys if (field := schema.field(key))):
                return f"Retry-safe: the server keeps {keys} unique, so {found} instead of creating another."
            return (
                f"Retry-safe when given {keys}, which the server keeps unique: {found}. Without, a lost "
                "answer raises ``APIOutcomeUnknownError``."
            )
        if op.sets_status:
            status = op.sets_status
            return f"Retry-safe: a retry refused because the first attempt went through returns the {status} object."
        if op.method == "create":
            return "Not retry-safe: a lost answer raises ``APIOutcomeUnknownError``."
        return ""


def _spec_name(schema: Schema, wire: str) -> str:
    found = schema.field(wire)
    if found is None:
        raise ValueError(f"{schema.name} has no field {wire}")
    return found.name


def _integer(node: Mapping[str, Any]) -> bool:
    kinds = node.get("type")
    return kinds == "integer" or (isinstance(kinds, list) and "integer" in kinds)


def _nullable(node: Mapping[str, Any]) -> bool:
    kinds = node.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(b == {"type": "null"} for b in node.get("anyOf", ()))


def _record_type(node: Any) -> str:
    """The TypedDict type of a JSON Schema node (camelCase records: date-times as `datetime`)."""
    if not isinstance(node, dict):
        return "Any"
    if "$ref" in node:
        return str(node["$ref"].rsplit("/", 1)[-1])
    for combinator in ("anyOf", "oneOf"):
        if combinator in node:
            return " | ".join(dict.fromkeys(_record_type(b) for b in node[combinator]))
    if "const" in node:
        return f"Literal[{node['const']!r}]"
    if "enum" in node:
        return f"Literal[{', '.join(repr(v) for v in node['enum'])}]"
    kinds = node.get("type")
    if isinstance(kinds, list):
        return " | ".join(_record_type({**node, "type": k}) for k in kinds)
    if kinds == "string":
        return "datetime.datetime" if node.get("format") == "date-time" else "str"
    if kinds == "array":
        return f"list[{_record_type(node.get('items', {}))}]"
    return {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(str(kinds), "Any")


def write(files: Mapping[str, str], package: Path) -> None:
    """Write `files` into `package`, then format them the way openapi-python-client's hooks format
    its own output (generator-config.yml), with the pinned ruff."""
    for stale in (package / "resources").glob("*.py"):  # a resource the spec no longer has
        stale.unlink()
    for relative, content in files.items():
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    written = [str(package / relative) for relative in files]
    common = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "88"]
    subprocess.run(["ruff", "check", *common, "--extend-select", "I,UP", "--fix-only", "--quiet", *written], check=True)
    subprocess.run(["ruff", "format", *common, "--quiet", *written], check=True)


__all__ = ["Generator", "write"]
