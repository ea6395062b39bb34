"""`make contract-live`: the contract suite against a real KohortPay server, judged by the ledger.

Runs the shipped kit, `kohortpay-contract --live` (every phase, every check but `unsupported_method`:
the server's framework answers 404 to a method a path does not declare), against
`KOHORTPAY_LIVE_URL`, authenticated with `KOHORTPAY_LIVE_API_KEY`. Every failure is then matched
against `divergences.yaml`, the ledger of known differences between the server and the spec: the
run passes when each failure is a known divergence, and lists the others in full.

It creates, updates and cancels real objects: use a test key (`sk_test_…`) of an organization kept
for it. A live-mode key is refused unless `KOHORTPAY_CONTRACT_ALLOW_LIVEMODE=1`.
"""

from __future__ import annotations

import base64
import dataclasses
import fnmatch
import json
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kohortpay.testing.contract import cli

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LEDGER = ROOT / "divergences.yaml"
PATTERNS = ("request", "response", "message")


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
    """A ledger entry: which failures it explains, and why the spec does not say what the server does."""

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


def load_ledger(path: Path = LEDGER) -> list[Divergence]:
    """The ledger's matchers: an entry's `contract` is one matcher or a list of them."""
    ledger = []
    for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["divergences"]:
        matchers = entry.get("contract") or []  # none: a divergence a contract run cannot see
        for match in matchers if isinstance(matchers, list) else [matchers]:
            patterns = {key: re.compile(match[key], re.S) if key in match else None for key in PATTERNS}
            ledger.append(
                Divergence(
                    entry["id"],
                    match["operations"],
                    match["checks"],
                    match.get("mode"),
                    match.get("status"),
                    **patterns,
                )
            )
    return ledger


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


def save(found: list[Failure], path: Path) -> None:
    """The distinct failures of a run, one JSON object per line (a snapshot the tests re-judge)."""
    distinct = {failure.signature: failure for failure in found}.values()
    path.write_text("".join(json.dumps(dataclasses.asdict(f)) + "\n" for f in distinct))


def load(path: Path) -> list[Failure]:
    return [Failure(**json.loads(line)) for line in path.read_text(encoding="utf-8").split("\n") if line]


def classify(found: list[Failure], ledger: list[Divergence]) -> tuple[dict[str, list[Failure]], list[Failure]]:
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


def report(found: list[Failure], ledger: list[Divergence]) -> int:
    explained, unexplained = classify(found, ledger)
    by_check = Counter(f"{f.code} {f.title}" for f in {f.signature: f for f in found}.values())
    print(f"\ncontract-live: {len({f.signature for f in found})} distinct failures")
    for check, number in sorted(by_check.items()):
        print(f"  {number:4d}  {check}")
    print(f"\nknown divergences seen ({len(explained)} of the {len({d.id for d in ledger})} the ledger can match):")
    for entry_id, matched in sorted(explained.items()):
        checks = ", ".join(f"{code} ×{n}" for code, n in sorted(Counter(f.code for f in matched).items()))
        print(f"  {entry_id}: {checks}")
    if not unexplained:
        print("\nevery failure is a known divergence (divergences.yaml)")
        return 0
    print(f"\n{len(unexplained)} failures are not in divergences.yaml — fix the spec, or record them there:")
    for failure in unexplained:
        print(f"\n- {failure.code} {failure.title}: {failure.operation} → {failure.status}")
        print("  " + failure.message.replace("\n", "\n  "))
        print("  request:  " + failure.request.strip().replace("\n", "\n            ")[:600])
        print("  response: " + failure.response[:600])
    return 1


def main() -> int:
    if sys.argv[1:2] == ["--classify"]:  # judge a saved report again: `live.py --classify run.ndjson`
        return report(list(failures(Path(sys.argv[2]))), load_ledger())
    url, key = os.environ.get("KOHORTPAY_LIVE_URL"), os.environ.get("KOHORTPAY_LIVE_API_KEY")
    if not url or not key:
        print("contract-live: set KOHORTPAY_LIVE_URL and KOHORTPAY_LIVE_API_KEY (a test key)", file=sys.stderr)
        return 2
    if "_live_" in key and os.environ.get("KOHORTPAY_CONTRACT_ALLOW_LIVEMODE") != "1":
        print(
            "contract-live: refusing a live-mode key: the run creates and modifies objects "
            "(set KOHORTPAY_CONTRACT_ALLOW_LIVEMODE=1 to insist)",
            file=sys.stderr,
        )
        return 2
    examples = os.environ.get("CONTRACT_LIVE_EXAMPLES", "30")
    with tempfile.TemporaryDirectory() as scratch:
        # The report holds every exchange (the key filtered out): keep it with CONTRACT_LIVE_REPORT=path.
        ndjson = Path(os.environ.get("CONTRACT_LIVE_REPORT") or Path(scratch) / "run.ndjson").resolve()
        arguments = ["--url", url, "--api-key", key, "--live", "--max-examples", examples, "--report", str(ndjson)]
        arguments += ["--seed", os.environ.get("CONTRACT_SEED", "20261201")]
        if os.environ.get("KOHORTPAY_CONTRACT_ALLOW_LIVEMODE") == "1":
            arguments.append("--allow-livemode")
        print(f"contract-live: the kit (kohortpay-contract --live), {examples} examples per operation, against {url}")
        returncode = cli.main(arguments)
        if not ndjson.exists():
            print(f"contract-live: schemathesis wrote no report (exit {returncode})", file=sys.stderr)
            return returncode or 1
        found = list(failures(ndjson))
        if os.environ.get("CONTRACT_LIVE_SNAPSHOT"):  # tests/fixtures/refserver/contract-failures.jsonl
            save(found, Path(os.environ["CONTRACT_LIVE_SNAPSHOT"]))
        return report(found, load_ledger())


if __name__ == "__main__":
    sys.exit(main())
