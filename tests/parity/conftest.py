"""Fixtures of the parity tests: the target (the mock, or the reference server when recording) and
`parity`, one scenario's recorder, checked against (or written into) its module's snapshot."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kohortpay.testing import MockServer

from .support import RECORDING, ROOT, MockTarget, Parity, ReferenceTarget, Target, agreement, check


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "diverges(*paths, reason): a difference from the reference server, on purpose")
    config.addinivalue_line("markers", "settings(**settings): the scenario organization's test-mode group settings")
    config.addinivalue_line("markers", "random_walk: a seeded random walk; its requests may differ (see walk.py)")


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    if RECORDING:
        work = os.environ.get("KOHORTPAY_REFSERVER")
        if not work:
            pytest.exit("KOHORTPAY_PARITY_RECORD=1 needs KOHORTPAY_REFSERVER, the reference server's work dir")
        scripts = Path(os.environ.get("KOHORTPAY_REFSERVER_SCRIPTS", ROOT.parent / "shared" / "refserver"))
        yield ReferenceTarget(Path(work), scripts)
        return
    with MockServer() as server:
        yield MockTarget(server)


@pytest.fixture
def parity(target: Target, request: pytest.FixtureRequest) -> Iterator[Parity]:
    marker = request.node.get_closest_marker("settings")
    organization = target.organization(marker.kwargs if marker else None)
    snapshots = Path(os.environ.get("KOHORTPAY_PARITY_SNAPSHOTS", Path(__file__).with_name("snapshots")))
    snapshot = snapshots / f"{Path(request.node.fspath).stem}.json"
    recorded = json.loads(snapshot.read_text(encoding="utf-8")) if snapshot.exists() else {}
    reference = None if RECORDING or request.node.name not in recorded else recorded[request.node.name]
    scenario = Parity(target, request.node.name, organization, reference)
    yield scenario
    run = scenario.record()
    scenario.close()
    if RECORDING:
        recorded[request.node.name] = run
        snapshots.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(json.dumps(recorded, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    elif request.node.name not in recorded:
        pytest.fail(f"no recording of {request.node.name} in {snapshot.name}: run `make parity-record`")
    else:
        walk, expected = request.node.get_closest_marker("random_walk") is not None, recorded[request.node.name]
        request.node.user_properties.append(("agreement", (walk, *agreement(request.node, expected, run))))
        check(request.node, expected, run, walk=walk)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How much of the reference server's recorded behaviour the mock reproduces: per random walk,
    then in all (scenarios and walks)."""
    found = [
        (report.nodeid, value)
        for reports in terminalreporter.stats.values()
        for report in reports
        if isinstance(report, pytest.TestReport) and report.when == "teardown"
        for name, value in getattr(report, "user_properties", [])
        if name == "agreement"
    ]
    if not found:
        return
    terminalreporter.write_sep("-", "parity: what the mock answers exactly like the reference server")
    for nodeid, (walk, steps, same, declared, _, _) in sorted(found):
        if walk:
            terminalreporter.write_line(f"{nodeid}: {same}/{steps} steps alike, {declared} declared differences")
    for kind, is_walk in (("scenarios", False), ("random walks", True)):
        rows = [value[1:] for _, value in found if value[0] == is_walk]
        if rows:
            steps, same, declared, hooks, same_hooks = (sum(column) for column in zip(*rows, strict=True))
            terminalreporter.write_line(
                f"{kind}: {len(rows)} tests, {same}/{steps} exchanges alike, {declared} with declared differences;"
                f" {same_hooks}/{hooks} webhooks alike"
            )
