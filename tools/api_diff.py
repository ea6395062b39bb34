"""`make api-diff BASE=<git ref>`: what changed for users between BASE and the working tree.

The spec (`openapi.yaml`) is compared object by object — operations, webhook event types, and the
fields of every schema, read in the direction users meet it: a request schema (what they send) breaks
them when a field is removed, becomes required or is added as required, or its type or enum narrows; a
response schema (what they read) breaks them when a field is removed, may be absent where it was
always there, or changes type. The public Python API (`kohortpay`, `kohortpay_client`) is compared by
griffe (removed objects, parameters that became required, changed signatures…).

Prints the changes classified as breaking or not, the semver bump they need (before 1.0, a breaking
change bumps the minor version and an addition the patch: the CHANGELOG's rule), and a drafted
CHANGELOG entry. `--check` compares with the latest release tag (`v*`) and fails when
`overlays/kohortpay/_version.py` is not bumped enough; a deliberate exception is written in
`api-diff.accept` as `<tag> <reason>` (it applies to that tag only).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
VERSION_FILE = "overlays/kohortpay/_version.py"
ACCEPT_FILE = ROOT / "api-diff.accept"
BUMPS = ("patch", "minor", "major")


@dataclass(frozen=True)
class Change:
    breaking: bool
    where: str  # "spec" or "python"
    text: str


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def at(ref: str | None, path: str, cwd: Path = ROOT) -> str:
    return (cwd / path).read_text(encoding="utf-8") if ref is None else git("show", f"{ref}:{path}", cwd=cwd)


# -- the spec ---------------------------------------------------------------------------------


def _node(spec: Mapping[str, Any], ref: str) -> Any:
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return target


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = _node(spec, node["$ref"])
    return node


def _refs(node: Any) -> Iterator[str]:
    """Every `$ref` in `node`, as written (`#/components/schemas/Customer`)."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _schemas_under(spec: Mapping[str, Any], node: Any) -> set[str]:
    """The component schemas `node` uses, through request bodies, responses and other schemas."""
    found: set[str] = set()
    pending = list(_refs(node))
    while pending:
        ref = pending.pop()
        name = ref.rsplit("/", 1)[-1]
        if ref.startswith("#/components/schemas/"):
            if name in found:
                continue
            found.add(name)
        pending += _refs(_node(spec, ref))
    return found


def _directions(spec: Mapping[str, Any]) -> dict[str, set[str]]:
    """Schema name → {"request", "response"}: how users meet it (a webhook payload is read)."""
    sent: list[Any] = []
    read: list[Any] = []
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict):
                sent += [op.get("requestBody", {}), op.get("parameters", [])]
                read += [v for k, v in op.get("responses", {}).items() if str(k).startswith("2")]
    read += list(spec.get("webhooks", {}).values())
    directions: dict[str, set[str]] = {}
    for direction, nodes in (("request", sent), ("response", read)):
        for name in _schemas_under(spec, nodes):
            directions.setdefault(name, set()).add(direction)
    return directions


def _types(node: Any) -> set[str]:
    kinds = node.get("type") if isinstance(node, dict) else None
    if isinstance(kinds, list):
        return set(kinds)
    if isinstance(kinds, str):
        return {kinds}
    return {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node, dict) and "$ref" in node else set()


def _enum(spec: Mapping[str, Any], node: Any) -> set[str] | None:
    resolved = _resolve(spec, node)
    values = resolved.get("enum") if isinstance(resolved, dict) else None
    return set(map(str, values)) if values is not None else None


def spec_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    def operations(spec: Mapping[str, Any]) -> dict[str, Any]:
        return {
            f"{method.upper()} {path}": op
            for path, item in spec.get("paths", {}).items()
            for method, op in item.items()
            if isinstance(op, dict) and "responses" in op
        }

    before, after = operations(old), operations(new)
    for key in sorted(before.keys() - after.keys()):
        yield Change(True, "spec", f"operation {key} ({before[key].get('operationId')}) removed")
    for key in sorted(after.keys() - before.keys()):
        yield Change(False, "spec", f"operation {key} ({after[key].get('operationId')}) added")
    old_events, new_events = set(old.get("webhooks", {})), set(new.get("webhooks", {}))
    for event in sorted(old_events - new_events):
        yield Change(True, "spec", f"webhook event {event} removed")
    for event in sorted(new_events - old_events):
        yield Change(False, "spec", f"webhook event {event} added")
    directions, old_directions = _directions(new), _directions(old)
    old_schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        for direction in sorted(directions.get(name, set()) | old_directions.get(name, set())):
            yield from _schema_changes(old, new, name, direction)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        yield Change(True, "spec", f"schema {name} removed")


def _schema_changes(old: Mapping[str, Any], new: Mapping[str, Any], name: str, direction: str) -> Iterator[Change]:
    a, b = old["components"]["schemas"][name], new["components"]["schemas"][name]
    fields_a, fields_b = a.get("properties", {}), b.get("properties", {})
    required_a, required_b = set(a.get("required", ())), set(b.get("required", ()))
    where = f"{direction} {name}"
    for field in sorted(fields_a.keys() - fields_b.keys()):
        yield Change(True, "spec", f"{where}: field `{field}` removed")
    for field in sorted(fields_b.keys() - fields_a.keys()):
        needed = direction == "request" and field in required_b
        yield Change(needed, "spec", f"{where}: field `{field}` added" + (" as required" if needed else ""))
    for field in sorted(fields_a.keys() & fields_b.keys()):
        if direction == "request" and field in required_b - required_a:
            yield Change(True, "spec", f"{where}: field `{field}` is now required")
        if direction == "response" and field in required_a - required_b:
            yield Change(True, "spec", f"{where}: field `{field}` may now be absent")
        kinds_a, kinds_b = _types(fields_a[field]), _types(fields_b[field])
        if kinds_a != kinds_b:
            widened = direction == "request" and kinds_a < kinds_b or direction == "response" and kinds_b < kinds_a
            yield Change(not widened, "spec", f"{where}: field `{field}` type {sorted(kinds_a)} → {sorted(kinds_b)}")
        enum_a, enum_b = _enum(old, fields_a[field]), _enum(new, fields_b[field])
        if enum_a is not None and enum_b is not None and enum_a != enum_b:
            if enum_a - enum_b:
                breaking = direction == "request"  # a value users send is refused now
                yield Change(breaking, "spec", f"{where}: field `{field}` no longer takes {sorted(enum_a - enum_b)}")
            if enum_b - enum_a:
                yield Change(False, "spec", f"{where}: field `{field}` takes {sorted(enum_b - enum_a)} too")


# -- the Python API ---------------------------------------------------------------------------


# The public Python API: whole modules, and the names `kohortpay` and the kit export (their classes
# live in private modules). The mock's internals (`kohortpay.testing.mock.core`…) are not in it.
PUBLIC_MODULES = (
    "kohortpay_client",
    "kohortpay.webhooks",
    "kohortpay.pagination",
    "kohortpay.testing.journal",
    "kohortpay.testing.strategies",
    "kohortpay.testing.contract.ledger",
)
EXPORTED = ("kohortpay", "kohortpay.testing.mock")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def python_changes(base: str) -> Iterator[Change]:
    import griffe

    sides = (griffe.ModulesCollection(), griffe.ModulesCollection())  # one per side: aliases cross packages

    def load(package: str, ref: str | None) -> Any:
        paths = ["overlays", "generated"]
        if ref is None:
            return griffe.load(package, search_paths=[str(ROOT / p) for p in paths], modules_collection=sides[1])
        return griffe.load_git(package, ref=ref, repo=ROOT, search_paths=paths, modules_collection=sides[0])

    packages = {package: (load(package, base), load(package, None)) for package in ("kohortpay_client", "kohortpay")}

    def pair(path: str) -> tuple[Any, Any]:
        package, _, rest = path.partition(".")
        sides = []
        for side in packages[package]:
            try:
                sides.append(side[rest] if rest else side)
            except KeyError:
                sides.append(None)
        return sides[0], sides[1]

    for path in (*PUBLIC_MODULES, *EXPORTED):
        old, new = pair(path)
        if old is None or new is None:
            if old is not None or new is not None:
                yield Change(new is None, "python", f"module {path} {'removed' if new is None else 'added'}")
            continue
        if path in PUBLIC_MODULES:
            yield from _breakages(griffe, old, new)
            continue
        names_old, names_new = _exported(old), _exported(new)
        for name in sorted(names_old - names_new):
            yield Change(True, "python", f"{path}.{name} removed")
        for name in sorted(names_new - names_old):
            yield Change(False, "python", f"{path}.{name} added")
        for name in sorted(names_old & names_new):
            yield from _breakages(griffe, _target(old[name]), _target(new[name]))


def _target(member: Any) -> Any:
    return member.final_target if member.is_alias else member


def _exported(module: Any) -> set[str]:
    value = module.members["__all__"].value if "__all__" in module.members else None
    return {str(item).strip("'\"") for item in getattr(value, "elements", [])}


def _breakages(griffe: Any, old: Any, new: Any) -> Iterator[Change]:
    for breakage in griffe.find_breaking_changes(old, new):
        if not any(part.startswith("_") and part != "__init__" for part in breakage.obj.path.split(".")[-1:]):
            explained = ANSI.sub("", breakage.explain()).split(": ", 1)[-1]  # without its file and line
            yield Change(True, "python", f"{breakage.obj.module.path}: {explained}")


# -- versions ---------------------------------------------------------------------------------


def version(text: str) -> tuple[int, int, int]:
    found = re.search(r"(\d+)\.(\d+)\.(\d+)", text)
    if found is None:
        raise ValueError("no version")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def needed(current: tuple[int, int, int], changes: list[Change]) -> str:
    bump = "major" if any(c.breaking for c in changes) else "minor" if changes else "patch"
    if current[0] == 0 and bump != "patch":  # before 1.0: breaking → minor, additions → patch
        bump = BUMPS[BUMPS.index(bump) - 1]
    return bump


def bumped(current: tuple[int, int, int], bump: str) -> tuple[int, int, int]:
    major, minor, patch = current
    return {"major": (major + 1, 0, 0), "minor": (major, minor + 1, 0), "patch": (major, minor, patch + 1)}[bump]


def report(base: str, changes: list[Change], current: tuple[int, int, int]) -> str:
    bump = needed(current, changes)
    target = ".".join(map(str, bumped(current, bump)))
    lines = [f"api-diff: {base} → working tree"]
    for title, breaking in (("breaking", True), ("not breaking", False)):
        chosen = [c for c in changes if c.breaking is breaking]
        lines.append(f"{title} ({len(chosen)}):")
        lines += [f"  - {c.where}: {c.text}" for c in chosen] or ["  (none)"]
    lines.append(f"bump needed from {'.'.join(map(str, current))}: {bump} → {target}")
    lines += ["", "CHANGELOG draft:", "", f"## {target}", ""]
    for title, breaking in (("Breaking", True), ("Added and changed", False)):
        texts = [c.text for c in changes if c.breaking is breaking]
        if texts:
            lines += [f"### {title}", *(f"- {text}" for text in texts), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="api-diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="the git ref to compare with (default: the latest v* tag)")
    parser.add_argument("--check", action="store_true", help="fail when the version is not bumped enough")
    parser.add_argument("--spec-only", action="store_true", help="leave the Python API out (no regeneration)")
    args = parser.parse_args(argv)
    base = args.base or git("tag", "--list", "v*", "--sort=-v:refname").split("\n")[0].strip()
    if not base:
        print("api-diff: no release tag (v*) yet: nothing to compare with")
        return 0
    changes = list(spec_changes(yaml.safe_load(at(base, "openapi.yaml")), yaml.safe_load(at(None, "openapi.yaml"))))
    if not args.spec_only:
        changes += python_changes(base)
    released = version(at(base, VERSION_FILE))
    print(report(base, changes, released))
    if not args.check:
        return 0
    wanted, current = bumped(released, needed(released, changes)), version(at(None, VERSION_FILE))
    if current >= wanted:
        return 0
    accepted = ACCEPT_FILE.read_text(encoding="utf-8").split(None, 1) if ACCEPT_FILE.exists() else []
    if accepted and accepted[0] == base:
        print(f"api-diff: version not bumped enough, accepted for {base}: {accepted[1].strip()}")
        return 0
    print(f"api-diff: the version is {'.'.join(map(str, current))}; these changes need {'.'.join(map(str, wanted))}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
