"""What a filing is filled with, read from the case file: the office and its
representative, the client, the recorded events and the case's deadlines.

The filing's field names are the template contract's (FILINGS.md); `documents` builds
the whole context from these parts and validates it. Kept apart from `documents`,
which decides whether and how a filing is generated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import assembler
import rules
from casework.countries import genitive
from casework.models import Case, Deadline, Event, Staff
from casework.vocabulary import DeadlineStatus
from rules.vocabulary import Outcome

_FIRST_INSTANCE_DECISIONS = ("decision-delivered", "discontinuation-delivered")
_APPEAL_RULES = (
    "appeal-regular",
    "appeal-accelerated",
    "appeal-border",
    "appeal-dismissal",
    "appeal-subsequent-inadmissible",
    "appeal-discontinuation",
)
# The decision event's outcome in the appeal template's words (FILINGS.md).
_OUTCOME_CHOICE: dict[str, str] = {
    Outcome.REJECTED.value: "odbijen",
    Outcome.DISMISSED_SAFE_THIRD_COUNTRY.value: "odbacen_sigurna_treca",
    Outcome.DISMISSED_FIRST_COUNTRY.value: "odbacen_prva_zemlja",
    Outcome.DISMISSED_SUBSEQUENT.value: "odbacen_naknadni",
    Outcome.SUBSIDIARY_INSTEAD_OF_REFUGE.value: "supsidijarna_umesto_utocista",
}


def _office(settings: Mapping[str, str], case: Case) -> dict[str, Any]:
    keys = ("office_name", "office_address", "office_reg_no", "office_phone", "office_email")
    out: dict[str, Any] = {k: settings.get(k, "") for k in keys}
    out["office_ref_no"] = case.office_ref or ""
    out["asylum_office_address"] = settings["asylum_office_address"]
    out["court_address"] = settings["court_address"]
    out["constitutional_court_address"] = settings["constitutional_court_address"]
    out["commission_address"] = settings["commission_address"]
    out["lawsuit_fee"] = settings["lawsuit_fee"]
    return out


def _representative(lawyer: Staff | None, settings: Mapping[str, str]) -> dict[str, Any]:
    if lawyer is None:
        return {}
    return {
        "rep_full_name": lawyer.name,
        "rep_gender": lawyer.sex or "",
        "rep_kind": lawyer.capacity or settings.get("rep_kind", "pravnik_udruzenja"),
        "rep_bar_no": lawyer.bar_no or "",
        "rep_name_forms": lawyer.name_forms or "",
        "rep_city": settings["rep_city"],
        "rep_address": settings.get("office_address", ""),
    }


def _client(case: Case) -> dict[str, Any]:
    c = case.client
    family = [
        {
            "full_name": m.full_name,
            "relation": m.relation,
            "birth_date": m.birth_date.isoformat() if m.birth_date else "",
            "citizenship": genitive(m.nationality) if m.nationality else "",
            "whereabouts": m.whereabouts or "",
            "also_applying": m.also_applying,
        }
        for m in c.family
    ]
    return {
        "client_full_name": c.name_latin,
        # Printed in brackets after the name: only when it says something the Latin does not.
        "client_name_original": (
            c.name_original if c.name_original and c.name_original != c.name_latin else ""
        ),
        "client_gender": c.sex or "",
        "client_name_forms": c.name_forms or "",
        "client_birth_date": c.birth_date.isoformat() if c.birth_date else "",
        "client_birth_year": c.birth_year,
        "client_birth_place": c.birth_place or "",
        "client_birth_country": c.birth_country or "",
        "client_citizenship": genitive(c.nationality) if c.nationality else "",
        "client_father_name": c.father_name or "",
        "client_mother_name": c.mother_name or "",
        "client_id_doc": c.id_document or "",
        "client_residence": c.accommodation or "",
        "client_language": c.interpreter_language or c.languages or "",
        "client_is_minor": c.unaccompanied_minor,
        "guardian_name": c.guardian_name or "",
        "guardian_csr": c.guardian_csr or "",
        "guardian_gender": c.guardian_sex or "",
        "ethnicity": c.ethnicity or "",
        "religion": c.religion or "",
        "marital_status": c.marital_status or "",
        "occupation": c.occupation or "",
        "education_detail": c.education or "",
        "family_members": family,
        "co_applicants": [
            {
                "full_name": f["full_name"],
                "gender": relation_gender(str(f["relation"] or "")),
                "relation": f["relation"],
                "birth_date": f["birth_date"],
                "citizenship": f["citizenship"],
            }
            for f in family
            if f["also_applying"]
        ],
    }


# A family member's grammatical gender from the relation recorded (the family table has
# no field of its own): "ćerka" is a woman, "sin" a man; unknown stays empty.
_RELATION_GENDER: dict[str, str] = {
    "ćerka": "f", "kći": "f", "majka": "f", "supruga": "f", "žena": "f", "sestra": "f",
    "baka": "f", "unuka": "f", "tetka": "f", "snaja": "f",
    "sin": "m", "otac": "m", "suprug": "m", "muž": "m", "brat": "m", "deda": "m",
    "unuk": "m", "ujak": "m", "stric": "m", "zet": "m",
}  # fmt: skip


def relation_gender(relation: str | None) -> str:
    """'f' / 'm' for a relation word ("ćerka" -> "f"), '' where it does not say."""
    return _RELATION_GENDER.get((relation or "").strip().lower(), "")


def _latest(case: Case, *kinds: str) -> Event | None:
    found = [e for e in case.events if e.kind in kinds]
    return max(found, key=lambda e: (e.occurred_on, e.id)) if found else None


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _events(case: Case) -> dict[str, Any]:
    out: dict[str, Any] = {}
    reg = _latest(case, "registration")
    if reg:
        out["registration_date"] = _iso(reg.occurred_on)
        out["registration_cert_no"] = reg.reference or ""
    lodged = _latest(case, "application-lodged", "subsequent-application-lodged")
    if lodged:
        out["application_date"] = _iso(lodged.occurred_on)
    decision = _latest(case, *_FIRST_INSTANCE_DECISIONS)
    out["ao_decision_no"] = (
        (decision.reference if decision else None) or case.asylum_office_no or ""
    )
    if decision:
        out["ao_decision_date"] = _iso(decision.act_date)
        out["ao_decision_delivered"] = _iso(decision.occurred_on)
        # The outcome is the event's (it also chose the appeal's period); not recorded,
        # the filing's validation asks for it to be recorded on the event.
        if decision.kind == "discontinuation-delivered":
            out["ao_decision_outcome"] = "obustava"
        elif decision.outcome is not None and decision.outcome in _OUTCOME_CHOICE:
            out["ao_decision_outcome"] = _OUTCOME_CHOICE[decision.outcome]
    filed = _latest(case, "appeal-filed")
    if filed:
        out["appeal_lodged_date"] = _iso(filed.occurred_on)
    received = _latest(case, "appeal-received")
    if received:
        out["appeal_received_date"] = _iso(received.occurred_on)
    commission = _latest(case, "commission-decision-delivered")
    out["commission_decision_no"] = (commission.reference if commission else None) or (
        case.commission_no or ""
    )
    if commission:
        out["commission_decision_date"] = _iso(commission.act_date)
        out["commission_decision_delivered"] = _iso(commission.occurred_on)
    judgment = _latest(case, "judgment-delivered")
    if judgment:
        out["contested_act_body"] = "Upravni sud"
        out["contested_act_no"] = judgment.reference or case.court_no or ""
        out["contested_act_date"] = _iso(judgment.act_date)
        out["contested_act_delivered"] = _iso(judgment.occurred_on)
    return out


def _deadline(case: Case, rule_ids: tuple[str, ...]) -> Deadline | None:
    """The case's current deadline among these rules: open first, then the newest."""
    found = [d for d in case.deadlines if d.rule_id in rule_ids and d.status != "waived"]
    if not found:
        return None
    return max(found, key=lambda d: (d.status == DeadlineStatus.OPEN, d.trigger, d.id))


# Which template field carries the due date of which rules (the case's current one).
_DEADLINE_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("appeal_deadline", _APPEAL_RULES),
    ("lawsuit_deadline", ("lawsuit-administrative-court",)),
    ("cc_deadline", ("constitutional-appeal",)),
    ("silence_deadline", ("silence-commission",)),
    ("office_deadline_date", ("lodging-office",)),
    ("self_lodging_deadline_date", ("lodging-own-initiative",)),
)


def _deadlines(case: Case) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, rule_ids in _DEADLINE_FIELDS:
        found = _deadline(case, rule_ids)
        if found is not None:
            out[name] = _iso(found.due)
    appeal = _deadline(case, _APPEAL_RULES)
    if appeal is not None:
        rule = rules.get_rule(appeal.rule_id)
        procedure = rules.Procedure(case.procedure)
        out["appeal_days"] = rule.period_for(appeal.trigger, procedure)
        out["appeal_basis"] = rule.running_basis(procedure)
    return out


def _procedure_type(case: Case) -> str:
    decision = _latest(case, *_FIRST_INSTANCE_DECISIONS)
    if decision is not None and decision.kind == "discontinuation-delivered":
        return "discontinuation"
    return "regular" if case.procedure == "detention" else case.procedure


def _empty_json(field: assembler.Field) -> Any:
    if field.type in (assembler.FieldType.LIST, assembler.FieldType.MULTI_ENUM):
        return []
    if field.type == assembler.FieldType.BOOL:
        return False
    if field.type == assembler.FieldType.INT:
        return None
    return ""


# Every filing field the case file fills (office settings, the representative, the client,
# the recorded events, the case's deadlines, the day of signing). The rest of a template's
# fields are the lawyer's to write: that is what the drafting form asks for. A test builds
# a full case and checks that the builders above fill nothing outside this set.
CASE_FILE_FIELDS: frozenset[str] = frozenset(
    {
        # office settings and the case's own reference
        "office_name", "office_address", "office_reg_no", "office_phone", "office_email",
        "office_ref_no", "asylum_office_address", "court_address",
        "constitutional_court_address", "commission_address", "lawsuit_fee",
        # the representative (the case's lawyer)
        "rep_full_name", "rep_kind", "rep_gender", "rep_city", "rep_address", "rep_bar_no",
        "rep_name_forms",
        # the client and the family
        "client_full_name", "client_name_original", "client_gender", "client_name_forms",
        "client_birth_date", "client_birth_year", "client_birth_place", "client_birth_country",
        "client_citizenship", "client_father_name", "client_mother_name", "client_id_doc",
        "client_residence", "client_language", "client_is_minor", "guardian_name",
        "guardian_csr", "guardian_gender", "ethnicity", "religion", "marital_status",
        "occupation", "education_detail", "family_members", "co_applicants",
        # the recorded events
        "registration_date", "registration_cert_no", "application_date", "ao_decision_no",
        "ao_decision_date", "ao_decision_delivered", "ao_decision_outcome",
        "appeal_lodged_date", "appeal_received_date", "commission_decision_no",
        "commission_decision_date", "commission_decision_delivered", "contested_act_body",
        "contested_act_no", "contested_act_date", "contested_act_delivered",
        # the case's deadlines, computed by the rules
        *(name for name, _rules in _DEADLINE_FIELDS), "appeal_days", "appeal_basis",
        # the filing itself: procedure, place and day of signing, script, lateness
        "procedure_type", "place", "date_signed", "filed_late", "late_reason",
    }
)  # fmt: skip
