"""The rooms' import direction (ARCHITECTURE.md), checked by import-linter's contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    # rules and assembler import no Qt and no SQLAlchemy; casework imports no Qt; nothing
    # imports gui. The contracts live in pyproject.toml.
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_pure_rooms_load_without_qt_or_a_database() -> None:
    # Importing the engine and the assembler in a fresh interpreter must not pull in
    # PySide6 or SQLAlchemy (a transitive import would slip past a per-module check).
    code = (
        "import sys, rules, assembler, assembler.render;"
        "bad = [m for m in ('PySide6', 'sqlalchemy') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_module_of_the_application_grows_past_700_lines_without_saying_why() -> None:
    # Issue 11: services.py (1,283 lines) mixed six responsibilities. A module of casework/
    # or gui/ over about 700 lines says at its top why it is one module ("Longer than").
    import ast

    long_ones = []
    for package in ("casework", "gui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if text.count("\n") <= 700:
                continue
            docstring = ast.get_docstring(ast.parse(text)) or ""
            if "Longer than" not in docstring:
                long_ones.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
    assert not long_ones, long_ones
