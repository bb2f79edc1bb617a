"""Checks over every declared rule: the data must be complete and consistent."""

from __future__ import annotations

import pytest

import rules
from rules import Binds, Confidence, EventKind

# DOMAIN.md's rule catalogue, in the table's order (the ids are stable contracts).
DOMAIN_IDS = (
    "report-to-centre", "lodging-office", "lodging-own-initiative", "decision-regular",
    "decision-regular-extended", "decision-regular-exceptional", "decision-regular-max",
    "decision-accelerated", "decision-border", "admissibility-subsequent", "appeal-regular",
    "appeal-accelerated", "appeal-border", "appeal-dismissal",
    "appeal-subsequent-inadmissible", "appeal-discontinuation", "appeal-detention",
    "appeal-silence", "lawsuit-administrative-court", "silence-commission", "silence-urgency",
    "constitutional-appeal", "ecthr-application", "legal-aid-decision",
    "legal-aid-decision-urgent", "public-delivery", "restoration", "restoration-constitutional",
)  # fmt: skip


def test_ids_are_domain_ids_in_order():
    assert tuple(r.id for r in rules.catalogue()) == DOMAIN_IDS


@pytest.mark.parametrize("rule", rules.catalogue(), ids=lambda r: r.id)
def test_rule_is_complete(rule):
    assert rules.get_rule(rule.id) is rule
    assert rule.basis.strip() and rule.period > 0
    assert rule.name_sr.strip() and rule.name_en.strip() and rule.name_sr != rule.name_en
    assert (rule.trigger is None) != (not rule.chained_from)
    for parent in rule.chained_from:
        assert rules.get_rule(parent)
    if rule.binds is Binds.AUTHORITY:
        assert rule.remedy_sr and rule.remedy_en, "authority rules say which remedy opens"
        assert all(o < 0 for o in rule.reminder_offsets)
    elif rule.binds is Binds.NOBODY:
        assert rule.reminder_offsets == ()
    else:
        offsets = rule.reminder_offsets
        assert offsets and list(offsets) == sorted(set(offsets), reverse=True)
        assert offsets[-1] == 0 and all(o >= 0 for o in offsets)
    assert (rule.note_sr is None) == (rule.note_en is None)
    if rule.confidence is Confidence.L:
        assert "unconfirmed" in (rule.note_en or "").lower()


def test_closed_by_as_the_case_file_expects():
    closed = {r.id: r.closed_by for r in rules.catalogue()}
    for rule_id, events in closed.items():
        if rule_id.startswith("appeal-"):
            assert events == {EventKind.APPEAL_FILED}
        if rule_id.startswith("decision-"):
            assert {EventKind.DECISION_DELIVERED, EventKind.DISCONTINUATION_DELIVERED} <= events
        if rule_id.startswith("lodging-"):
            assert events == {EventKind.APPLICATION_LODGED}
    assert EventKind.SUBSEQUENT_ADMITTED in closed["admissibility-subsequent"]
    assert closed["lawsuit-administrative-court"] == {EventKind.LAWSUIT_FILED}
    assert closed["constitutional-appeal"] == {EventKind.CONSTITUTIONAL_APPEAL_FILED}
    assert closed["silence-commission"] == {EventKind.COMMISSION_DECISION_DELIVERED}
    # The Office deciding makes the appeal for its silence moot (waived, not "done").
    silence = rules.get_rule("appeal-silence")
    assert silence.ended_by(EventKind.DECISION_DELIVERED) == "waived"
    assert silence.ended_by(EventKind.APPEAL_FILED) == "done"


def test_confidence_l_rules_are_the_unconfirmed_ones():
    # DOMAIN.md (2026-12-02): every basis was checked against the laws' text; only the
    # discontinuation appeal's period rests on a reading (M), none is unconfirmed.
    low = {r.id for r in rules.catalogue() if r.confidence is Confidence.L}
    assert low == set()
    medium = {r.id for r in rules.catalogue() if r.confidence is Confidence.M}
    assert medium == {"appeal-discontinuation"}


def test_ecthr_note_says_the_decision_date_counts():
    rule = rules.get_rule("ecthr-application")
    assert "decision's date" in (rule.note_en or "")
    assert "3 months" in (rules.get_rule("restoration").note_en or "")
