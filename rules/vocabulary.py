"""The words the engine and the case file share: procedures and event kinds.

The case file stores these values as strings, so they are stable ids: rename
nothing, only add. Each event kind is a trigger ("day 0") of one or more rules
in the catalogue (`rules.catalogue`), chosen by the case's procedure.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

# The two languages every explanation is written in.
Lang = Literal["sr", "en"]


class Procedure(StrEnum):
    """The asylum procedure a case is in (ZAPZ Arts. 39-42, 46, 78)."""

    REGULAR = "regular"
    ACCELERATED = "accelerated"
    BORDER = "border"
    SUBSEQUENT = "subsequent"
    DETENTION = "detention"


class EventKind(StrEnum):
    """What happened in a case. Day 0 of the rules it triggers."""

    # Registration of the intention to seek asylum; the registration certificate is
    # issued at the same moment (date and time: the 72-hour rule counts hours).
    REGISTRATION = "registration"
    APPLICATION_LODGED = "application-lodged"
    SUBSEQUENT_APPLICATION_LODGED = "subsequent-application-lodged"
    SUBSEQUENT_ADMITTED = "subsequent-admitted"
    INTERVIEW_HELD = "interview-held"
    # First-instance (Asylum Office) decision on the merits or on admissibility.
    DECISION_DELIVERED = "decision-delivered"
    DISCONTINUATION_DELIVERED = "discontinuation-delivered"
    DETENTION_DECISION_DELIVERED = "detention-decision-delivered"
    APPEAL_FILED = "appeal-filed"
    APPEAL_RECEIVED = "appeal-received"
    REPEATED_REQUEST_RECEIVED = "repeated-request-received"
    COMMISSION_DECISION_DELIVERED = "commission-decision-delivered"
    LAWSUIT_FILED = "lawsuit-filed"
    JUDGMENT_DELIVERED = "judgment-delivered"
    CONSTITUTIONAL_APPEAL_FILED = "constitutional-appeal-filed"
    FINAL_DECISION_SERVED = "final-decision-served"
    LEGAL_AID_REQUESTED = "legal-aid-requested"
    LEGAL_AID_REQUESTED_URGENT = "legal-aid-requested-urgent"
    PUBLIC_NOTICE_POSTED = "public-notice-posted"
    MISSED_DEADLINE_CAUSE_CEASED = "missed-deadline-cause-ceased"
    CASE_CLOSED = "case-closed"
    OTHER = "other"
    # Added for rules' `closed_by` (events that fulfil a deadline).
    REPORTED_TO_CENTRE = "reported-to-centre"
    LEGAL_AID_DECIDED = "legal-aid-decided"
    ECTHR_APPLICATION_FILED = "ecthr-application-filed"
    RESTORATION_REQUESTED = "restoration-requested"


class Outcome(StrEnum):
    """What a first-instance decision decided: it selects the appeal period (ZAPZ Arts.
    38, 40(5), 41(7), 42(4), 95(1)); a grant opens no appeal."""

    REJECTED = "rejected"
    DISMISSED_SAFE_THIRD_COUNTRY = "dismissed-safe-third-country"
    DISMISSED_FIRST_COUNTRY = "dismissed-first-country"
    DISMISSED_SUBSEQUENT = "dismissed-subsequent"
    SUBSIDIARY_INSTEAD_OF_REFUGE = "subsidiary-instead-of-refuge"
    GRANTED = "granted"

    @property
    def dismissal(self) -> bool:
        """Dismissed without examining the merits (odbacivanje, ZAPZ Art. 42)."""
        return self.value.startswith("dismissed-")


class Body(StrEnum):
    """Where a filing is received, or which body must act: the body whose closure days count.

    A closure day the office records for one body (e.g. the Asylum Office) extends only the
    deadlines of that body; a day on which every authority and court was closed extends all.
    """

    ASYLUM_OFFICE = "asylum-office"
    ASYLUM_CENTRE = "asylum-centre"
    COMMISSION = "commission"
    ADMINISTRATIVE_COURT = "administrative-court"
    HIGHER_COURT = "higher-court"
    CONSTITUTIONAL_COURT = "constitutional-court"
    LEGAL_AID_SERVICE = "legal-aid-service"
    ECTHR = "ecthr"
    # The body depends on the missed act (restoration): only closures of every body count.
    UNSPECIFIED = "unspecified"
