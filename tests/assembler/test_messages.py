"""What a paralegal reads when data is missing: in Serbian as well as English."""

from __future__ import annotations

import assembler


def test_missing_and_invalid_fields_are_explained_in_serbian_too() -> None:
    info = assembler.get_template("appeal")
    problems = assembler.validate(
        info, {"ao_decision_date": "2024-02-30", "proposal": "ponisti", "client_gender": "m"}
    )
    by_field = {p.field: p for p in problems}
    assert by_field["office_name"].message_sr == "obavezno polje je prazno; popunite ga"
    assert "nije datum" in by_field["ao_decision_date"].message_sr
    assert "nije među ponuđenim vrednostima" in by_field["proposal"].message_sr
    assert all(p.message and p.message_sr for p in problems)
