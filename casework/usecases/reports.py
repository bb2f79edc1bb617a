"""What the office reports to its donors (issue 15): brief services and workshops are
recorded here, and the report for a period is read in a few bulk queries (no case is
loaded as an object) and computed by `casework.reporting`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from casework import N_, Problem
from casework import reporting as rp
from casework.errors import NotFoundError, ValidationError
from casework.models import (
    Activity,
    ActivityKind,
    AgeGroup,
    BriefService,
    Case,
    Client,
    Deadline,
    DeadlineStatus,
    Document,
    Event,
    Setting,
    Sex,
)
from casework.permissions import Action
from casework.settings import REPORT_TARGETS
from casework.usecases.base import CaseworkBase
from casework.validation import check_enum, check_text
from casework.vocabulary import CaseStatus, age_group
from rules.catalogue import Binds

# The fields a refusal names, in words of the person's language.
_FIELDS: dict[str, str] = {
    "nationality": N_("nationality"),
    "sex": N_("sex"),
    "topic": N_("topic"),
    "place": N_("place"),
    "participants": N_("participants"),
    "women": N_("women"),
    "minors": N_("minors"),
}
_DECISION_KINDS = tuple(kind for kinds in rp.INSTANCES.values() for kind in kinds)
_CHUNK = 5000  # ids per IN (...) query: far below SQLite's and PostgreSQL's limits


class ReportUseCases(CaseworkBase):
    """Brief services, workshops and outreach; the report for a period."""

    # ------------------------------------------------------------------ recording
    def add_brief_service(
        self,
        given_on: dt.date,
        nationality: str,
        sex: str,
        topic: str,
        born: int | None = None,
        age_group_value: str | None = None,
        place: str | None = None,
        language: str | None = None,
        client_id: int | None = None,
        today: dt.date | None = None,
    ) -> BriefService:
        """Information or advice given to a person who is not a case; no name needed.
        A birth year gives the age group at the day of the service."""
        today = today or dt.date.today()
        problems: list[Problem] = []
        _not_future(given_on, today, problems)
        if sex:
            check_enum(Sex, sex, N_("sex"), problems, "sex")
        else:  # not chosen (the app's form): say so, not that "" is no sex
            problems.append(Problem.of(N_("{what} is needed"), "sex", what=_what("sex")))
        if born is not None and age_group_value is not None:
            problems.append(
                Problem.of(N_("give the year of birth or the age group, not both"), "age_group")
            )
        if age_group_value is not None:
            check_enum(AgeGroup, age_group_value, N_("age group"), problems, "age_group")
        if born is not None and not 1900 <= born <= given_on.year:
            problems.append(Problem.of(N_("birth year {year} is out of range"), "birth_year",
                                       year=born))  # fmt: skip
        texts = {"nationality": nationality, "topic": topic, "place": place, "language": language}
        for key, value in texts.items():
            if value is not None:
                check_text(BriefService, key, value.strip(), problems)
        for key in ("nationality", "topic"):
            if not texts[key] or not str(texts[key]).strip():
                problems.append(Problem.of(N_("{what} is needed"), key, what=_what(key)))
        if problems:
            raise ValidationError(problems=problems)
        group = age_group_value
        if born is not None:
            found = age_group(given_on.year - born)
            group = found.value if found else None
        with self._tx() as s:
            self._require(s, Action.BRIEF_RECORD, Problem(N_("record a brief service")))
            if client_id is not None and s.get(Client, client_id) is None:
                raise NotFoundError(N_("no client with id {id} (see: azil client list)"),
                                    id=client_id)  # fmt: skip
            row = BriefService(
                given_on=given_on, nationality=nationality.strip(), sex=sex, birth_year=born,
                age_group=group, topic=topic.strip(), place=_clean(place),
                language=_clean(language), client_id=client_id, recorded_by=self.actor_name,
            )  # fmt: skip
            s.add(row)
            s.flush()
            self._audit(s, "create", "brief_service", row.id, None, "given_on", None, given_on)
            return row

    def add_activity(
        self,
        kind: str,
        held_on: dt.date,
        place: str,
        topic: str,
        participants: int,
        women: int | None = None,
        minors: int | None = None,
        today: dt.date | None = None,
    ) -> Activity:
        """A workshop (participants, of them women and minors) or an outreach activity
        (participants = people reached)."""
        today = today or dt.date.today()
        problems: list[Problem] = []
        check_enum(ActivityKind, kind, N_("activity"), problems, "kind")
        _not_future(held_on, today, problems)
        for key, value in (("place", place), ("topic", topic)):
            check_text(Activity, key, value.strip(), problems)
            if not value.strip():
                problems.append(Problem.of(N_("{what} is needed"), key, what=_what(key)))
        for key, n in (("participants", participants), ("women", women), ("minors", minors)):
            if n is not None and n < 0:
                problems.append(Problem.of(N_("{what} cannot be negative"), key, what=_what(key)))
            elif n is not None and key != "participants" and n > participants:
                problems.append(
                    Problem.of(
                        N_(
                            "the number of {what} ({n}) cannot exceed the number of "
                            "participants ({total})"
                        ),
                        key, what=_what(key), n=n, total=participants,
                    )
                )  # fmt: skip
        if problems:
            raise ValidationError(problems=problems)
        with self._tx() as s:
            self._require(s, Action.ACTIVITY_RECORD, Problem(N_("record a workshop")))
            row = Activity(
                kind=kind, held_on=held_on, place=place.strip(), topic=topic.strip(),
                participants=participants, women=women, minors=minors,
                recorded_by=self.actor_name,
            )  # fmt: skip
            s.add(row)
            s.flush()
            self._audit(s, "create", "activity", row.id, None, "held_on", None, held_on)
            return row

    # ------------------------------------------------------------------ the report
    def report_targets(self) -> dict[str, int]:
        """The project's targets (office settings), the NGO's numbers where none is set."""
        with self._tx() as s:
            stored = {r.key: r.value for r in s.scalars(
                select(Setting).where(Setting.key.in_(REPORT_TARGETS)))}  # fmt: skip
        return {k: int(stored.get(k) or v) for k, v in REPORT_TARGETS.items()}

    def default_report_period(self, today: dt.date | None = None) -> rp.Period:
        """The project's period where the office set one, else this year to date."""
        today = today or dt.date.today()
        start = self.get_setting("project_start")
        end = self.get_setting("project_end")
        if start:
            begin = dt.date.fromisoformat(start)
            return rp.Period(begin, dt.date.fromisoformat(end) if end else max(today, begin))
        return rp.Period(dt.date(today.year, 1, 1), today)

    def report(self, start: dt.date, end: dt.date, today: dt.date | None = None) -> rp.Report:
        """Every figure of the period (both days included); see `casework.reporting`.
        Waits for a decision are counted to the period's end or `today`, whichever is first."""
        if end < start:
            raise ValidationError(
                N_("the period ends ({end}) before it starts ({start})"),
                start=start.isoformat(), end=end.isoformat(),
            )  # fmt: skip
        period = rp.Period(start, end)
        since, until = _utc(start), _utc(end + dt.timedelta(days=1))
        with self._tx() as s:
            acts: list[tuple[int, dt.date]] = [
                (cid, day) for cid, day in s.connection().execute(
                    select(Case.client_id, Event.occurred_on).join(Case, Event.case_id == Case.id)
                    .where(Event.occurred_on.between(start, end))).all()
            ]  # fmt: skip
            # the filings of the period, read once: each is a legal-aid act and a count
            filings: Counter[str] = Counter()
            for cid, at, template in s.execute(
                select(Case.client_id, Document.generated_at, Document.template_id)
                .join(Case, Document.case_id == Case.id)
                .where(Document.generated_at >= since, Document.generated_at < until)
            ):
                acts.append((cid, _day(at)))
                filings[str(template)] += 1
            party, decisions = self._deadline_facts(s, period, acts)
            clients = dict(_clients(s, sorted({cid for cid, _day in acts})))
            outcome_rows = s.execute(
                select(Event.kind, Event.outcome, func.count())
                .where(Event.kind.in_(_DECISION_KINDS), Event.occurred_on.between(start, end))
                .group_by(Event.kind, Event.outcome)
            ).all()
            outcomes = rp.outcomes((str(k), o.value if o else None, n) for k, o, n in outcome_rows)
            briefs = rp.brief_figures(
                (nat, str(sex), str(group) if group else None, cid)
                for nat, sex, group, cid in s.execute(
                    select(BriefService.nationality, BriefService.sex, BriefService.age_group,
                           BriefService.client_id)
                    .where(BriefService.given_on.between(start, end)))
            )  # fmt: skip
            activity = {
                str(kind): (n, total or 0, women or 0, minors or 0)
                for kind, n, total, women, minors in s.execute(
                    select(Activity.kind, func.count(), func.sum(Activity.participants),
                           func.sum(Activity.women), func.sum(Activity.minors))
                    .where(Activity.held_on.between(start, end)).group_by(Activity.kind))
            }  # fmt: skip
        aid = rp.legal_aid(acts, clients)
        w = activity.get(ActivityKind.WORKSHOP.value, (0, 0, 0, 0))
        o = activity.get(ActivityKind.OUTREACH.value, (0, 0, 0, 0))
        workshops = {"count": w[0], "participants": w[1], "women": w[2], "minors": w[3]}
        outreach = {"count": o[0], "people_reached": o[1]}
        figures = rp.target_figures(aid, briefs, workshops, outreach)
        return rp.Report(
            period=period,
            legal_aid=aid,
            filings=rp.largest_first(filings),
            outcomes=outcomes,
            deadlines=rp.team_deadlines(party, period),
            authority_delays=rp.authority_delays(decisions, period, today or dt.date.today()),
            brief_services=briefs,
            workshops=workshops,
            outreach=outreach,
            targets=rp.targets(figures, self.report_targets()),
        )

    def write_report_xlsx(
        self, start: dt.date, end: dt.date, path: Path, lang: str = "sr", donor: bool = False
    ) -> Path:
        """The period's report as an XLSX workbook, one sheet per table."""
        from casework.report_export import write_xlsx

        return write_xlsx(self.report(start, end), path, lang, donor)

    @staticmethod
    def _deadline_facts(
        s: Session, period: rp.Period, acts: list[tuple[int, dt.date]]
    ) -> tuple[list[rp.PartyDeadline], list[rp.Decision]]:
        """The deadlines that can count in the period, read once with the event that
        closed each: the team's (due in the period, or met in it: a legal-aid act) and the
        authorities' (decided in the period, or awaited at its end past their due date)."""
        since, until = _utc(period.start), _utc(period.end + dt.timedelta(days=1))
        start, end = period.start, period.end
        closed_in = or_(
            Event.occurred_on.between(start, end),
            Event.act_date.between(start, end),
            and_(Deadline.status_at >= since, Deadline.status_at < until),
        )
        decided_after = or_(  # a decision after the period: it was awaited at its end
            Event.occurred_on > end, and_(Event.id.is_(None), Deadline.status_at >= until)
        )
        q = (
            select(Deadline.binds, Deadline.status, Deadline.due,
                   type_coerce(Deadline.status_at, String).label("status_at"),
                   Event.occurred_on, Event.act_date, Deadline.rule_id, Deadline.case_id,
                   Case.client_id, Case.office_ref, Case.status.label("case_status"))
            .join(Case, Deadline.case_id == Case.id)
            .outerjoin(Event, Deadline.closed_by_event_id == Event.id)
            .where(Deadline.binds != Binds.NOBODY.value)
            .where(or_(
                and_(Deadline.binds == Binds.PARTY.value, Deadline.due.between(start, end)),
                and_(Deadline.status == DeadlineStatus.DONE.value, closed_in),
                and_(Deadline.binds == Binds.AUTHORITY.value, Deadline.due < end,
                     or_(Deadline.status == DeadlineStatus.OPEN.value,
                         and_(Deadline.status == DeadlineStatus.DONE.value, decided_after))),
            ))
        )  # fmt: skip
        party: list[rp.PartyDeadline] = []
        decisions: list[rp.Decision] = []
        done_, open_, party_ = DeadlineStatus.DONE, DeadlineStatus.OPEN, Binds.PARTY
        # Core rows, not ORM ones: tens of thousands on a big office (bench/bench_report.py).
        for row in s.connection().execute(q).all():
            done = row.status == done_
            if row.binds == party_:
                met = row.occurred_on or _day_or_none(row.status_at) if done else None
                party.append(
                    rp.PartyDeadline(row.due, str(row.status), met, row.occurred_on is not None)
                )
                if done and met is not None and met in period:
                    acts.append((row.client_id, met))
            elif done:
                decided = row.act_date or row.occurred_on or _day_or_none(row.status_at)
                if decided is not None:
                    decisions.append(
                        rp.Decision(row.rule_id, row.case_id, row.office_ref, row.due, decided)
                    )
            elif row.status == open_ and row.case_status == CaseStatus.OPEN:
                # Awaited only while the office follows the case: of a closed one it does
                # not know whether a decision came, and an advocacy figure must not guess.
                decisions.append(
                    rp.Decision(row.rule_id, row.case_id, row.office_ref, row.due, None)
                )
        return party, decisions


def _clients(s: Session, ids: Sequence[int]) -> Iterator[tuple[int, rp.ClientFacts]]:
    """What the report needs of these clients, a few thousand ids per query."""
    for i in range(0, len(ids), _CHUNK):
        for row in s.execute(
            select(Client.id, Client.nationality, Client.sex, Client.birth_date,
                   Client.birth_year, Client.unaccompanied_minor, Client.vulnerability_medical,
                   Client.vulnerability_trauma)
            .where(Client.id.in_(ids[i : i + _CHUNK]))
        ):  # fmt: skip
            cid, nat, sex, bd, by, minor, medical, trauma = row
            sex_value = str(sex) if sex else None
            yield cid, rp.ClientFacts(nat, sex_value, bd, by, bool(minor), bool(medical),
                                      bool(trauma))  # fmt: skip


def _what(key: str) -> Problem:
    return Problem(_FIELDS[key])


def _not_future(day: dt.date, today: dt.date, problems: list[Problem]) -> None:
    if day > today:
        problems.append(Problem.of(N_("{day} lies in the future"), "date", day=day.isoformat()))


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)


def _day_or_none(at: dt.datetime | str | None) -> dt.date | None:
    return _day(at) if at else None


def _day(at: dt.datetime | str) -> dt.date:
    """The UTC day of a stored timestamp: SQLite's text ("2024-05-02 12:00:00...", stored
    in UTC) read as it is, PostgreSQL's aware datetime turned to UTC."""
    if isinstance(at, str):
        return dt.date.fromisoformat(at[:10])
    return at.astimezone(dt.UTC).date() if at.tzinfo else at.date()
