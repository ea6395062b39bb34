"""`make api-diff`: in a temporary copy of the repository, a spec change that removes a field from
an answer, makes an optional request field required and adds an operation is reported as two
breaking changes and one that is not, with the bump each needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def run(*command: str, cwd: Path) -> str:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=True).stdout


def test_breaking_and_additive_spec_changes_are_told_apart(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    run("git", "clone", "-q", str(ROOT), str(copy), cwd=tmp_path)
    base = run("git", "rev-parse", "HEAD", cwd=copy).strip()
    spec_file = copy / "openapi.yaml"
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    customer = spec["components"]["schemas"]["Customer"]
    del customer["properties"]["phone_number"]  # an answer loses a field
    customer["required"].remove("phone_number")
    spec["components"]["schemas"]["CreateCustomerParams"]["required"].append("firstName")  # now required
    refresh = dict(spec["paths"]["/customers/{id}"]["get"], operationId="refreshCustomer")
    spec["paths"]["/customers/{id}/refresh"] = {"post": refresh}  # a new operation
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    def diff(*extra: str) -> str:
        command = [sys.executable, "tools/api_diff.py", "--base", base, "--spec-only", *extra]
        return subprocess.run(command, cwd=copy, capture_output=True, text=True, check=False).stdout

    shown = diff()
    breaking, additive = shown.split("not breaking")[0], shown.split("not breaking")[1].split("bump needed")[0]
    assert "response Customer: field `phone_number` removed" in breaking
    assert "request CreateCustomerParams: field `firstName` is now required" in breaking
    assert "operation POST /customers/{id}/refresh (refreshCustomer) added" in additive
    assert "bump needed from 0.1.0: minor → 0.2.0" in shown  # before 1.0, breaking bumps the minor version
    draft = shown.split("CHANGELOG draft:")[1]
    assert draft.index("### Breaking") < draft.index("- response Customer: field `phone_number` removed")
    assert draft.index("### Added and changed") < draft.index("- operation POST /customers/{id}/refresh")

    run("git", "tag", "v0.1.0", base, cwd=copy)  # a release: the check wants the version bumped
    checked = subprocess.run([sys.executable, "tools/api_diff.py", "--check", "--spec-only"], cwd=copy,
                             capture_output=True, text=True, check=False)  # fmt: skip
    assert checked.returncode == 1 and "these changes need 0.2.0" in checked.stdout
    (copy / "api-diff.accept").write_text("v0.1.0 a deliberate exception, for the test\n")
    accepted = subprocess.run([sys.executable, "tools/api_diff.py", "--check", "--spec-only"], cwd=copy,
                              capture_output=True, text=True, check=False)  # fmt: skip
    assert accepted.returncode == 0 and "accepted for v0.1.0" in accepted.stdout


def test_an_addition_alone_needs_a_patch_bump_before_1_0() -> None:
    import importlib.util

    found = importlib.util.spec_from_file_location("api_diff", ROOT / "tools" / "api_diff.py")
    assert found is not None and found.loader is not None
    api_diff = importlib.util.module_from_spec(found)
    sys.modules["api_diff"] = api_diff  # its dataclasses look their module up
    found.loader.exec_module(api_diff)

    added = [api_diff.Change(False, "spec", "operation added")]
    assert api_diff.needed((0, 1, 0), added) == "patch" and api_diff.needed((1, 2, 0), added) == "minor"
    assert api_diff.needed((1, 2, 0), [api_diff.Change(True, "spec", "x")]) == "major"
    assert api_diff.needed((1, 2, 0), []) == "patch"
