"""How the command-line tests run a command and read its answer (shared, not a test)."""

from __future__ import annotations

import pytest

from casework.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `azil ARGV` in this process: the exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    """The one line a refused command prints: never a traceback, never "unexpected"."""
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "unexpected" not in err
    assert lines[0].startswith("azil: ")
    return lines[0]
