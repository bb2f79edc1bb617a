"""The office's report for a period, computed from plain rows (issue 15): persons given legal
aid, filings, outcomes, the team's deadlines, how late the authorities decide, brief
services, workshops and outreach, and progress against the project's targets.

Pure functions over tuples the use case reads in a few bulk queries
(`casework.usecases.reports`), so the figures are tested without a database and the
report stays fast on a 10,000-case office. The definitions, decided once here:

- **Legal aid**: a client is counted once when, in the period, an event happened on
  one of their cases (its date, not when it was typed), a filing was generated for them,
  or a deadline of theirs (the team's own) was met. Their age is taken **at their first
  such act in the period**: a child helped in January who turns 18 in June was helped as a
  child. From the birth date; from the birth year alone as that year's birthday (the
  year's difference); unknown when neither is recorded.
- **The team's deadlines** (binds the party) count in the period of their **due date**:
  met on time (done, and met on or before the due date), met late (done after it),
  missed, waived (by a person; one a recorded fact made moot is left out), or still
  open. A deadline is met on the date of the event that
  fulfilled it (the appeal's filing), else on the day it was marked done: mark a
  deadline done by recording the filing, not weeks later by hand.
- **Authority delays** (binds the authority) count in the period of the **decision**:
  a decision is dated by the act's own date where recorded, else by its delivery, else
  by the day the deadline was marked done. Days late = decision − legal due date, in
  calendar days. The median and the longest are over the **late decisions only**: the
  figure an advocacy report quotes ("when late, a median of 45 days past the limit").
  Deadlines with no decision yet at the period's end, their due date passed, are
  counted apart ("waiting", with the longest wait), to the period's end or to today,
  whichever comes first, and only in cases the office still follows (an open case).
- **Donor exports**: a count from 1 to 4 is shown as "<5" so that no person can be
  recognised; 0 stays 0 (it describes nobody). A share computed from a hidden count is
  hidden too, and the list of cases behind the delays is left out.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from casework.vocabulary import AgeGroup, DeadlineStatus, age_group

UNKNOWN = "unknown"
HIDDEN = "<5"  # what a donor sees for a count from 1 to 4

# The stable keys of the team's deadline figures (JSON, the XLSX, the screen).
DEADLINE_KEYS: tuple[str, ...] = ("met_on_time", "met_late", "missed", "waived", "open")
VULNERABILITY_KEYS: tuple[str, ...] = ("unaccompanied_minor", "medical", "trauma", "none")
AGE_KEYS: tuple[str, ...] = (*(g.value for g in AgeGroup), UNKNOWN)
# The decisions whose outcomes are counted, by the instance that took them.
INSTANCES: dict[str, tuple[str, ...]] = {
    "first-instance": ("decision-delivered", "public-notice-posted"),
    "commission": ("commission-decision-delivered",),
    "court": ("judgment-delivered",),
}


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(frozen=True)
class ClientFacts:
    """What the report needs of a client (never a name)."""

    nationality: str | None
    sex: str | None
    birth_date: dt.date | None
    birth_year: int | None
    unaccompanied_minor: bool = False
    medical: bool = False
    trauma: bool = False


@dataclass(frozen=True)
class LegalAid:
    persons: int
    by_nationality: dict[str, int]
    by_sex: dict[str, int]
    by_age_group: dict[str, int]
    by_vulnerability: dict[str, int]


@dataclass(frozen=True)
class PartyDeadline:
    """One of the team's deadlines: its due date, status and the day it was met."""

    due: dt.date
    status: str
    met_on: dt.date | None
    by_event: bool = False  # closed by a recorded event (a waiver then means: made moot)


@dataclass(frozen=True)
class Decision:
    """An authority's deadline whose decision came (or is still awaited: `decided` None)."""

    rule_id: str
    case_id: int
    office_ref: str | None
    due: dt.date
    decided: dt.date | None

    waited: int = 0  # no decision at the period's end: days past the due date by then

    @property
    def days_late(self) -> int:
        """Past the due date: by the decision, or (none yet) by the period's end."""
        return max(0, (self.decided - self.due).days) if self.decided else self.waited


@dataclass(frozen=True)
class AuthorityDelay:
    rule_id: str
    decided: int
    late: int
    median_days_late: float | None
    max_days_late: int | None
    waiting: int  # no decision yet at the period's end, past the due date
    max_days_waiting: int | None  # the longest of those waits, to the period's end
    cases: tuple[Decision, ...]  # the decisions behind the figures, latest first
    waiting_cases: tuple[Decision, ...] = ()  # those still awaited (`decided` None)


@dataclass(frozen=True)
class BriefFigures:
    count: int
    by_nationality: dict[str, int]
    by_sex: dict[str, int]
    by_age_group: dict[str, int]
    became_clients: int


@dataclass(frozen=True)
class Target:
    key: str  # the setting: target_legal_aid, ...
    figure: int
    target: int

    @property
    def progress(self) -> float:
        return self.figure / self.target if self.target else 0.0


@dataclass(frozen=True)
class Report:
    period: Period
    legal_aid: LegalAid
    filings: dict[str, int]
    outcomes: dict[str, dict[str, int]]
    deadlines: dict[str, int]
    authority_delays: dict[str, AuthorityDelay]
    brief_services: BriefFigures
    workshops: dict[str, int]  # count, participants, women, minors
    outreach: dict[str, int]  # count, people_reached
    targets: tuple[Target, ...] = field(default=())


# ---------------------------------------------------------------------- the figures


def age_on(day: dt.date, birth_date: dt.date | None, birth_year: int | None) -> int | None:
    """Age in whole years on `day`; from the year alone, the difference of the years."""
    if birth_date is not None:
        before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
        return day.year - birth_date.year - int(before_birthday)
    if birth_year is not None:
        return day.year - birth_year
    return None


def largest_first(counter: Mapping[str, int]) -> dict[str, int]:
    """Largest first, then by name: the order a table and a chart read best in."""
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def legal_aid(acts: Iterable[tuple[int, dt.date]], clients: Mapping[int, ClientFacts]) -> LegalAid:
    """Distinct clients with at least one act (client id, day); see the module's rules."""
    first: dict[int, dt.date] = {}
    for client_id, day in acts:
        if client_id not in first or day < first[client_id]:
            first[client_id] = day
    nationality: Counter[str] = Counter()
    sex: Counter[str] = Counter()
    ages: Counter[str] = Counter({k: 0 for k in AGE_KEYS})
    vulnerable: Counter[str] = Counter({k: 0 for k in VULNERABILITY_KEYS})
    for client_id, day in first.items():
        c = clients.get(client_id) or ClientFacts(None, None, None, None)
        nationality[(c.nationality or "").strip() or UNKNOWN] += 1
        sex[c.sex or UNKNOWN] += 1
        group = age_group(age_on(day, c.birth_date, c.birth_year))
        ages[group.value if group else UNKNOWN] += 1
        flags = [("unaccompanied_minor", c.unaccompanied_minor), ("medical", c.medical),
                 ("trauma", c.trauma)]  # fmt: skip
        for key, on in flags:
            vulnerable[key] += int(on)
        if not any(on for _key, on in flags):
            vulnerable["none"] += 1
    return LegalAid(
        persons=len(first),
        by_nationality=largest_first(nationality),
        by_sex={k: sex[k] for k in ("m", "f", UNKNOWN)},
        by_age_group={k: ages[k] for k in AGE_KEYS},
        by_vulnerability={k: vulnerable[k] for k in VULNERABILITY_KEYS},
    )


def classify(d: PartyDeadline) -> str:
    """met_on_time, met_late, missed, waived, moot or open (see the module's rules)."""
    if d.status == DeadlineStatus.DONE:
        return "met_late" if d.met_on is not None and d.met_on > d.due else "met_on_time"
    if d.status == DeadlineStatus.WAIVED and d.by_event:
        return "moot"  # e.g. appeal-silence once the decision came: never the team's to meet
    if d.status in (DeadlineStatus.MISSED, DeadlineStatus.WAIVED):
        return str(d.status)
    return "open"


def team_deadlines(deadlines: Iterable[PartyDeadline], period: Period) -> dict[str, int]:
    """The team's deadlines due in the period, by what became of them (those a later
    fact made moot are left out: nobody had to meet them)."""
    counts = Counter(classify(d) for d in deadlines if d.due in period)
    return {k: counts[k] for k in DEADLINE_KEYS}


def authority_delays(
    decisions: Iterable[Decision], period: Period, as_of: dt.date | None = None
) -> dict[str, AuthorityDelay]:
    """For each authority rule: decisions in the period, how many late, median and longest
    delay over the late ones, and those with no decision at the period's end past their
    due date. A period that runs past `as_of` (today) is counted to `as_of`: a wait is
    never measured to a day that has not come (an advocacy figure must hold)."""
    end = min(period.end, as_of) if as_of is not None else period.end
    by_rule: dict[str, list[Decision]] = {}
    waiting: dict[str, list[Decision]] = {}
    for d in decisions:
        if d.decided is None or d.decided > end:  # no decision yet at the period's end
            if d.due < end:
                waited = Decision(d.rule_id, d.case_id, d.office_ref, d.due, None,
                                  (end - d.due).days)  # fmt: skip
                waiting.setdefault(d.rule_id, []).append(waited)
                by_rule.setdefault(d.rule_id, [])
        elif d.decided in period:
            by_rule.setdefault(d.rule_id, []).append(d)
    out: dict[str, AuthorityDelay] = {}
    for rule_id in sorted(by_rule):
        rows = by_rule[rule_id]
        late = [d.days_late for d in rows if d.days_late > 0]
        out[rule_id] = AuthorityDelay(
            rule_id=rule_id,
            decided=len(rows),
            late=len(late),
            median_days_late=float(statistics.median(late)) if late else None,
            max_days_late=max(late) if late else None,
            waiting=len(waits := waiting.get(rule_id, [])),
            max_days_waiting=max((d.waited for d in waits), default=None),
            cases=tuple(sorted(rows, key=_longest_first)),
            waiting_cases=tuple(sorted(waits, key=_longest_first)),
        )
    return out


def _longest_first(d: Decision) -> tuple[int, dt.date, int]:
    return (-d.days_late, d.due, d.case_id)


def brief_figures(
    rows: Iterable[tuple[str, str, str | None, int | None]],
) -> BriefFigures:
    """Brief services from (nationality, sex, age group, client id) rows."""
    nationality: Counter[str] = Counter()
    sex: Counter[str] = Counter()
    ages: Counter[str] = Counter({k: 0 for k in AGE_KEYS})
    count = clients = 0
    for nat, s, group, client_id in rows:
        count += 1
        nationality[nat.strip() or UNKNOWN] += 1
        sex[s] += 1
        ages[group or UNKNOWN] += 1
        clients += client_id is not None
    return BriefFigures(
        count=count,
        by_nationality=largest_first(nationality),
        by_sex={k: sex[k] for k in ("m", "f")},
        by_age_group={k: ages[k] for k in AGE_KEYS},
        became_clients=clients,
    )


def outcomes(rows: Iterable[tuple[str, str | None, int]]) -> dict[str, dict[str, int]]:
    """Decisions by instance and outcome from (event kind, outcome, count) rows; an
    outcome not recorded (the Commission's and courts' are not) is "unknown"."""
    instance_of = {kind: inst for inst, kinds in INSTANCES.items() for kind in kinds}
    out: dict[str, Counter[str]] = {inst: Counter() for inst in INSTANCES}
    for kind, outcome, n in rows:
        out[instance_of[kind]][outcome or UNKNOWN] += n
    return {inst: largest_first(c) for inst, c in out.items()}


def targets(report_figures: Mapping[str, int], settings: Mapping[str, int]) -> tuple[Target, ...]:
    """The project's targets (office settings) beside the period's figures."""
    return tuple(Target(key, report_figures[key], settings[key]) for key in settings)


def target_figures(
    aid: LegalAid, briefs: BriefFigures, workshops: Mapping[str, int], outreach: Mapping[str, int]
) -> dict[str, int]:
    """Which figure each target measures."""
    return {
        "target_legal_aid": aid.persons,
        "target_brief_services": briefs.count,
        "target_workshops": workshops["count"],
        "target_people_reached": outreach["people_reached"],
    }


# ---------------------------------------------------------------------- donors and JSON


def mask(n: int, donor: bool) -> int | str:
    """A count as a donor may see it: 1–4 become "<5"; 0 and 5 or more stay."""
    return HIDDEN if donor and 0 < n < 5 else n


def _masked(counts: Mapping[str, int], donor: bool) -> dict[str, int | str]:
    return {k: mask(v, donor) for k, v in counts.items()}


def to_json(report: Report, donor: bool = False) -> dict[str, Any]:
    """The report as JSON (the `azil report --json` contract); for a donor every count
    from 1 to 4 is "<5" and the cases behind the delays are left out."""
    aid = report.legal_aid
    briefs = report.brief_services
    out: dict[str, Any] = {
        "schema": "azil.report/1",
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "donor": donor,
        "legal_aid": {
            "persons": mask(aid.persons, donor),
            "by_nationality": _masked(aid.by_nationality, donor),
            "by_sex": _masked(aid.by_sex, donor),
            "by_age_group": _masked(aid.by_age_group, donor),
            "by_vulnerability": _masked(aid.by_vulnerability, donor),
        },
        "filings": _masked(report.filings, donor),
        "outcomes": {inst: _masked(c, donor) for inst, c in report.outcomes.items()},
        "deadlines": _masked(report.deadlines, donor),
        "authority_delays": {},
        "brief_services": {
            "count": mask(briefs.count, donor),
            "by_nationality": _masked(briefs.by_nationality, donor),
            "by_sex": _masked(briefs.by_sex, donor),
            "by_age_group": _masked(briefs.by_age_group, donor),
            "became_clients": mask(briefs.became_clients, donor),
        },
        "workshops": _masked(report.workshops, donor),
        "outreach": _masked(report.outreach, donor),
        "targets": {},
    }
    for rule_id, d in report.authority_delays.items():
        row: dict[str, Any] = {
            "decided": mask(d.decided, donor),
            "late": mask(d.late, donor),
            "median_days_late": d.median_days_late,
            "max_days_late": d.max_days_late,
            "waiting": mask(d.waiting, donor),
            "max_days_waiting": d.max_days_waiting,
        }
        if not donor:  # decided null: still awaited, days late counted as `waiting` is
            row["cases"] = [
                {"case": c.case_id, "office_ref": c.office_ref, "due": c.due.isoformat(),
                 "decided": c.decided.isoformat() if c.decided else None,
                 "days_late": c.days_late}
                for c in (*d.cases, *d.waiting_cases)
            ]  # fmt: skip
        out["authority_delays"][rule_id] = row
    for t in report.targets:
        shown = mask(t.figure, donor)
        out["targets"][t.key] = {
            "figure": shown,
            "target": t.target,
            "progress": None if shown == HIDDEN else round(t.progress, 4),
        }
    return out


__all__ = [
    "AGE_KEYS",
    "DEADLINE_KEYS",
    "HIDDEN",
    "INSTANCES",
    "UNKNOWN",
    "VULNERABILITY_KEYS",
    "AuthorityDelay",
    "BriefFigures",
    "ClientFacts",
    "Decision",
    "LegalAid",
    "PartyDeadline",
    "Period",
    "Report",
    "Target",
    "age_on",
    "authority_delays",
    "brief_figures",
    "classify",
    "largest_first",
    "legal_aid",
    "mask",
    "outcomes",
    "target_figures",
    "targets",
    "team_deadlines",
    "to_json",
]
