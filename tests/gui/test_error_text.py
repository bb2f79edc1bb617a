"""A refusal's problems are shown as data, each with its field's label in the interface's
language (issue 11: casework flattened them into one English string the app re-derived)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def test_a_refusal_lists_each_problem_with_its_label_in_the_interface_language(qapp):
    from assembler import Problem
    from casework.errors import ValidationError
    from gui.errors import describe
    from gui.i18n import set_language

    refused = ValidationError(
        "proposal (Predlog / Proposal): 'x' is not one of: ...",
        problems=[
            Problem("'x' is not one of the choices", field="proposal", label_sr="Predlog",
                    label_en="Proposal", message_sr="„x” nije jedan od izbora"),
        ],
    )  # fmt: skip
    try:
        set_language("sr")
        assert describe(refused) == "• Predlog: „x” nije jedan od izbora"
        set_language("en")
        assert describe(refused) == "• Proposal: 'x' is not one of the choices"
    finally:
        set_language("sr")
