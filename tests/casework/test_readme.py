"""Every `azil` command the README shows runs, in order, on an empty database.

The quick-start lines themselves are run literally by `.ci/run`; this test covers the
walk-through so the README cannot rot.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from casework.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_block(name: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = re.search(rf"<!-- {name}:begin -->(.*?)<!-- {name}:end -->", text, re.S)
    assert block, f"README.md lost its {name} block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()[:1].isalpha()]


def readme_commands() -> list[str]:
    return [line for line in readme_block("commands") if line.startswith("azil ")]


def test_readme_has_a_walkthrough() -> None:
    assert len(readme_commands()) >= 10


def test_every_readme_command_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for line in readme_commands():
        command, _, redirect = line.partition(" > ")
        argv = shlex.split(command, comments=True)[1:]
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == 0, f"{line!r} exited {code}: {err}"
        assert "Traceback" not in err
        if redirect:
            (tmp_path / shlex.split(redirect, comments=True)[0]).write_text(out, encoding="utf-8")


@pytest.mark.postgres
def test_team_mode_commands_run_on_postgresql(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The README's team block, with its example server replaced by the test server.
    from tests.conftest import fresh_pg_url

    url = fresh_pg_url()
    lines = readme_block("team")
    assert lines[0].startswith("export AZIL_DATABASE_URL=postgresql+psycopg://")
    monkeypatch.setenv("AZIL_DATABASE_URL", url)
    outputs = []
    for line in lines[1:]:
        assert main(shlex.split(line)[1:]) == 0, capsys.readouterr().err
        outputs.append(capsys.readouterr().out)
    assert "database: postgresql+psycopg://" in "".join(outputs)  # db info names the server
