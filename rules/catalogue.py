"""Every statutory time limit of the asylum procedure, declared as data (DOMAIN.md table).

One record per rule, in the table's order. Counting policies are named values; the engine
has no branch on a rule id. Ids are stable: the CLI, the database and the templates use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from rules.citations import Cite, Law, cite_text, running_text
from rules.errors import UnknownRuleError
from rules.i18n import N_, counted, serbian
from rules.vocabulary import Body, EventKind, Lang, Outcome, Procedure


class Unit(StrEnum):
    """How the period is measured (DOMAIN.md counting rules 1, 2, 5)."""

    HOURS = "hours"
    DAYS = "days"
    MONTHS = "months"


class Counting(StrEnum):
    """What happens when the period ends on a non-working day (counting rule 3)."""

    EXTEND_TO_NEXT_WORKING_DAY = "extend-to-next-working-day"
    NO_EXTENSION = "no-extension"


class Binds(StrEnum):
    """Who must act by the due date: the party (a filing), the authority (a decision), or
    nobody (a period after which something is deemed done, e.g. public delivery)."""

    PARTY = "party"
    AUTHORITY = "authority"
    NOBODY = "nobody"


class Confidence(StrEnum):
    """How sure the legal basis is (DOMAIN.md); L must be shown as 'verify the legal basis'."""

    H = "H"
    M = "M"
    L = "L"


@dataclass(frozen=True, slots=True)
class Transitional:
    """A different period for triggers before a date (ECtHR: 6 months before 1 Feb 2022)."""

    before: date
    period: int


@dataclass(frozen=True, slots=True)
class AbsoluteLimit:
    """A second, absolute end counted from another day (restoration: 3 months from the
    missed day, ZUP Art. 83(2)); the earlier of the two ends wins."""

    months: int
    cites: tuple[Cite, ...]
    required: bool = False  # the rule cannot be computed without the missed day


@dataclass(frozen=True, slots=True)
class AlsoTriggeredBy:
    """A further event that starts the rule (decision-regular after a subsequent admission)."""

    event: EventKind
    procedures: frozenset[Procedure] = frozenset()


@dataclass(frozen=True, slots=True)
class Rule:
    """One statutory time limit: what starts it, how long, how it counts, its basis."""

    id: str
    name_en: str  # English, marked N_; the Serbian is the catalogue's (rules/i18n.py)
    period: int
    unit: Unit
    trigger: EventKind | None
    chained_from: tuple[str, ...]  # day 0 is the due date of one of these rules
    procedures: frozenset[Procedure]  # empty: any procedure
    counting: Counting
    binds: Binds
    cites: tuple[Cite, ...]
    confidence: Confidence
    reminder_offsets: tuple[int, ...]  # days before due; (-1,) = the day after it passes
    remedy_en: str | None
    closed_by: frozenset[EventKind]  # events that fulfil it (done)
    auto: bool
    body: Body  # whose closure days extend it (see Body)
    note_en: str | None = None
    also_triggered_by: tuple[AlsoTriggeredBy, ...] = ()
    transitional: Transitional | None = None
    # A period that depends on the procedure (appeal-discontinuation); missing: shortest.
    by_procedure: tuple[tuple[Procedure, int, Cite], ...] = ()
    limit: AbsoluteLimit | None = None
    # Events that make it moot rather than fulfil it (waived): the Office deciding ends
    # the appeal for its silence, which nobody then files.
    moot_by: frozenset[EventKind] = frozenset()

    def ended_by(self, event: EventKind | str) -> str | None:
        """ "done" if `event` fulfils this deadline, "waived" if it makes it moot."""
        if event in self.closed_by:
            return "done"
        if event in self.moot_by:
            return "waived"
        return None

    @property
    def basis(self) -> str:
        """The legal basis as Serbian courts cite it ("čl. 95. st. 1. ZAPZ")."""
        return cite_text(self.cites, "sr")

    def basis_text(self, lang: Lang, procedure: Procedure | str | None = None) -> str:
        """The legal basis in one language ("ZAPZ Art. 95(1)" in English); for a period
        that depends on the procedure, the provision of that procedure where it is known."""
        for which, _period, cite in self.by_procedure:
            if procedure is not None and which == procedure:
                return cite.text(lang)
        return cite_text(self.cites, lang)

    def running_basis(self, procedure: Procedure | str | None = None) -> str:
        """The basis as a filing's sentence cites it ("članom 95. stav 1. Zakona o azilu i
        privremenoj zaštiti"), the procedure's own provision where it decides."""
        for which, _period, cite in self.by_procedure:
            if procedure is not None and which == procedure:
                return running_text(cite)
        return running_text(self.cites[0])

    @property
    def name_sr(self) -> str:
        return serbian(self.name_en)

    @property
    def remedy_sr(self) -> str | None:
        return None if self.remedy_en is None else serbian(self.remedy_en)

    @property
    def note_sr(self) -> str | None:
        return None if self.note_en is None else serbian(self.note_en)

    def name(self, lang: Lang) -> str:
        return self.name_sr if lang == "sr" else self.name_en

    def period_for(self, trigger: date, procedure: Procedure | None = None) -> int:
        """The period for this trigger and procedure: a transitional period before its
        date; for a procedure-dependent rule the procedure's, or the shortest of all
        when the procedure is not known (DOMAIN.md principle 1)."""
        if self.transitional is not None and trigger < self.transitional.before:
            return self.transitional.period
        if self.by_procedure:
            periods = {which: period for which, period, _cite in self.by_procedure}
            if procedure is not None and procedure in periods:
                return periods[procedure]
            return min(periods.values())
        return self.period

    def applies_to(self, event: EventKind, procedure: Procedure) -> bool:
        """Whether `event` in a case of `procedure` starts this rule."""
        if self.trigger == event and (not self.procedures or procedure in self.procedures):
            return True
        return any(
            extra.event == event and (not extra.procedures or procedure in extra.procedures)
            for extra in self.also_triggered_by
        )


# The DOMAIN.md revision this catalogue implements. A case file computed under an older
# one is brought up to date once (casework: Casework.follow_the_law).
LEGAL_MODEL = "2026-12-02"

# Named values, so that the table below reads like DOMAIN.md's.
E = EventKind
P = Procedure
ANY: frozenset[Procedure] = frozenset()
REGULAR_OR_DETENTION = frozenset({P.REGULAR, P.DETENTION})
EXTEND = Counting.EXTEND_TO_NEXT_WORKING_DAY
NO_EXTENSION = Counting.NO_EXTENSION
FILING_REMINDERS = (7, 3, 1, 0)
SHORT_FILING_REMINDERS = (3, 1, 0)
AUTHORITY_REMINDERS = (-1,)


def _zapz(article: str, *paragraphs: int) -> Cite:
    return Cite(Law.ZAPZ, article, paragraphs)


def _zup(article: str, *paragraphs: int) -> Cite:
    return Cite(Law.ZUP, article, paragraphs)


_SILENCE_EN = N_(
    "Appeal to the Asylum Commission for administrative silence "
    "(ZUP Art. 151(3)), lodged through the Asylum Office, within one year at the latest "
    "(ZUP Art. 153(2))."
)
_DECIDED = frozenset({E.DECISION_DELIVERED, E.DISCONTINUATION_DELIVERED})
_LEGAL_AID_EN = N_(
    "Silence counts as a refusal of the request (ZBPP Art. 32(4)): "
    "challenge the deemed refusal or arrange legal aid another way."
)
# The Asylum Office's decision periods after which an appeal for silence lies.
_SILENCE_APPEALABLE = ("decision-regular", "decision-accelerated", "admissibility-subsequent")


def _decision(
    rule_id: str,
    name_en: str,
    months: int,
    paragraph: int,
    auto: bool,
) -> Rule:
    """The ZAPZ Art. 39 family: same trigger and remedy, different lengths."""
    return Rule(
        id=rule_id,
        name_en=name_en,
        period=months,
        unit=Unit.MONTHS,
        trigger=E.APPLICATION_LODGED,
        chained_from=(),
        procedures=REGULAR_OR_DETENTION,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(_zapz("39", paragraph),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=_SILENCE_EN,
        closed_by=_DECIDED,
        auto=auto,
        body=Body.ASYLUM_OFFICE,
        note_en=None if auto else N_("Computed only when the Office extends the time limit."),
        # ZAPZ Art. 39(1) also counts from an admitted subsequent application, but Art.
        # 40(1)(5) sends those to the accelerated procedure: see decision-accelerated.
        also_triggered_by=(),
    )


def _appeal(
    rule_id: str,
    name_en: str,
    days: int,
    trigger: EventKind | None,
    procedures: frozenset[Procedure],
    cites: tuple[Cite, ...],
    confidence: Confidence = Confidence.H,
    note_en: str | None = None,
    body: Body = Body.ASYLUM_OFFICE,
    auto: bool = True,
) -> Rule:
    """A party's appeal: days from delivery, extended, fulfilled by filing the appeal.

    Appeals to the Commission are lodged through the Asylum Office (its closures count).
    A first-instance decision's appeal rule is chosen by `rules.outcomes`, not here.
    """
    return Rule(
        id=rule_id,
        name_en=name_en,
        period=days,
        unit=Unit.DAYS,
        trigger=trigger,
        chained_from=(),
        procedures=procedures,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=cites,
        confidence=confidence,
        reminder_offsets=FILING_REMINDERS if days > 7 else SHORT_FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.APPEAL_FILED}),
        auto=auto,
        body=body,
        note_en=note_en,
    )


_CATALOGUE: tuple[Rule, ...] = (
    Rule(
        id="report-to-centre",
        name_en=N_("Reporting to the asylum centre"),
        period=72,
        unit=Unit.HOURS,
        trigger=E.REGISTRATION,
        chained_from=(),
        procedures=ANY,
        counting=NO_EXTENSION,
        binds=Binds.PARTY,
        cites=(_zapz("35", 3),),
        confidence=Confidence.H,
        reminder_offsets=(1, 0),
        remedy_en=None,
        closed_by=frozenset({E.REPORTED_TO_CENTRE}),
        auto=True,
        body=Body.ASYLUM_CENTRE,
        note_en=N_(
            "Runs from the issue of the registration certificate (date and time), continuously."
        ),
    ),
    Rule(
        id="lodging-office",
        name_en=N_("Office to enable lodging of the asylum application"),
        period=15,
        unit=Unit.DAYS,
        trigger=E.REGISTRATION,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(_zapz("36", 1),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=N_(
            "The applicant may lodge the application on their own "
            "initiative, within 8 days (ZAPZ Art. 36(2))."
        ),
        closed_by=frozenset({E.APPLICATION_LODGED}),
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    Rule(
        id="lodging-own-initiative",
        name_en=N_("Lodging the application on one's own initiative"),
        period=8,
        unit=Unit.DAYS,
        trigger=None,
        chained_from=("lodging-office",),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(_zapz("36", 2),),
        confidence=Confidence.H,
        reminder_offsets=FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.APPLICATION_LODGED}),
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_en=N_("Day 0 is the end of the Office's time to enable lodging (ZAPZ Art. 36(1))."),
    ),
    _decision("decision-regular", N_("Decision in the regular procedure"), 3, 1, auto=True),
    _decision(
        "decision-regular-extended",
        N_("Decision in the regular procedure (extended)"),
        6,
        2,
        False,
    ),
    _decision(
        "decision-regular-exceptional",
        N_("Decision in the regular procedure (exceptionally extended)"),
        9,
        3,
        False,
    ),
    _decision(
        "decision-regular-max", N_("Decision in the regular procedure (maximum)"), 12, 6, False
    ),
    Rule(
        id="decision-accelerated",
        name_en=N_("Decision in the accelerated procedure"),
        period=30,
        unit=Unit.DAYS,
        trigger=E.APPLICATION_LODGED,
        chained_from=(),
        procedures=frozenset({P.ACCELERATED}),
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(_zapz("40", 2),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=_SILENCE_EN,
        closed_by=_DECIDED,
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_en=N_(
            "An admitted subsequent application is decided in the accelerated "
            "procedure (ZAPZ Art. 40(1)(5)), except one by an unaccompanied minor (ZAPZ Art. "
            "40(4): then the 3 months of ZAPZ Art. 39(1) apply)."
        ),
        # ZAPZ Art. 40(2): "od dana podnošenja zahteva za azil ili dopuštenog naknadnog
        # zahteva za azil", whatever the case was labelled before.
        also_triggered_by=(AlsoTriggeredBy(E.SUBSEQUENT_ADMITTED),),
    ),
    Rule(
        id="decision-border",
        name_en=N_("Decision in the border procedure"),
        period=28,
        unit=Unit.DAYS,
        trigger=E.APPLICATION_LODGED,
        chained_from=(),
        procedures=frozenset({P.BORDER}),
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(_zapz("41", 5, 6),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=N_(
            "The applicant must be let into Serbia for the procedure to continue (ZAPZ Art. 41(6))."
        ),
        closed_by=_DECIDED,
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    Rule(
        id="admissibility-subsequent",
        name_en=N_("Admissibility of a subsequent application"),
        period=15,
        unit=Unit.DAYS,
        trigger=E.SUBSEQUENT_APPLICATION_LODGED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(_zapz("46", 6),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=_SILENCE_EN,
        closed_by=_DECIDED | {E.SUBSEQUENT_ADMITTED},
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    _appeal(
        "appeal-regular",
        N_("Appeal (regular procedure)"),
        15,
        E.DECISION_DELIVERED,
        frozenset({P.REGULAR}),
        (_zapz("95", 1),),
        note_en=N_(
            "For a decision on the merits (rejection; subsidiary protection instead of "
            "refuge). The appeal suspends the decision (ZAPZ Art. 95(2))."
        ),
    ),
    _appeal(
        "appeal-accelerated",
        N_("Appeal (accelerated procedure)"),
        8,
        E.DECISION_DELIVERED,
        frozenset({P.ACCELERATED, P.SUBSEQUENT}),
        (_zapz("40", 5),),
    ),
    _appeal(
        "appeal-border",
        N_("Appeal (border procedure)"),
        5,
        E.DECISION_DELIVERED,
        frozenset({P.BORDER}),
        (_zapz("41", 7),),
        note_en=N_("At the border every decision, dismissals included, takes this shorter period."),
    ),
    _appeal(
        "appeal-dismissal",
        N_("Appeal against dismissal of the application"),
        8,
        E.DECISION_DELIVERED,
        frozenset({P.REGULAR, P.ACCELERATED, P.SUBSEQUENT}),
        (_zapz("42", 4),),
        note_en=N_(
            "Dismissal without examining the merits: first country of asylum, safe "
            "third country, or an inadmissible subsequent application."
        ),
    ),
    _appeal(
        "appeal-subsequent-inadmissible",
        N_("Appeal against dismissal of a subsequent application"),
        8,
        E.DECISION_DELIVERED,
        frozenset({P.SUBSEQUENT}),
        (_zapz("42", 4),),
        note_en=N_(
            "The same rule as the appeal against dismissal; kept for deadlines stored earlier."
        ),
        auto=False,
    ),
    Rule(
        id="appeal-discontinuation",
        name_en=N_("Appeal against a discontinuation decision"),
        period=15,
        unit=Unit.DAYS,
        trigger=E.DISCONTINUATION_DELIVERED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(_zapz("95", 1), _zapz("40", 5), _zapz("41", 7)),
        confidence=Confidence.M,
        reminder_offsets=FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.APPEAL_FILED}),
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_en=N_(
            "The procedure's period: 15 days in the regular, 8 in the accelerated (and "
            "for an admitted subsequent application), 5 at the border. Check the period stated "
            "in the decision's instructions on remedies."
        ),
        # Detention is not an asylum procedure: there the shortest applies (principle 1).
        by_procedure=(
            (P.REGULAR, 15, _zapz("95", 1)),
            (P.ACCELERATED, 8, _zapz("40", 5)),
            (P.SUBSEQUENT, 8, _zapz("40", 5)),
            (P.BORDER, 5, _zapz("41", 7)),
        ),
    ),
    _appeal(
        "appeal-detention",
        N_("Appeal against detention or restriction of movement"),
        8,
        E.DETENTION_DECISION_DELIVERED,
        ANY,
        (_zapz("78", 5),),
        note_en=N_("Lies to the Higher Court; it does not suspend the decision (ZAPZ Art. 78(6))."),
        body=Body.HIGHER_COURT,
    ),
    Rule(
        id="appeal-silence",
        name_en=N_("Appeal for administrative silence"),
        period=12,
        unit=Unit.MONTHS,
        trigger=None,
        chained_from=_SILENCE_APPEALABLE,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(_zup("151", 3), _zup("153", 2)),
        confidence=Confidence.H,
        reminder_offsets=(30, *FILING_REMINDERS),
        remedy_en=None,
        closed_by=frozenset({E.APPEAL_FILED}),
        moot_by=_DECIDED,
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_en=N_(
            'Day 0 is the day the decision period ended ("from the expiry of that '
            'period", ZUP Art. 153(2)); the appeal lies from the next day, lodged earlier it is '
            "premature."
        ),
    ),
    Rule(
        id="lawsuit-administrative-court",
        name_en=N_("Lawsuit to the Administrative Court"),
        period=30,
        unit=Unit.DAYS,
        trigger=E.COMMISSION_DECISION_DELIVERED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(Cite(Law.ZUS, "18", (1,)),),
        confidence=Confidence.H,
        reminder_offsets=FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.LAWSUIT_FILED}),
        auto=True,
        body=Body.ADMINISTRATIVE_COURT,
        note_en=N_("In asylum matters the lawsuit suspends the decision (ZAPZ Art. 96(2))."),
    ),
    Rule(
        id="silence-commission",
        name_en=N_("Asylum Commission's time to decide the appeal"),
        period=60,
        unit=Unit.DAYS,
        trigger=E.APPEAL_RECEIVED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(_zup("174"), Cite(Law.ZUS, "19", (1,))),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=N_(
            "Send the Commission a repeated request (urgency); if "
            "it does not decide within 7 days of receiving it, a lawsuit for administrative "
            "silence lies to the Administrative Court (ZUS Art. 19(1))."
        ),
        closed_by=frozenset({E.COMMISSION_DECISION_DELIVERED}),
        auto=True,
        body=Body.COMMISSION,
    ),
    Rule(
        id="silence-urgency",
        name_en=N_("Time after the repeated request (urgency)"),
        period=7,
        unit=Unit.DAYS,
        trigger=E.REPEATED_REQUEST_RECEIVED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(Cite(Law.ZUS, "19", (1,)),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=N_(
            "Lawsuit to the Administrative Court for administrative "
            "silence (ZUS Art. 19(1)); a lawsuit filed earlier is dismissed as premature."
        ),
        closed_by=frozenset({E.COMMISSION_DECISION_DELIVERED}),
        auto=True,
        body=Body.COMMISSION,
    ),
    Rule(
        id="constitutional-appeal",
        name_en=N_("Constitutional appeal"),
        period=30,
        unit=Unit.DAYS,
        trigger=E.JUDGMENT_DELIVERED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(Cite(Law.ZUSUD, "84", (1,)),),
        confidence=Confidence.H,
        reminder_offsets=FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.CONSTITUTIONAL_APPEAL_FILED}),
        auto=True,
        body=Body.CONSTITUTIONAL_COURT,
        note_en=N_("Needs a special power of attorney naming the contested act."),
    ),
    Rule(
        id="ecthr-application",
        name_en=N_("Application to the European Court of Human Rights"),
        period=4,
        unit=Unit.MONTHS,
        trigger=E.FINAL_DECISION_SERVED,
        chained_from=(),
        procedures=ANY,
        counting=NO_EXTENSION,  # Sabri Güneş v. Turkey [GC]
        binds=Binds.PARTY,
        cites=(Cite(Law.ECHR, "35", (1,)),),
        confidence=Confidence.H,
        reminder_offsets=(30, 14, *FILING_REMINDERS),
        remedy_en=None,
        closed_by=frozenset({E.ECTHR_APPLICATION_FILED}),
        auto=True,
        body=Body.ECTHR,
        note_en=N_(
            "6 months apply where the final decision was taken before 1 February 2022; "
            "the decision's date is what counts, and the tool uses the day 0 entered: if the "
            "decision was taken before that date but served later, count by hand. Never "
            "extended to a working day."
        ),
        transitional=Transitional(before=date(2022, 2, 1), period=6),
    ),
    Rule(
        id="legal-aid-decision",
        name_en=N_("Decision on a free legal aid request"),
        period=8,
        unit=Unit.DAYS,
        trigger=E.LEGAL_AID_REQUESTED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(Cite(Law.ZBPP, "32", (2, 4)),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=_LEGAL_AID_EN,
        closed_by=frozenset({E.LEGAL_AID_DECIDED}),
        auto=True,
        body=Body.LEGAL_AID_SERVICE,
        note_en=N_("Day 0: receipt of the request or of the supplementary documents asked for."),
    ),
    Rule(
        id="legal-aid-decision-urgent",
        name_en=N_("Decision on a free legal aid request (urgent)"),
        period=3,
        unit=Unit.DAYS,
        trigger=E.LEGAL_AID_REQUESTED_URGENT,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        cites=(Cite(Law.ZBPP, "32", (3,)),),
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_en=_LEGAL_AID_EN,
        closed_by=frozenset({E.LEGAL_AID_DECIDED}),
        auto=True,
        body=Body.LEGAL_AID_SERVICE,
        note_en=N_("Where irreparable harm threatens or a procedural deadline would expire."),
    ),
    Rule(
        id="public-delivery",
        name_en=N_("Delivery by public notice"),
        period=15,
        unit=Unit.DAYS,
        trigger=E.PUBLIC_NOTICE_POSTED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.NOBODY,
        cites=(_zup("78", 3),),
        confidence=Confidence.H,
        reminder_offsets=(),
        remedy_en=None,
        closed_by=frozenset(),
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_en=N_(
            "Nobody must act: delivery is deemed done when this day ends, and the "
            "appeal period counts from it."
        ),
    ),
    Rule(
        id="restoration",
        name_en=N_("Request for restoration (missed deadline)"),
        period=8,
        unit=Unit.DAYS,
        trigger=E.MISSED_DEADLINE_CAUSE_CEASED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(_zup("82", 1), _zup("83", 1, 2)),
        confidence=Confidence.H,
        reminder_offsets=SHORT_FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.RESTORATION_REQUESTED}),
        auto=True,
        body=Body.UNSPECIFIED,
        note_en=N_(
            "8 days from the cause ceasing (or from learning of the missed deadline), "
            "and never later than 3 months from the missed day, save force majeure. The missed "
            "filing is attached to the request (ZUP Art. 82(6))."
        ),
        limit=AbsoluteLimit(3, (_zup("83", 2),)),
    ),
    Rule(
        id="restoration-constitutional",
        name_en=N_("Request for restoration (constitutional appeal)"),
        period=15,
        unit=Unit.DAYS,
        trigger=E.MISSED_DEADLINE_CAUSE_CEASED,
        chained_from=(),
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        cites=(Cite(Law.ZUSUD, "84", (2, 3)),),
        confidence=Confidence.H,
        reminder_offsets=FILING_REMINDERS,
        remedy_en=None,
        closed_by=frozenset({E.RESTORATION_REQUESTED, E.CONSTITUTIONAL_APPEAL_FILED}),
        auto=True,
        body=Body.CONSTITUTIONAL_COURT,
        note_en=N_(
            "The constitutional appeal is lodged together with the request (Law on the "
            "Constitutional Court Art. 84(2))."
        ),
        limit=AbsoluteLimit(3, (Cite(Law.ZUSUD, "84", (3,)),), required=True),
    ),
)


_BY_ID: dict[str, Rule] = {rule.id: rule for rule in _CATALOGUE}


def catalogue() -> tuple[Rule, ...]:
    """Every rule of DOMAIN.md, in the table's order."""
    return _CATALOGUE


def get_rule(rule_id: str) -> Rule:
    """The rule with this id, or UnknownRuleError suggesting the nearest id."""
    rule = _BY_ID.get(rule_id)
    if rule is None:
        raise UnknownRuleError(rule_id, tuple(_BY_ID))
    return rule


# The appeal against a first-instance decision on the merits, per procedure: 15 days in
# the regular procedure (ZAPZ Art. 95(1)), 8 in the accelerated one (Art. 40(5)), which
# also decides an admitted subsequent application (Art. 40(1)(5)), 5 at the border
# (Art. 41(7)). A dismissal takes 8 days (Art. 42(4)) except at the border, where every
# decision takes the border's shorter 5.
_MERITS_APPEAL: dict[Procedure, str] = {
    P.REGULAR: "appeal-regular",
    P.ACCELERATED: "appeal-accelerated",
    P.SUBSEQUENT: "appeal-accelerated",
    P.BORDER: "appeal-border",
}
_DISMISSAL_APPEAL: dict[Procedure, str] = {
    P.REGULAR: "appeal-dismissal",
    P.ACCELERATED: "appeal-dismissal",
    P.SUBSEQUENT: "appeal-dismissal",
    P.BORDER: "appeal-border",
}
# Rules chosen by the decision's outcome or the missed act, not by the event alone.
_CHOSEN: frozenset[str] = frozenset(
    {*_MERITS_APPEAL.values(), *_DISMISSAL_APPEAL.values(), "appeal-subsequent-inadmissible",
     "restoration", "restoration-constitutional"}
)  # fmt: skip


def appeal_rule_for(procedure: Procedure, outcome: Outcome | None) -> Rule | None:
    """The appeal a first-instance decision opens (DOMAIN.md principle 2), or None for a
    grant. With the outcome not recorded, the rule with the shortest period any outcome
    could give in this procedure (principle 1)."""
    if outcome is Outcome.GRANTED:
        return None
    if procedure not in _MERITS_APPEAL:
        # "Detention" says where the applicant is, not which asylum procedure decides:
        # the procedure is not known, so the shortest appeal of any (principle 1).
        return min(
            (appeal_rule_for(p, outcome) for p in _MERITS_APPEAL),
            key=lambda r: r.period if r is not None else 0,
        )
    merits = _BY_ID[_MERITS_APPEAL[procedure]]
    dismissal = _BY_ID[_DISMISSAL_APPEAL[procedure]]
    if outcome is None:
        return min((merits, dismissal), key=lambda r: r.period)
    return dismissal if outcome.dismissal else merits


class Planned(NamedTuple):
    """One deadline an event opens: its rule, the rule it is chained to (its day 0 is
    that rule's end), and whether the period was taken as the shortest because the
    decision's outcome is not recorded."""

    rule: Rule
    parent: str | None
    outcome_unknown: bool = False
    procedure_unknown: bool = False


def plan_event(
    event: EventKind,
    procedure: Procedure,
    outcome: Outcome | None = None,
    missed_rule: str | None = None,
) -> tuple[Planned, ...]:
    """Every deadline `event` opens in a case of `procedure`, parents before the rules
    chained to them. A first-instance decision's appeal follows its `outcome` (also when
    delivered by public notice); a restoration follows the act missed (`missed_rule`:
    the Constitutional Court has its own, Law on the Constitutional Court Art. 84(2))."""
    planned: list[Planned] = [
        Planned(rule, None)
        for rule in _CATALOGUE
        if rule.auto and rule.id not in _CHOSEN and rule.applies_to(event, procedure)
    ]
    unknown = outcome is None
    no_procedure = procedure not in _MERITS_APPEAL
    if event is E.DECISION_DELIVERED:
        appeal = appeal_rule_for(procedure, outcome)
        if appeal is not None:
            planned.append(Planned(appeal, None, unknown, no_procedure))
    elif event is E.PUBLIC_NOTICE_POSTED:
        appeal = appeal_rule_for(procedure, outcome)
        if appeal is not None:
            planned.append(Planned(appeal, "public-delivery", unknown, no_procedure))
    elif event is E.MISSED_DEADLINE_CAUSE_CEASED:
        which = (
            "restoration-constitutional"
            if missed_rule == "constitutional-appeal"
            else ("restoration")
        )
        planned.append(Planned(_BY_ID[which], None))
    index = 0
    while index < len(planned):
        parent = planned[index].rule.id
        planned.extend(
            Planned(rule, parent)
            for rule in _CATALOGUE
            if rule.auto and parent in rule.chained_from
        )
        index += 1
    return tuple(planned)


def slot(rule_id: str) -> str:
    """The obligation a rule stands for within one event: the first-instance appeal, the
    Office's decision, a restoration. When a fact changes (the outcome, the procedure,
    the act missed) the rule of a slot may change while the obligation stays the same."""
    if rule_id in _MERITS_APPEAL.values() or rule_id in _DISMISSAL_APPEAL.values():
        return "first-instance-appeal"
    if rule_id == "appeal-subsequent-inadmissible":
        return "first-instance-appeal"
    if rule_id in ("decision-regular", "decision-accelerated", "decision-border"):
        return "first-instance-decision"
    if rule_id in ("restoration", "restoration-constitutional"):
        return "restoration"
    return rule_id


def procedure_unknown(rule_id: str, procedure: Procedure | str) -> bool:
    """True where a deadline of `rule_id` took the shortest period because the case's
    asylum procedure is not known (a detention case's appeal, a discontinuation)."""
    rule = get_rule(rule_id)
    if rule.by_procedure:
        return procedure not in {which for which, _p, _c in rule.by_procedure}
    return slot(rule_id) == "first-instance-appeal" and procedure not in _MERITS_APPEAL


def rules_triggered_by(
    event: EventKind, procedure: Procedure, outcome: Outcome | None = None
) -> tuple[Rule, ...]:
    """The automatic rules that `event` starts in a case of `procedure` (not chained ones)."""
    return tuple(p.rule for p in plan_event(event, procedure, outcome) if p.parent is None)


def rules_chained_from(rule_id: str) -> tuple[Rule, ...]:
    """The rules whose day 0 is the due date of `rule_id`."""
    get_rule(rule_id)
    return tuple(rule for rule in _CATALOGUE if rule_id in rule.chained_from)


__all__ = [
    "LEGAL_MODEL",
    "AbsoluteLimit",
    "AlsoTriggeredBy",
    "Binds",
    "Confidence",
    "Counting",
    "Planned",
    "Rule",
    "Transitional",
    "Unit",
    "appeal_rule_for",
    "catalogue",
    "get_rule",
    "period_words",
    "plan_event",
    "procedure_unknown",
    "rules_chained_from",
    "rules_triggered_by",
    "slot",
]


def period_words(period: int, unit: Unit, lang: Lang) -> str:
    """'15 dana', '3 meseca', '72 časa' / '15 days', '3 months', '72 hours', with the
    plural form from the catalogue. (Here, not in the engine: listing the rules must not
    load the calendar.)"""
    if unit is Unit.DAYS:
        words = counted(period, "{n} day", "{n} days")
    elif unit is Unit.HOURS:
        words = counted(period, "{n} hour", "{n} hours")
    else:
        words = counted(period, "{n} month", "{n} months")
    return words.text(lang)
