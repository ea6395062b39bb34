"""The ledger of known divergences: which failures of a live contract run are differences between
KohortPay's server and the spec that are already known, and which are new.

The package ships the ledger of KohortPay's own server (:data:`SHIPPED`, the project's
``divergences.yaml``); users add their own files in the same format::

    divergences:
      - id: our-sandbox-rate-limit
        contract: {operations: ['POST /*'], checks: [ST103], status: 429}

An entry's ``contract`` is one matcher or a list: the failing operation (a glob on ``METHOD /path``),
schemathesis check codes, and optionally the generation ``mode`` (``positive``/``negative``), the
response ``status``, and regular expressions on the ``request`` (``METHOD URI`` and the body), the
``response`` body or the failure ``message``.
"""

from __future__ import annotations

import base64
import dataclasses
import fnmatch
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

SHIPPED = Path(__file__).with_name("divergences.yaml")
PATTERNS = ("request", "response", "message")
MATCHER_KEYS = {"operations", "checks", "mode", "status", *PATTERNS}


@dataclass(frozen=True)
class Failure:
    """One failed check of one test case, with the exchange that failed it."""

    operation: str
    code: str
    title: str
    message: str
    mode: str  # how schemathesis generated the request: "positive" (valid) or "negative"
    status: int | None
    request: str  # "METHOD URI" and the body, as sent
    response: str  # the body, as received

    @property
    def signature(self) -> tuple[str, str, int | None, str]:
        return (self.operation, self.code, self.status, self.message)


@dataclass(frozen=True)
class Divergence:
    """One matcher of a ledger entry: which failures it explains."""

    id: str
    operations: list[str]
    checks: list[str]
    mode: str | None
    status: int | None
    request: re.Pattern[str] | None
    response: re.Pattern[str] | None
    message: re.Pattern[str] | None

    def explains(self, failure: Failure) -> bool:
        return (
            any(fnmatch.fnmatchcase(failure.operation, pattern) for pattern in self.operations)
            and failure.code in self.checks
            and self.mode in (None, failure.mode)
            and self.status in (None, failure.status)
            and all(
                pattern is None or pattern.search(text) is not None
                for pattern, text in (
                    (self.request, failure.request),
                    (self.response, failure.response),
                    (self.message, failure.message),
                )
            )
        )


def load(*paths: Path) -> list[Divergence]:
    """The matchers of the ledgers at `paths` (the shipped one when none is given); a malformed
    entry is a `ValueError` naming the file and the entry."""
    import yaml

    ledger: list[Divergence] = []
    for path in paths or (SHIPPED,):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = document.get("divergences") if isinstance(document, dict) else None
        if not isinstance(entries, list):
            raise ValueError(f"{path}: expected a mapping with a `divergences` list")
        for number, entry in enumerate(entries, 1):
            ledger += _matchers(entry, f"{path}: entry {number}")
    return ledger


def _matchers(entry: Any, where: str) -> Iterator[Divergence]:
    if not (isinstance(entry, dict) and isinstance(entry.get("id"), str)):
        raise ValueError(f"{where}: an entry needs an `id`")
    where = f"{where} ({entry['id']})"
    matchers = entry.get("contract") or []  # none: a divergence a contract run cannot see
    for match in matchers if isinstance(matchers, list) else [matchers]:
        if not isinstance(match, dict) or set(match) - MATCHER_KEYS:
            raise ValueError(f"{where}: a matcher is a mapping of {', '.join(sorted(MATCHER_KEYS))}")
        if not (_strings(match.get("operations")) and _strings(match.get("checks"))):
            raise ValueError(f"{where}: a matcher needs `operations` and `checks`, lists of strings")
        try:
            patterns = {key: re.compile(match[key], re.S) if key in match else None for key in PATTERNS}
        except (re.error, TypeError) as exc:
            raise ValueError(f"{where}: a bad regular expression: {exc}") from None
        yield Divergence(entry["id"], match["operations"], match["checks"], match.get("mode"), match.get("status"),
                         **patterns)  # fmt: skip


def _strings(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) for item in value)


def _decode(content: Any) -> str:
    if isinstance(content, dict) and "$base64" in content:
        return base64.b64decode(content["$base64"]).decode("utf-8", "replace")
    return "" if content is None else str(content)


def failures(ndjson: Path) -> Iterator[Failure]:
    """Every failed check in a schemathesis NDJSON report (`--report ndjson`)."""
    for line in ndjson.read_text(encoding="utf-8").split("\n"):
        event = json.loads(line).get("ScenarioFinished") if line else None
        if event is None:
            continue
        recorder = event["recorder"]
        for case_id, checks in recorder.get("checks", {}).items():
            exchange = recorder["interactions"].get(case_id) or {}
            case = recorder["cases"].get(case_id, {}).get("value", {})
            request, response = exchange.get("request") or {}, exchange.get("response") or {}
            for check in checks:
                if check["status"] != "failure":
                    continue
                info = check["failure_info"]["failure"]
                yield Failure(
                    operation=info.get("operation") or recorder["label"],
                    code=info["code"],
                    title=info["title"],
                    message=info.get("message") or "",
                    mode=case.get("meta", {}).get("generation", {}).get("mode", ""),
                    status=response.get("status_code"),
                    request=f"{request.get('method', '')} {request.get('uri', '')}\n{_decode(request.get('body'))}",
                    response=_decode(response.get("content")),
                )


def errors(ndjson: Path) -> int:
    """How many errors (not failed checks: a server that could not be reached, a schema problem)
    the report holds; a ledger never excuses them."""
    lines = ndjson.read_text(encoding="utf-8").split("\n")
    return sum(1 for line in lines if line and next(iter(json.loads(line)), "") in ("NonFatalError", "FatalError"))


def save(found: Iterable[Failure], path: Path) -> None:
    """The distinct failures of a run, one JSON object per line (a snapshot to judge again later)."""
    distinct = {failure.signature: failure for failure in found}.values()
    path.write_text("".join(json.dumps(dataclasses.asdict(f)) + "\n" for f in distinct))


def load_failures(path: Path) -> list[Failure]:
    return [Failure(**json.loads(line)) for line in path.read_text(encoding="utf-8").split("\n") if line]


def classify(found: Iterable[Failure], ledger: list[Divergence]) -> tuple[dict[str, list[Failure]], list[Failure]]:
    """The failures each ledger entry explains, and those no entry explains (each distinct one once)."""
    explained: dict[str, list[Failure]] = {}
    unexplained: dict[tuple[str, str, int | None, str], Failure] = {}
    for failure in found:
        entry = next((d for d in ledger if d.explains(failure)), None)
        if entry is None:
            unexplained.setdefault(failure.signature, failure)
        else:
            explained.setdefault(entry.id, []).append(failure)
    return explained, list(unexplained.values())


def report(found: list[Failure], ledger: list[Divergence], out: TextIO) -> int:
    """Print the failures, the known divergences among them, then every new one in full; 0 when
    every failure is known, 1 otherwise."""
    explained, unexplained = classify(found, ledger)
    distinct = {f.signature: f for f in found}.values()
    by_check = Counter(f"{f.code} {f.title}" for f in distinct)
    print(f"\n{len(distinct)} distinct failures", file=out)
    for check, number in sorted(by_check.items()):
        print(f"  {number:4d}  {check}", file=out)
    print(f"\nknown divergences seen ({len(explained)} of the {len({d.id for d in ledger})} in the ledger):", file=out)
    for entry_id, matched in sorted(explained.items()):
        checks = ", ".join(f"{code} ×{n}" for code, n in sorted(Counter(f.code for f in matched).items()))
        print(f"  {entry_id}: {checks}", file=out)
    if not unexplained:
        print("\nevery failure is a known divergence", file=out)
        return 0
    print(f"\n{len(unexplained)} failures no ledger entry explains — new differences from the spec:", file=out)
    for failure in unexplained:
        print(f"\n- {failure.code} {failure.title}: {failure.operation} → {failure.status}", file=out)
        print("  " + failure.message.replace("\n", "\n  "), file=out)
        print("  request:  " + failure.request.strip().replace("\n", "\n            ")[:600], file=out)
        print("  response: " + failure.response[:600], file=out)
    return 1
