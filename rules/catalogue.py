"""Every statutory time limit of the asylum procedure, declared as data (DOMAIN.md table).

One record per rule, in the table's order. Counting policies are named values; the engine
has no branch on a rule id. Ids are stable: the CLI, the database and the templates use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rules.errors import UnknownRuleError
from rules.vocabulary import Body, EventKind, Procedure


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
    """Who must act by the due date: the party (a filing) or the authority (a decision)."""

    PARTY = "party"
    AUTHORITY = "authority"


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
class AlsoTriggeredBy:
    """A further event that starts the rule (decision-regular after a subsequent admission)."""

    event: EventKind
    procedures: frozenset[Procedure] = frozenset()


@dataclass(frozen=True, slots=True)
class Rule:
    """One statutory time limit: what starts it, how long, how it counts, its basis."""

    id: str
    name_sr: str
    name_en: str
    period: int
    unit: Unit
    trigger: EventKind | None
    chained_from: str | None
    procedures: frozenset[Procedure]  # empty: any procedure
    counting: Counting
    binds: Binds
    basis: str
    confidence: Confidence
    reminder_offsets: tuple[int, ...]  # days before due; (-1,) = the day after it passes
    remedy_sr: str | None
    remedy_en: str | None
    closed_by: frozenset[EventKind]
    auto: bool
    body: Body  # whose closure days extend it (see Body)
    note_sr: str | None = None
    note_en: str | None = None
    also_triggered_by: tuple[AlsoTriggeredBy, ...] = ()
    transitional: Transitional | None = None

    def period_for(self, trigger: date) -> int:
        """The period that applies to this trigger (only transitional rules differ)."""
        if self.transitional is not None and trigger < self.transitional.before:
            return self.transitional.period
        return self.period

    def applies_to(self, event: EventKind, procedure: Procedure) -> bool:
        """Whether `event` in a case of `procedure` starts this rule."""
        if self.trigger == event and (not self.procedures or procedure in self.procedures):
            return True
        return any(
            extra.event == event and (not extra.procedures or procedure in extra.procedures)
            for extra in self.also_triggered_by
        )


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

_SILENCE_SR = (
    "Žalba Komisiji za azil zbog ćutanja uprave (čl. 151. st. 3. ZUP), "
    "podneta preko Kancelarije za azil."
)
_SILENCE_EN = (
    "Appeal to the Asylum Commission for administrative silence (ZUP Art. 151(3)), "
    "lodged through the Asylum Office."
)
_DECIDED = frozenset({E.DECISION_DELIVERED, E.DISCONTINUATION_DELIVERED})
_LEGAL_AID_SR = (
    "Ćutanje organa smatra se odbijanjem zahteva (čl. 32. ZBPP): osporite prećutno "
    "odbijanje ili obezbedite pravnu pomoć na drugi način."
)
_LEGAL_AID_EN = (
    "Silence counts as a refusal of the request (ZBPP Art. 32): challenge the deemed "
    "refusal or arrange legal aid another way."
)


def _decision(
    rule_id: str, suffix_sr: str, suffix_en: str, months: int, confidence: Confidence, auto: bool
) -> Rule:
    """The ZAPZ Art. 39 family: same trigger and remedy, different lengths."""
    return Rule(
        id=rule_id,
        name_sr=f"Odluka u redovnom postupku{suffix_sr}",
        name_en=f"Decision in the regular procedure{suffix_en}",
        period=months,
        unit=Unit.MONTHS,
        trigger=E.APPLICATION_LODGED,
        chained_from=None,
        procedures=REGULAR_OR_DETENTION,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZAPZ Art. 39",
        confidence=confidence,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr=_SILENCE_SR,
        remedy_en=_SILENCE_EN,
        closed_by=_DECIDED,
        auto=auto,
        body=Body.ASYLUM_OFFICE,
        note_sr=None if auto else "Računa se samo kada Kancelarija produži rok.",
        note_en=None if auto else "Computed only when the Office extends the time limit.",
        # Day 0 is also the admission of a subsequent application (ZAPZ Art. 46).
        also_triggered_by=(AlsoTriggeredBy(E.SUBSEQUENT_ADMITTED),) if auto else (),
    )


def _appeal(
    rule_id: str,
    name_sr: str,
    name_en: str,
    days: int,
    trigger: EventKind,
    procedures: frozenset[Procedure],
    basis: str,
    confidence: Confidence,
    note_sr: str | None = None,
    note_en: str | None = None,
    body: Body = Body.ASYLUM_OFFICE,
) -> Rule:
    """A party's appeal: days from delivery, extended, fulfilled by filing the appeal.

    Appeals to the Commission are lodged through the Asylum Office (its closures count).
    """
    return Rule(
        id=rule_id,
        name_sr=name_sr,
        name_en=name_en,
        period=days,
        unit=Unit.DAYS,
        trigger=trigger,
        chained_from=None,
        procedures=procedures,
        counting=EXTEND,
        binds=Binds.PARTY,
        basis=basis,
        confidence=confidence,
        reminder_offsets=FILING_REMINDERS if days > 7 else SHORT_FILING_REMINDERS,
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.APPEAL_FILED}),
        auto=True,
        body=body,
        note_sr=note_sr,
        note_en=note_en,
    )


_CATALOGUE: tuple[Rule, ...] = (
    Rule(
        id="report-to-centre",
        name_sr="Javljanje u centar za azil",
        name_en="Reporting to the asylum centre",
        period=72,
        unit=Unit.HOURS,
        trigger=E.REGISTRATION,
        chained_from=None,
        procedures=ANY,
        counting=NO_EXTENSION,
        binds=Binds.PARTY,
        basis="ZAPZ Art. 35",
        confidence=Confidence.M,
        reminder_offsets=(1, 0),
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.REPORTED_TO_CENTRE}),
        auto=True,
        body=Body.ASYLUM_CENTRE,
        note_sr="Rok teče od izdavanja potvrde o registraciji (datum i čas), neprekidno.",
        note_en="Runs from the issue of the registration certificate (date and time), "
        "continuously.",
    ),
    Rule(
        id="lodging-office",
        name_sr="Omogućavanje podnošenja zahteva za azil",
        name_en="Office to enable lodging of the asylum application",
        period=15,
        unit=Unit.DAYS,
        trigger=E.REGISTRATION,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZAPZ Art. 36",
        confidence=Confidence.M,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr="Tražilac može sam podneti zahtev u roku od 8 dana (čl. 36. ZAPZ).",
        remedy_en="The applicant may lodge the application on their own initiative within "
        "8 days (ZAPZ Art. 36).",
        closed_by=frozenset({E.APPLICATION_LODGED}),
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    Rule(
        id="lodging-own-initiative",
        name_sr="Podnošenje zahteva na sopstvenu inicijativu",
        name_en="Lodging the application on one's own initiative",
        period=8,
        unit=Unit.DAYS,
        trigger=None,
        chained_from="lodging-office",
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        basis="ZAPZ Art. 36",
        confidence=Confidence.M,
        reminder_offsets=FILING_REMINDERS,
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.APPLICATION_LODGED}),
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_sr="Dan 0 je dan isteka roka 'lodging-office' (ako Kancelarija nije omogućila "
        "podnošenje zahteva).",
        note_en="Day 0 is the due date of 'lodging-office' (if the Office did not enable lodging).",
    ),
    _decision("decision-regular", "", "", 3, Confidence.H, auto=True),
    _decision(
        "decision-regular-extended", " (produženi rok)", " (extended)", 6, Confidence.M, False
    ),
    _decision(
        "decision-regular-exceptional",
        " (izuzetno produženi rok)",
        " (exceptionally extended)",
        9,
        Confidence.M,
        False,
    ),
    _decision("decision-regular-max", " (najduži rok)", " (maximum)", 12, Confidence.M, False),
    Rule(
        id="decision-accelerated",
        name_sr="Odluka u ubrzanom postupku",
        name_en="Decision in the accelerated procedure",
        period=30,
        unit=Unit.DAYS,
        trigger=E.APPLICATION_LODGED,
        chained_from=None,
        procedures=frozenset({P.ACCELERATED}),
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZAPZ Art. 40",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr=_SILENCE_SR,
        remedy_en=_SILENCE_EN,
        closed_by=_DECIDED,
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    Rule(
        id="decision-border",
        name_sr="Odluka u postupku na granici",
        name_en="Decision in the border procedure",
        period=28,
        unit=Unit.DAYS,
        trigger=E.APPLICATION_LODGED,
        chained_from=None,
        procedures=frozenset({P.BORDER}),
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZAPZ Art. 41",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr="Tražiocu se mora omogućiti ulazak u Republiku Srbiju, a o zahtevu se "
        "odlučuje u redovnom postupku (čl. 41. ZAPZ).",
        remedy_en="The applicant must be let into Serbia and the application is decided in "
        "the regular procedure (ZAPZ Art. 41).",
        closed_by=_DECIDED,
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    Rule(
        id="admissibility-subsequent",
        name_sr="Odluka o dopuštenosti naknadnog zahteva",
        name_en="Admissibility of a subsequent application",
        period=15,
        unit=Unit.DAYS,
        trigger=E.SUBSEQUENT_APPLICATION_LODGED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZAPZ Art. 46",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr=_SILENCE_SR,
        remedy_en=_SILENCE_EN,
        closed_by=_DECIDED | {E.SUBSEQUENT_ADMITTED},
        auto=True,
        body=Body.ASYLUM_OFFICE,
    ),
    _appeal(
        "appeal-regular",
        "Žalba (redovni postupak)",
        "Appeal (regular procedure)",
        15,
        E.DECISION_DELIVERED,
        REGULAR_OR_DETENTION,
        "ZAPZ (appeal article), ZUP",
        Confidence.M,
        note_sr="Važi i za odbacivanje zbog sigurne treće zemlje.",
        note_en="Also for inadmissibility on safe third country grounds.",
    ),
    _appeal(
        "appeal-accelerated",
        "Žalba (ubrzani postupak)",
        "Appeal (accelerated procedure)",
        8,
        E.DECISION_DELIVERED,
        frozenset({P.ACCELERATED}),
        "ZAPZ Art. 40",
        Confidence.H,
    ),
    _appeal(
        "appeal-border",
        "Žalba (postupak na granici)",
        "Appeal (border procedure)",
        5,
        E.DECISION_DELIVERED,
        frozenset({P.BORDER}),
        "ZAPZ Art. 41",
        Confidence.H,
    ),
    _appeal(
        "appeal-subsequent-inadmissible",
        "Žalba protiv odbacivanja naknadnog zahteva",
        "Appeal against dismissal of a subsequent application",
        8,
        E.DECISION_DELIVERED,
        frozenset({P.SUBSEQUENT}),
        "ZAPZ Art. 42(4)",
        Confidence.H,
    ),
    _appeal(
        "appeal-discontinuation",
        "Žalba protiv rešenja o obustavi postupka",
        "Appeal against a discontinuation decision",
        15,
        E.DISCONTINUATION_DELIVERED,
        ANY,
        "ZAPZ Art. 47 + ZUP",
        Confidence.L,
        note_sr="Pravni osnov nije potvrđen: proverite rok u rešenju i u zakonu.",
        note_en="Legal basis unconfirmed: check the time limit in the decision and the law.",
    ),
    _appeal(
        "appeal-detention",
        "Žalba protiv rešenja o zadržavanju ili ograničenju kretanja",
        "Appeal against detention or restriction of movement",
        8,
        E.DETENTION_DECISION_DELIVERED,
        ANY,
        "ZAPZ Art. 78",
        Confidence.H,
        note_sr="Žalba se podnosi višem sudu i ne odlaže izvršenje.",
        note_en="Lies to the Higher Court; it does not suspend the decision.",
        body=Body.HIGHER_COURT,
    ),
    Rule(
        id="lawsuit-administrative-court",
        name_sr="Tužba Upravnom sudu",
        name_en="Lawsuit to the Administrative Court",
        period=30,
        unit=Unit.DAYS,
        trigger=E.COMMISSION_DECISION_DELIVERED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        basis="ZUS Art. 18(1)",
        confidence=Confidence.H,
        reminder_offsets=FILING_REMINDERS,
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.LAWSUIT_FILED}),
        auto=True,
        body=Body.ADMINISTRATIVE_COURT,
        note_sr="U stvarima azila tužba odlaže izvršenje.",
        note_en="In asylum matters the lawsuit suspends the decision.",
    ),
    Rule(
        id="silence-commission",
        name_sr="Rok Komisije za azil za odluku o žalbi",
        name_en="Asylum Commission's time to decide the appeal",
        period=60,
        unit=Unit.DAYS,
        trigger=E.APPEAL_RECEIVED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZUS Art. 19",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr="Ponovljeni zahtev (urgencija) Komisiji; ako ne odluči u roku od 7 dana od "
        "prijema, tužba Upravnom sudu zbog ćutanja uprave (čl. 19. ZUS).",
        remedy_en="Send the Commission a repeated request (urgency); if it does not decide "
        "within 7 days of receiving it, a lawsuit for administrative silence lies to the "
        "Administrative Court (ZUS Art. 19).",
        closed_by=frozenset({E.COMMISSION_DECISION_DELIVERED}),
        auto=True,
        body=Body.COMMISSION,
    ),
    Rule(
        id="silence-urgency",
        name_sr="Rok po ponovljenom zahtevu (urgenciji)",
        name_en="Time after the repeated request (urgency)",
        period=7,
        unit=Unit.DAYS,
        trigger=E.REPEATED_REQUEST_RECEIVED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZUS Art. 19",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr="Od narednog dana: tužba Upravnom sudu zbog ćutanja uprave (čl. 19. ZUS); "
        "ranije podneta tužba odbacuje se kao preuranjena.",
        remedy_en="From the next day: lawsuit to the Administrative Court for administrative "
        "silence (ZUS Art. 19); a lawsuit filed earlier is dismissed as premature.",
        closed_by=frozenset({E.COMMISSION_DECISION_DELIVERED}),
        auto=True,
        body=Body.COMMISSION,
    ),
    Rule(
        id="constitutional-appeal",
        name_sr="Ustavna žalba",
        name_en="Constitutional appeal",
        period=30,
        unit=Unit.DAYS,
        trigger=E.JUDGMENT_DELIVERED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        basis="ZUSud Art. 84",
        confidence=Confidence.M,
        reminder_offsets=FILING_REMINDERS,
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.CONSTITUTIONAL_APPEAL_FILED}),
        auto=True,
        body=Body.CONSTITUTIONAL_COURT,
        note_sr="Potrebno je posebno punomoćje koje navodi osporeni akt.",
        note_en="Needs a special power of attorney naming the contested act.",
    ),
    Rule(
        id="ecthr-application",
        name_sr="Predstavka Evropskom sudu za ljudska prava",
        name_en="Application to the European Court of Human Rights",
        period=4,
        unit=Unit.MONTHS,
        trigger=E.FINAL_DECISION_SERVED,
        chained_from=None,
        procedures=ANY,
        counting=NO_EXTENSION,  # Sabri Güneş v. Turkey [GC]
        binds=Binds.PARTY,
        basis="ECHR Art. 35(1)",
        confidence=Confidence.H,
        reminder_offsets=(30, 14, *FILING_REMINDERS),
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.ECTHR_APPLICATION_FILED}),
        auto=True,
        body=Body.ECTHR,
        note_sr="Rok od 6 meseci važi ako je konačna odluka doneta pre 1. februara 2022; "
        "odlučuje datum odluke, a alat koristi uneti dan 0: ako je odluka doneta pre tog "
        "datuma a dostavljena kasnije, izračunajte ručno. Rok se ne produžava na radni dan.",
        note_en="6 months apply where the final decision was taken before 1 February 2022; "
        "the decision's date is what counts, and the tool uses the day 0 entered: if the "
        "decision was taken before that date but served later, count by hand. Never "
        "extended to a working day.",
        transitional=Transitional(before=date(2022, 2, 1), period=6),
    ),
    Rule(
        id="legal-aid-decision",
        name_sr="Odluka o zahtevu za besplatnu pravnu pomoć",
        name_en="Decision on a free legal aid request",
        period=8,
        unit=Unit.DAYS,
        trigger=E.LEGAL_AID_REQUESTED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZBPP Art. 32",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr=_LEGAL_AID_SR,
        remedy_en=_LEGAL_AID_EN,
        closed_by=frozenset({E.LEGAL_AID_DECIDED}),
        auto=True,
        body=Body.LEGAL_AID_SERVICE,
        note_sr="Dan 0: prijem zahteva ili traženih dopunskih dokumenata.",
        note_en="Day 0: receipt of the request or of the supplementary documents asked for.",
    ),
    Rule(
        id="legal-aid-decision-urgent",
        name_sr="Odluka o zahtevu za besplatnu pravnu pomoć (hitno)",
        name_en="Decision on a free legal aid request (urgent)",
        period=3,
        unit=Unit.DAYS,
        trigger=E.LEGAL_AID_REQUESTED_URGENT,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.AUTHORITY,
        basis="ZBPP Art. 32",
        confidence=Confidence.H,
        reminder_offsets=AUTHORITY_REMINDERS,
        remedy_sr=_LEGAL_AID_SR,
        remedy_en=_LEGAL_AID_EN,
        closed_by=frozenset({E.LEGAL_AID_DECIDED}),
        auto=True,
        body=Body.LEGAL_AID_SERVICE,
        note_sr="Kada preti nenadoknadiva šteta ili istek procesnog roka.",
        note_en="Where irreparable harm threatens or a procedural deadline would expire.",
    ),
    Rule(
        id="public-delivery",
        name_sr="Dostavljanje javnim obaveštenjem",
        name_en="Delivery by public notice",
        period=15,
        unit=Unit.DAYS,
        trigger=E.PUBLIC_NOTICE_POSTED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        basis="ZUP Art. 78(3)",
        confidence=Confidence.H,
        reminder_offsets=(0,),
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset(),
        auto=True,
        body=Body.ASYLUM_OFFICE,
        note_sr="Dostavljanje se smatra izvršenim istekom poslednjeg dana; sledeći rok "
        "računa se od tog dana (upišite ga kao dan dostavljanja).",
        note_en="Delivery is deemed done at the end of the last day; the next period counts "
        "from that day (record it as the day of delivery).",
    ),
    Rule(
        id="restoration",
        name_sr="Predlog za povraćaj u pređašnje stanje",
        name_en="Request for restoration (missed deadline)",
        period=8,
        unit=Unit.DAYS,
        trigger=E.MISSED_DEADLINE_CAUSE_CEASED,
        chained_from=None,
        procedures=ANY,
        counting=EXTEND,
        binds=Binds.PARTY,
        basis="ZUP (restoration articles)",
        confidence=Confidence.L,
        reminder_offsets=SHORT_FILING_REMINDERS,
        remedy_sr=None,
        remedy_en=None,
        closed_by=frozenset({E.RESTORATION_REQUESTED}),
        auto=True,
        body=Body.UNSPECIFIED,
        note_sr="Apsolutni rok: najkasnije 3 meseca od propuštenog dana, bez obzira na "
        "prestanak uzroka. Pravni osnov nije potvrđen.",
        note_en="Absolute limit: at most 3 months from the missed day, whenever the cause "
        "ceased. Legal basis unconfirmed.",
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


def rules_triggered_by(event: EventKind, procedure: Procedure) -> tuple[Rule, ...]:
    """The automatic rules that `event` starts in a case of `procedure` (catalogue order)."""
    return tuple(rule for rule in _CATALOGUE if rule.auto and rule.applies_to(event, procedure))


def rules_chained_from(rule_id: str) -> tuple[Rule, ...]:
    """The rules whose day 0 is the due date of `rule_id`."""
    get_rule(rule_id)
    return tuple(rule for rule in _CATALOGUE if rule.chained_from == rule_id)


__all__ = [
    "AlsoTriggeredBy",
    "Binds",
    "Confidence",
    "Counting",
    "Rule",
    "Transitional",
    "Unit",
    "catalogue",
    "get_rule",
    "rules_chained_from",
    "rules_triggered_by",
]
