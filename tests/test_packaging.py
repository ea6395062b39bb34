"""The distribution is ready to publish: license, URLs, a user-facing description, a changelog."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_license_urls_and_python_versions() -> None:
    assert PROJECT["license"] == "MIT" and (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())
    assert PROJECT["requires-python"] == ">=3.11"
    assert "Programming Language :: Python :: 3.11" in PROJECT["classifiers"]


def test_the_long_description_is_for_users() -> None:
    readme = (ROOT / PROJECT["readme"]).read_text(encoding="utf-8")
    assert readme.index("## Using the SDK") < readme.index("## Developing this package")
    assert "pip install kohortpay" in readme and "make test" in readme  # CI's command, named once
    for developers_only in ("## Make targets", "## Layout", "## Changing the API"):
        assert developers_only not in readme and developers_only in (ROOT / "CONTRIBUTING.md").read_text("utf-8")


def test_the_changelog_has_the_current_version() -> None:
    version = (ROOT / "overlays/kohortpay/_version.py").read_text(encoding="utf-8").split('"')[1]
    assert f"## {version} " in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
