"""Plain-text snapshots of every template, rendered for three fixture cases, so that a
change of wording shows as a readable diff in review (issue 10).

The cases: a man alone; a woman alone; a mother with her minor daughter (represented by
her). Latin and Cyrillic. Regenerate on purpose, then read the diff as a lawyer would:
AZIL_UPDATE_SNAPSHOTS=1 pytest tests/assembler/test_snapshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.assembler.test_templates import IDS, context, render_text

SNAPSHOTS = Path(__file__).parent / "snapshots"
DAUGHTER = {
    "full_name": "Noor Kovalenko",
    "gender": "f",
    "relation": "ćerka",
    "birth_date": "2014-04-22",
    "citizenship": "Ukrajine",
}
CASES = {
    "man": lambda: context("m", co_applicants=[]),
    "woman": lambda: context("f", co_applicants=[], client_full_name="Olena Kovalenko"),
    "mother-and-daughter": lambda: context(
        "f", co_applicants=[DAUGHTER], client_full_name="Olena Kovalenko"
    ),
}


def snapshot(template_id: str, case: str, script: str) -> str:
    lines = [line.rstrip() for line in render_text(template_id, CASES[case](), script)]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


@pytest.mark.parametrize("script", ["latin", "cyrillic"])
@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("template_id", IDS)
def test_the_wording_is_what_was_reviewed(template_id: str, case: str, script: str) -> None:
    path = SNAPSHOTS / f"{template_id}.{case}.{script}.txt"
    text = snapshot(template_id, case, script)
    if os.environ.get("AZIL_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        pytest.skip(f"rewrote {path.name}: read the diff before committing")
    assert path.is_file(), f"no snapshot {path.name}: run with AZIL_UPDATE_SNAPSHOTS=1"
    assert text == path.read_text(encoding="utf-8"), f"the wording of {path.name} changed"
