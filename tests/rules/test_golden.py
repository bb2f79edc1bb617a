"""A snapshot of every rule over a grid of triggers 2012-2030.

Any change of legal behaviour (a due date, an unextended end, a safe date) shows up as a
reviewable diff of golden/deadlines.jsonl. Regenerate only on purpose:
AZIL_UPDATE_GOLDEN=1 pytest tests/rules/test_golden.py, then review the diff.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import rules
from rules import Unit

GOLDEN = Path(__file__).parent / "golden" / "deadlines.jsonl"
# Every 11th day cycles through all weekdays and, over 19 years, every season and holiday.
GRID = [date(2012, 1, 1) + timedelta(days=n) for n in range(0, 6940, 11)]


def snapshot() -> list[str]:
    lines = []
    for rule in rules.catalogue():
        for day in GRID:
            trigger = datetime.combine(day, datetime.min.time()).replace(hour=9, minute=30)
            # A restoration that needs its missed day: 20 days before the cause ceased.
            missed = max(day - timedelta(days=20), date(2012, 1, 1))
            extra = {"missed": missed} if rule.limit and rule.limit.required else {}
            d = rules.compute(rule.id, trigger if rule.unit is Unit.HOURS else day, **extra)
            out = d.to_json("en")
            entry = {
                "rule": rule.id,
                "trigger": out["trigger"],
                "due": out["due"],
                "unextended": out["unextended"],
                "safe": out["safe_date"],
            }
            lines.append(json.dumps(entry, separators=(",", ":")))
    return lines


def test_golden_snapshot():
    lines = snapshot()
    if os.environ.get("AZIL_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
        pytest.skip(f"rewrote {GOLDEN.name}: review the diff before committing")
    stored = GOLDEN.read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(stored, lines, strict=False) if old != new]
    report = "\n".join(f"- {old}\n+ {new}" for old, new in changed[:20])
    assert len(stored) == len(lines), "the grid or the catalogue changed: regenerate"
    assert not changed, f"{len(changed)} deadlines changed:\n{report}"
