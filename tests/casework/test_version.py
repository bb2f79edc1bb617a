"""`azil --version`: the program, the newest schema it carries, and how it runs."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest

from casework.cli import main

MIGRATIONS = Path(__file__).resolve().parents[2] / "casework" / "migrations" / "versions"


def _newest_revision() -> str:
    """The revision no other migration names as its parent (read from the files: other
    branches add migrations, so the number is never written here)."""
    revisions: dict[str, str | None] = {}
    for path in MIGRATIONS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*(?::\s*str)?\s*=\s*['\"]([^'\"]+)", text, re.M)
        down = re.search(r"^down_revision[^=]*=\s*['\"]([^'\"]+)", text, re.M)
        assert rev, path
        revisions[rev.group(1)] = down.group(1) if down else None
    [head] = set(revisions) - set(revisions.values())
    return head


def test_version_names_program_schema_and_virtualenv(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out.strip()
    assert out == f"azil {version('azil')} (schema {_newest_revision()}; virtualenv)"


def test_version_in_a_bundle_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip().endswith("; bundle)")
