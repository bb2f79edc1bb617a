"""The case file's enumerated values: roles, stages, statuses, sex.

Kept apart from the tables (casework.models) so that the command line can offer them as
choices without importing SQLAlchemy. Stored as strings: rename nothing, only add.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "LABELS", "NP_", "ActivityKind", "AgeGroup", "CaseStatus", "DeadlineStatus", "Role", "Sex",
    "Stage", "age_group", "label",
]  # fmt: skip


class Role(StrEnum):
    """What a staff member may do: only lawyers and admins close deadlines."""

    LAWYER = "lawyer"
    PARALEGAL = "paralegal"
    ADMIN = "admin"


class Stage(StrEnum):
    """Where a case stands in the procedure."""

    REGISTRATION = "registration"
    APPLICATION = "application"
    FIRST_INSTANCE = "first-instance"
    APPEAL = "appeal"
    ADMINISTRATIVE_COURT = "administrative-court"
    CONSTITUTIONAL_COURT = "constitutional-court"
    ECTHR = "ecthr"
    CLOSED = "closed"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DeadlineStatus(StrEnum):
    """Open until someone says otherwise; 'done' may also follow from a recorded event."""

    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    WAIVED = "waived"


class Sex(StrEnum):
    MALE = "m"
    FEMALE = "f"


class AgeGroup(StrEnum):
    """The age groups the office's donors count people in (issue 15)."""

    UNDER_14 = "under-14"
    FROM_14_TO_17 = "14-17"
    FROM_18_TO_34 = "18-34"
    FROM_35_TO_59 = "35-59"
    FROM_60 = "60+"


class ActivityKind(StrEnum):
    """A workshop (participants, women and minors counted) or outreach (people reached)."""

    WORKSHOP = "workshop"
    OUTREACH = "outreach"


def age_group(age: int | None) -> AgeGroup | None:
    """The group of a person `age` years old; None when the age is not known."""
    if age is None or age < 0:
        return None
    if age < 14:
        return AgeGroup.UNDER_14
    if age < 18:
        return AgeGroup.FROM_14_TO_17
    if age < 35:
        return AgeGroup.FROM_18_TO_34
    if age < 60:
        return AgeGroup.FROM_35_TO_59
    return AgeGroup.FROM_60


def NP_(context: str, message: str) -> str:
    """Mark a label for the catalogue under `context` (Babel extracts `NP_`)."""
    return message


# The words people read for the stored values (the ids stay English and never change).
# English here; Serbian in the gettext catalogue, each kind its own context, since one
# English word may need two Serbian ones ("registration": the stage and the event).
LABELS: dict[str, dict[str, str]] = {
    "outcome": {
        "rejected": NP_("outcome", "rejected on the merits"),
        "dismissed-safe-third-country": NP_("outcome", "dismissed: safe third country"),
        "dismissed-first-country": NP_("outcome", "dismissed: first country of asylum"),
        "dismissed-subsequent": NP_("outcome", "subsequent application dismissed"),
        "subsidiary-instead-of-refuge": NP_("outcome", "subsidiary protection instead of refuge"),
        "granted": NP_("outcome", "granted: refuge"),
    },
    "procedure": {
        "regular": NP_("procedure", "regular"),
        "accelerated": NP_("procedure", "accelerated"),
        "border": NP_("procedure", "border"),
        "subsequent": NP_("procedure", "subsequent"),
        "detention": NP_("procedure", "detention"),
    },
    "stage": {
        "registration": NP_("stage", "registration"),
        "application": NP_("stage", "application"),
        "first-instance": NP_("stage", "first instance"),
        "appeal": NP_("stage", "appeal"),
        "administrative-court": NP_("stage", "Administrative Court"),
        "constitutional-court": NP_("stage", "Constitutional Court"),
        "ecthr": NP_("stage", "ECtHR"),
        "closed": NP_("stage", "closed"),
    },
    "status": {
        "open": NP_("status", "open"),
        "closed": NP_("status", "closed"),
        "done": NP_("status", "done"),
        "missed": NP_("status", "missed"),
        "waived": NP_("status", "waived"),
    },
    "body": {
        "all": NP_("body", "Every authority and court"),
        "asylum-office": NP_("body", "Asylum Office"),
        "asylum-centre": NP_("body", "Asylum centre"),
        "commission": NP_("body", "Asylum Commission"),
        "administrative-court": NP_("body", "Administrative Court"),
        "higher-court": NP_("body", "Higher Court"),
        "constitutional-court": NP_("body", "Constitutional Court"),
        "legal-aid-service": NP_("body", "Legal aid service"),
    },
    "age_group": {
        "under-14": NP_("age_group", "under 14"),
        "14-17": NP_("age_group", "14–17"),
        "18-34": NP_("age_group", "18–34"),
        "35-59": NP_("age_group", "35–59"),
        "60+": NP_("age_group", "60 and over"),
        "unknown": NP_("age_group", "unknown"),
    },
    "sex": {
        "m": NP_("sex", "men and boys"),
        "f": NP_("sex", "women and girls"),
        "unknown": NP_("sex", "unknown"),
    },
    "activity": {
        "workshop": NP_("activity", "workshop"),
        "outreach": NP_("activity", "outreach"),
    },
    "role": {
        "lawyer": NP_("role", "lawyer"),
        "paralegal": NP_("role", "paralegal"),
        "admin": NP_("role", "admin"),
    },
    "event": {
        "registration": NP_("event", "registration (certificate issued)"),
        "application-lodged": NP_("event", "asylum application lodged"),
        "subsequent-application-lodged": NP_("event", "subsequent application lodged"),
        "subsequent-admitted": NP_("event", "subsequent application admitted"),
        "interview-held": NP_("event", "interview held"),
        "decision-delivered": NP_("event", "Asylum Office decision delivered"),
        "discontinuation-delivered": NP_("event", "discontinuation delivered"),
        "detention-decision-delivered": NP_("event", "detention decision delivered"),
        "appeal-filed": NP_("event", "appeal filed"),
        "appeal-received": NP_("event", "appeal received by the Commission"),
        "repeated-request-received": NP_("event", "repeated request received"),
        "commission-decision-delivered": NP_("event", "Commission decision delivered"),
        "lawsuit-filed": NP_("event", "lawsuit filed"),
        "judgment-delivered": NP_("event", "judgment delivered"),
        "constitutional-appeal-filed": NP_("event", "constitutional appeal filed"),
        "final-decision-served": NP_("event", "final decision served"),
        "legal-aid-requested": NP_("event", "legal aid requested"),
        "legal-aid-requested-urgent": NP_("event", "urgent legal aid requested"),
        "public-notice-posted": NP_("event", "public notice posted"),
        "missed-deadline-cause-ceased": NP_("event", "cause of the missed deadline ceased"),
        "case-closed": NP_("event", "case closed"),
        "other": NP_("event", "other"),
        "reported-to-centre": NP_("event", "reported to the centre"),
        "legal-aid-decided": NP_("event", "legal aid decided"),
        "ecthr-application-filed": NP_("event", "ECtHR application filed"),
        "restoration-requested": NP_("event", "restoration requested"),
    },
}


def label(kind: str, value: str | None, lang: str = "sr") -> str:
    """A stored value (procedure, stage, status, event kind, role, body, outcome) in words
    of `lang`; an unknown value shows itself, never a blank."""
    if value is None:
        return ""
    english = LABELS.get(kind, {}).get(value)
    if english is None:
        return value
    if lang == "en":
        return english
    from casework.i18n import translations

    return translations(lang).pgettext(kind, english)
