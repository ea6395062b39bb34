"""The documentation site's pages made from the spec and the code (an MkDocs hook, `mkdocs.yml`):
a reference page per resource (each method's request, signature and docstring, errors and an
example), the models, the errors, and the webhook events with a payload KohortPay's own server sent.
Nothing here restates the API: it is read from `openapi.yaml`, the generated package and the
recorded webhooks (`tests/fixtures/refserver/webhooks.json`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from codegen import spec  # noqa: E402  (the repository root is on the path only now)

ERRORS_PAGE = "# Errors\n\n::: kohortpay._exceptions\n    options:\n      show_root_heading: false\n"
RECORDED_WEBHOOKS = ROOT / "tests" / "fixtures" / "refserver" / "webhooks.json"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in pages().items():
        files.append(File.generated(config, path, content=content))
    return files


def pages() -> dict[str, str]:
    document = spec.load(ROOT / "openapi.yaml")
    api = spec.read(document)
    found = {f"reference/{r.name}.md": _resource(document, api, r) for r in api.resources}
    found["reference/index.md"] = _index(api)
    found["reference/models.md"] = _models(api)
    found["reference/errors.md"] = ERRORS_PAGE
    found["webhooks.md"] = _webhooks(document, api)
    return found


def _index(api: spec.Api) -> str:
    lines = [
        "# API reference",
        "",
        "Every method of the client, by resource: `client.<resource>.<method>(...)` on `KohortPay`, and the",
        "same awaited on `AsyncKohortPay`. Each page gives the request, the keywords and their types, what",
        "the method raises and an example; all of it comes from `openapi.yaml` and the generated code.",
        "",
        "| method | request | what it does |",
        "|---|---|---|",
    ]
    for resource in api.resources:
        for op in resource.operations:
            link = f"[`{resource.name}.{op.method}`]({resource.name}.md#{op.method})"
            lines.append(f"| {link} | `{op.http_method} {op.path}` | {op.summary} |")
    lines += ["", "The [models](models.md) the methods return, and the [errors](errors.md) they raise.", ""]
    return "\n".join(lines)


def _resource(document: dict[str, Any], api: spec.Api, resource: spec.Resource) -> str:
    module = f"kohortpay_client.resources.{resource.name}.{resource.class_name}"
    lines = [f"# client.{resource.name}", "", resource.description, ""]
    for op in resource.operations:
        lines += [
            f"## {op.method}",
            "",
            f"`{op.http_method} {op.path}`" + (" — deprecated" if op.deprecated else ""),
            "",
            f"::: {module}.{op.method}",
            "    options:",
            "      show_root_toc_entry: false",
            "",
            "**Raises** " + ", ".join(_errors(document, op)) + ".",
            "",
            "```python",
            *_example(document, api, resource, op),
            "```",
            "",
        ]
    return "\n".join(lines)


def _errors(document: dict[str, Any], op: spec.Operation) -> Iterator[str]:
    from kohortpay._exceptions import _BY_STATUS

    responses = document["paths"][op.path][op.http_method.lower()]["responses"]
    for status in sorted(int(s) for s in responses if s.isdigit() and int(s) >= 400):
        kind = _BY_STATUS.get(status)
        yield f"`{kind.__name__ if kind else 'InternalServerError'}` ({status})"
    if op.http_method != "GET" and not op.unique_keys and not op.sets_status and not op.idempotent:
        yield "`APIOutcomeUnknownError` (an answer lost after the request may have been processed)"
    yield "`APIConnectionError` and `APITimeoutError` (no answer, or the call's `timeout` ran out)"


def _example(document: dict[str, Any], api: spec.Api, resource: spec.Resource, op: spec.Operation) -> list[str]:
    examples = document["components"].get("examples", {})
    subject = api.item_of(op.result) or op.result
    shown = examples.get(str(subject), {}).get("value", {})
    arguments = [repr(shown.get(spec.snake(p.name), f"<{p.sdk_name}>")) for p in op.path_parameters]
    body = examples.get(str(op.body), {}).get("value", {}) if op.body else {}
    arguments += [f"{spec.snake(key)}={value!r}" for key, value in body.items()]
    call = f"client.{resource.name}.{op.method}({', '.join(arguments)})"
    name = spec.snake(str(subject)) if subject else "result"
    if op.method == "list":
        return [f"for {name} in {call}:", f"    print({name}.id)"]
    return [f"{name} = {call}"]


def _models(api: spec.Api) -> str:
    results = {str(api.item_of(op.result) or op.result) for op in api.operations if op.result}
    answers = sorted(results & set(api.schemas))
    lines = ["# Models", "", "What the methods return (`kohortpay_client.models`), as the server sends it.", ""]
    for name in answers:
        lines += [f"::: kohortpay_client.models.{name}", "    options:", "      members: false", ""]
    return "\n".join(lines)


def _webhooks(document: dict[str, Any], api: spec.Api) -> str:
    recorded: dict[str, Any] = {}
    for message in json.loads(RECORDED_WEBHOOKS.read_text(encoding="utf-8"))["messages"]:
        recorded.setdefault(message["eventType"], message["payload"])
    lines = [
        "# Webhook events",
        "",
        "The events KohortPay sends to your endpoints, Svix-signed. `kohortpay.webhooks.verify(body, headers,",
        "secret)` checks the signature and returns the typed event (`event.type`, `event.data`, and `event.id`,",
        "the same for every retry: de-duplicate on it); a type this version does not know is an `UnknownEvent`.",
        "Each payload below is one KohortPay's own server sent (its January 2025 code, recorded).",
        "",
        "| event | payload model | sent when |",
        "|---|---|---|",
    ]
    for event_type, item in document["webhooks"].items():
        post = item["post"]
        anchor = event_type.replace(".", "")
        lines.append(f"| [`{event_type}`](#{anchor}) | `{api.webhooks[event_type]}` | {post['summary']} |")
    lines.append("")
    for event_type, item in document["webhooks"].items():
        post = item["post"]
        lines += [f"## {event_type}", "", post["summary"] + ".", ""]
        if post.get("description"):
            lines += [post["description"].strip(), ""]
        lines += [f"Parsed as `kohortpay_client.events.{api.webhooks[event_type]}`.", ""]
        if event_type in recorded:
            lines += ["```json", json.dumps(recorded[event_type], indent=2), "```", ""]
        else:
            lines += ["Not sent by KohortPay's server in the recorded referral flow.", ""]
    return "\n".join(lines)
