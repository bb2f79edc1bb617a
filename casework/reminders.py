"""Reminders: what is overdue, due today or to be reminded now, and for whom.

A deadline reminds on the days given by its offsets (days before the date to act by):
the deadline's own offsets, else its lawyer's (for filings), else the rule's defaults.
Offsets count toward the safe date where there is one (DOMAIN.md rule 7), else the due
date. Authority deadlines remind the day after they pass (offset -1): a remedy opens.

Each person's digest holds their own cases' deadlines plus every deadline whose lawyer
is on leave or missing (those go to the whole team). The days since a person's last
recorded digest are caught up, so a morning nobody ran the command loses nothing.
Open cases without any open deadline are flagged: that is how deadlines get forgotten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

import rules
from casework import N_
from casework.db import session_factory
from casework.i18n import numeric_day, translations
from casework.models import (
    Case,
    CaseStatus,
    Client,
    Deadline,
    DeadlineStatus,
    ReminderRun,
    Staff,
    utcnow,
)
from casework.services import (
    ROW_COLUMNS,
    Casework,
    DeadlineRow,
    NotFoundError,
    ValidationError,
    deadline_rows,
)
from casework.urgency import Urgency, act_by

JSON_SCHEMA = "azil.reminders/1"
# A run of non-working days (Orthodox Easter next to 1-2 May, plus recorded closures)
# never puts a due date this far after its safe date; used only to narrow the query.
_MAX_SAFE_GAP = dt.timedelta(days=31)


@dataclass(frozen=True)
class ReminderItem:
    """One deadline in one person's digest, with why it is there today."""

    row: DeadlineRow
    offsets: tuple[int, ...]
    reminder_days: tuple[dt.date, ...]  # the reminder days that fall in this run's window
    team: bool  # shown to everyone: the lawyer is on leave or none is assigned
    past_safe_date: bool

    def to_json(self) -> dict[str, Any]:
        """The deadline's stable JSON (as `azil deadlines --json`) plus the reminder facts."""
        out = self.row.to_json()
        out["offsets"] = list(self.offsets)
        out["reminder_days"] = [d.isoformat() for d in self.reminder_days]
        out["team"] = self.team
        out["past_safe_date"] = self.past_safe_date
        return out


@dataclass(frozen=True)
class ForgottenCase:
    """An open case with no open deadline left."""

    case_id: int
    client_name: str
    procedure: str
    stage: str
    lawyer: str | None
    team: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "client": self.client_name,
            "procedure": self.procedure,
            "stage": self.stage,
            "lawyer": self.lawyer,
            "team": self.team,
        }


@dataclass(frozen=True)
class Digest:
    """What one person must hear about today (staff None: an office with no active staff)."""

    day: dt.date
    staff_id: int | None
    staff: str | None
    email: str | None
    window_start: dt.date
    overdue: tuple[ReminderItem, ...] = ()
    due_today: tuple[ReminderItem, ...] = ()
    remind: tuple[ReminderItem, ...] = ()
    forgotten: tuple[ForgottenCase, ...] = ()

    @property
    def count(self) -> int:
        """Number of deadlines in the digest (forgotten cases not counted)."""
        return len(self.overdue) + len(self.due_today) + len(self.remind)

    @property
    def is_empty(self) -> bool:
        return self.count == 0 and not self.forgotten

    def subject(self, lang: str = "sr") -> str:
        """A mail subject without client names (subjects stay in the outbox after sending)."""
        _ = translations(lang).gettext
        text = _("azil {day}: {overdue} overdue, {today} due today, {remind} reminders").format(
            day=numeric_day(self.day).text(lang),
            overdue=len(self.overdue),
            today=len(self.due_today),
            remind=len(self.remind),
        )
        if self.forgotten:
            text += _(", {n} cases without a deadline").format(n=len(self.forgotten))
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "staff": self.staff,
            "staff_id": self.staff_id,
            "email": self.email,
            "window_start": self.window_start.isoformat(),
            "overdue": [i.to_json() for i in self.overdue],
            "due_today": [i.to_json() for i in self.due_today],
            "remind": [i.to_json() for i in self.remind],
            "cases_without_open_deadline": [c.to_json() for c in self.forgotten],
        }

    def to_text(self, lang: str = "sr") -> str:
        """The digest as a person reads it in a terminal or an e-mail, in their language."""
        _ = translations(lang).gettext
        who = self.staff or _("the whole office")
        lines = [_("Reminders for {who}, {day}").format(who=who, day=_day(self.day, lang))]
        if self.window_start < self.day:
            lines.append(
                _("(including reminders since {day}, the day after the last digest)").format(
                    day=_day(self.window_start, lang)
                )
            )
        sections = (
            (_("OVERDUE OR PASSED"), self.overdue),
            (_("DUE TODAY (or past the safe date)"), self.due_today),
            (_("REMINDERS"), self.remind),
        )
        for title, items in sections:
            if items:
                lines += ["", f"{title} ({len(items)})"]
                lines += [line for item in items for line in _item_lines(item, self.day, lang)]
        if self.forgotten:
            title = _("OPEN CASES WITHOUT ANY OPEN DEADLINE")
            lines += ["", f"{title} ({len(self.forgotten)})"]
            for c in self.forgotten:
                lines.append(
                    _(
                        "  case {case}, {client} ({procedure}, {stage}); lawyer {lawyer}: "
                        "record the next event or close the case"
                    ).format(
                        case=c.case_id,
                        client=c.client_name,
                        procedure=c.procedure,
                        stage=c.stage,
                        lawyer=c.lawyer or "-",
                    )
                )
        if self.is_empty:
            lines += ["", _("Nothing is overdue, due today or to be reminded.")]
        return "\n".join(lines)


@dataclass(frozen=True)
class Reminders:
    """The result of one reminders run: one digest per person."""

    day: dt.date
    digests: tuple[Digest, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of `azil reminders --json` (see the command's help)."""
        return {
            "schema": JSON_SCHEMA,
            "day": self.day.isoformat(),
            "digests": [d.to_json() for d in self.digests],
        }


# ---------------------------------------------------------------------- pure parts
def offsets_for(
    deadline_offsets: Sequence[int] | None,
    staff_offsets: Sequence[int] | None,
    rule: rules.Rule,
    binds: str,
    office_offsets: Sequence[int] | None = None,
) -> tuple[int, ...]:
    """The offsets a deadline reminds at: its own, else its lawyer's, else the office's
    default for filings (setting `reminder_offsets`), else the rule's.

    A person's and the office's offsets are for filings; an authority deadline keeps the
    day-after reminder of its rule unless the deadline itself was given other offsets.
    """
    party = binds == rules.Binds.PARTY.value
    if deadline_offsets is not None:
        chosen: Iterable[int] = deadline_offsets
    elif staff_offsets is not None and party:
        chosen = staff_offsets
    elif office_offsets is not None and party:
        chosen = office_offsets
    else:
        chosen = rule.reminder_offsets
    return tuple(sorted({int(o) for o in chosen}, reverse=True))


def office_offsets(cw: Casework) -> tuple[int, ...] | None:
    """The office's default reminder days for filings ("7, 3, 1, 0"), if it set one."""
    text = (cw.get_setting("reminder_offsets") or "").replace(" ", "")
    if not text:
        return None
    try:
        return tuple(int(part) for part in text.split(",") if part)
    except ValueError:
        raise ValidationError(
            N_(
                "the office setting reminder_offsets is {value!r}; write days before the due "
                "date separated by commas, e.g. 7, 3, 1, 0"
            ),
            value=text,
        ) from None


def reminder_days(
    due: dt.date, safe_date: dt.date | None, binds: str, offsets: Iterable[int]
) -> tuple[dt.date, ...]:
    """The days a deadline reminds on, earliest first.

    Filings count toward the safe date where there is one; an authority deadline counts
    from its due date (offset -1 = the day after it passes).
    """
    anchor = act_by(due, safe_date, binds)
    return tuple(sorted({anchor - dt.timedelta(days=o) for o in offsets}))


def window_start(day: dt.date, last_run: dt.date | None) -> dt.date:
    """First day whose reminders this run delivers: the day after the last run, or today."""
    if last_run is None or last_run >= day:
        return day
    return last_run + dt.timedelta(days=1)


# ---------------------------------------------------------------------- queries
@dataclass(frozen=True)
class _Person:
    id: int
    name: str
    active: bool
    email: str | None
    offsets: tuple[int, ...] | None


def _people(s: Session) -> dict[int, _Person]:
    rows = s.execute(
        select(Staff.id, Staff.name, Staff.active, Staff.email, Staff.reminder_offsets)
    )
    return {
        r.id: _Person(r.id, r.name, bool(r.active), r.email,
                      tuple(r.reminder_offsets) if r.reminder_offsets else None)
        for r in rows
    }  # fmt: skip


def _last_runs(s: Session, day: dt.date) -> dict[int | None, dt.date]:
    q = (
        select(ReminderRun.staff_id, func.max(ReminderRun.day))
        .where(ReminderRun.day <= day)
        .group_by(ReminderRun.staff_id)
    )
    return {staff_id: last for staff_id, last in s.execute(q)}


def _max_offset(s: Session, people: Iterable[_Person], office: Iterable[int] = ()) -> int:
    """The largest offset in use, to narrow the query to deadlines that can remind.

    Only deadlines with offsets of their own are read (SQL NULL otherwise: the column
    stores None as NULL, not as JSON null).
    """
    found = [o for r in rules.catalogue() for o in r.reminder_offsets]
    found += [o for p in people for o in (p.offsets or ())]
    found += list(office)
    custom = select(Deadline.reminder_offsets).where(
        Deadline.status == DeadlineStatus.OPEN.value, Deadline.reminder_offsets.is_not(None)
    )
    for offsets in s.scalars(custom):
        found += [int(o) for o in offsets or ()]
    return max([0, *found])


def _recipients(
    cw: Casework, people: dict[int, _Person], staff: str | None
) -> list[_Person | None]:
    if staff is not None:
        by_name = {p.name: p for p in people.values()}
        if staff not in by_name:
            cw.find_staff(staff)  # raises the helpful NotFoundError
            raise NotFoundError(N_("no staff member named {name!r}"), name=staff)
        return [by_name[staff]]
    active = sorted((p for p in people.values() if p.active), key=lambda p: p.name)
    return list(active) if active else [None]


def reminders(cw: Casework, day: dt.date | None = None, staff: str | None = None) -> Reminders:
    """Each person's digest for `day` (default today); nothing is written.

    `staff` limits the run to one person; otherwise every active person gets a digest
    (or, in an office with no active staff, one digest for everybody).
    """
    day = day or dt.date.today()
    with session_factory(cw.url)() as s, s.begin():
        people = _people(s)
        recipients = _recipients(cw, people, staff)
        last = _last_runs(s, day)
        office = office_offsets(cw)
        bound = day + dt.timedelta(days=_max_offset(s, people.values(), office or ()))
        q = (
            select(*ROW_COLUMNS, Deadline.reminder_offsets, Case.lawyer_id)
            .join(Case, Deadline.case_id == Case.id)
            .join(Client, Case.client_id == Client.id)
            .outerjoin(Staff, Case.lawyer_id == Staff.id)
            .where(
                Deadline.status == DeadlineStatus.OPEN.value,
                Case.status == CaseStatus.OPEN.value,
                # A period after which something is deemed done binds nobody: no reminder.
                Deadline.binds != rules.Binds.NOBODY.value,
                # Due within the largest offset, or a safe date that may be (index-friendly
                # first branch; the second catches a far safe date before a late due date).
                or_(
                    Deadline.due <= bound,
                    and_(Deadline.due <= bound + _MAX_SAFE_GAP, Deadline.safe_date <= bound),
                ),
            )
            .order_by(Deadline.due, Deadline.due_time, Deadline.id)
        )  # fmt: skip
        found = s.execute(q).all()
        deadlines = [
            _Found(row, r.reminder_offsets, r.lawyer_id)
            for row, r in zip(deadline_rows(found, day), found, strict=True)
        ]
        has_open = exists().where(
            Deadline.case_id == Case.id, Deadline.status == DeadlineStatus.OPEN.value
        )
        forgotten_rows = s.execute(
            select(Case.id, Case.procedure, Case.stage, Case.lawyer_id, Client.name_latin)
            .join(Client, Case.client_id == Client.id)
            .where(Case.status == CaseStatus.OPEN.value, ~has_open)
            .order_by(Case.id)
        ).all()

    # Per deadline once (owner, offsets, reminder days); per person only the window differs.
    prepared = []
    for found_row in deadlines:
        d = found_row.row
        lawyer_id = found_row.lawyer_id
        owner = people.get(lawyer_id) if lawyer_id is not None else None
        rule = rules.get_rule(d.rule_id)
        offsets = offsets_for(
            found_row.offsets, owner.offsets if owner else None, rule, d.binds, office
        )
        days = (offsets, reminder_days(d.due, d.safe_date, d.binds, offsets))
        prepared.append((d, owner, owner is None or not owner.active, days))
    digests = []
    by_start: dict[dt.date, list[tuple[_Person | None, bool, ReminderItem]]] = {}
    for person in recipients:
        start = window_start(day, last.get(person.id if person else None))
        buckets: dict[str, list[ReminderItem]] = {"overdue": [], "today": [], "remind": []}
        # People whose last run was the same day share one pass over the deadlines.
        due_items = by_start.get(start)
        if due_items is None:
            due_items = by_start[start] = [
                (owner, team, item)
                for d, owner, team, days in prepared
                if (item := _item(d, team, days, day, start)) is not None
            ]
        for owner, team, item in due_items:
            if _shown_to(person, owner, team):
                buckets[_bucket(item, day)].append(item)
        forgotten = []
        for c in forgotten_rows:
            owner = people.get(c.lawyer_id) if c.lawyer_id is not None else None
            team = owner is None or not owner.active
            if _shown_to(person, owner, team):
                forgotten.append(
                    ForgottenCase(c.id, c.name_latin, c.procedure, c.stage,
                                  owner.name if owner else None, team)
                )  # fmt: skip
        digests.append(
            Digest(
                day=day,
                staff_id=person.id if person else None,
                staff=person.name if person else None,
                email=person.email if person else None,
                window_start=start,
                overdue=tuple(buckets["overdue"]),
                due_today=tuple(buckets["today"]),
                remind=tuple(buckets["remind"]),
                forgotten=tuple(forgotten),
            )
        )
    return Reminders(day, tuple(digests))


def _shown_to(person: _Person | None, owner: _Person | None, team: bool) -> bool:
    if person is None:  # the one digest of an office without active staff
        return True
    if owner is not None and owner.id == person.id:
        return True
    return team and person.active


@dataclass(frozen=True)
class _Found:
    """A deadline the reminders may mention, with what only the reminders need."""

    row: DeadlineRow
    offsets: list[int] | None
    lawyer_id: int | None


def _item(
    row: DeadlineRow,
    team: bool,
    prepared: tuple[tuple[int, ...], tuple[dt.date, ...]],
    day: dt.date,
    start: dt.date,
) -> ReminderItem | None:
    offsets, days = prepared
    in_window = tuple(r for r in days if start <= r <= day)
    acting_today = row.due <= day or (row.safe_date is not None and row.safe_date <= day)
    if not acting_today and not in_window:
        return None
    past_safe = row.safe_date is not None and row.safe_date < day <= row.due
    return ReminderItem(row, offsets, in_window, team, past_safe)


def _day(day: dt.date, lang: str) -> str:
    """'pon 07.12.2026.' / 'Mon 2026-12-07': the engine's label, the office's style."""
    return rules.moment_label(day, "en" if lang == "en" else "sr")


def _bucket(item: ReminderItem, day: dt.date) -> str:
    r = item.row
    if r.urgency in (Urgency.OVERDUE, Urgency.REMEDY_OPEN):
        return "overdue"
    if r.due == day or (r.safe_date is not None and r.safe_date <= day):
        return "today"
    return "remind"


def _item_lines(item: ReminderItem, day: dt.date, lang: str) -> list[str]:
    t = translations(lang)
    _, ngettext = t.gettext, t.ngettext
    r = item.row
    name = r.rule_name_en if lang == "en" else r.rule_name_sr
    due = _day(r.due, lang) + (f" {r.due_time.strftime('%H:%M')}" if r.due_time else "")
    head = _("  [{id}] case {case}, {client}: {rule} ({rule_id}), due {due}").format(
        id=r.id, case=r.case_id, client=r.client_name, rule=name, rule_id=r.rule_id, due=due
    )
    if r.outcome_unknown:
        head += _(" (decision's outcome not recorded: shortest period taken)")
    if r.procedure_unknown:
        head += _(" (asylum procedure not recorded: shortest period taken)")
    if r.safe_date:
        head += _(", safe date {day}").format(day=_day(r.safe_date, lang))
    out = [head]
    n = abs(r.days_left)
    if r.days_left < 0:
        if r.binds == rules.Binds.AUTHORITY:
            out.append(
                ngettext(
                    "      the authority's time passed {n} day ago",
                    "      the authority's time passed {n} days ago",
                    n,
                ).format(n=n)
            )
        else:
            out.append(
                ngettext(
                    "      OVERDUE by {n} day: mark it done if it was filed or posted by "
                    "registered mail in time, otherwise act now (restoration?)",
                    "      OVERDUE by {n} days: mark it done if it was filed or posted by "
                    "registered mail in time, otherwise act now (restoration?)",
                    n,
                ).format(n=n)
            )
    elif r.days_left == 0:
        out.append(_("      last day today (filed at the authority or posted by registered mail)"))
    elif item.past_safe_date:
        out.append(
            _("      past the safe date; the legal last day is {day}").format(day=_day(r.due, lang))
        )
    else:
        left = ngettext("      {n} day left", "      {n} days left", n).format(n=n)
        out.append(left + (_("; draft made") if r.has_draft else ""))
    remedy = r.remedy_en if lang == "en" else r.remedy_sr
    if remedy:
        out.append(_("      remedy: {remedy}").format(remedy=remedy))
    if r.confidence == "L":
        out.append(
            _("      ! confidence L: verify the legal basis ({basis})").format(
                basis=r.basis_text(lang)
            )
        )
    if item.team:
        out.append(
            _("      shown to the whole team: {why}").format(
                why=_("{lawyer} is on leave").format(lawyer=r.lawyer)
                if r.lawyer
                else _("no lawyer assigned")
            )
        )
    elif r.lawyer:
        out.append(_("      lawyer: {lawyer}").format(lawyer=r.lawyer))
    return out


# ---------------------------------------------------------------------- runs
def record_runs(cw: Casework, digests: Iterable[Digest], via: str) -> None:
    """Remember that these digests were delivered, so the next run starts after today."""
    now = utcnow()
    with session_factory(cw.url)() as s, s.begin():
        for d in digests:
            s.add(ReminderRun(staff_id=d.staff_id, day=d.day, at=now, via=via, items=d.count))


@dataclass(frozen=True)
class ReminderLine:
    """One reminder to show: the deadline and why it reminds now."""

    row: DeadlineRow
    why: str  # "overdue", "today" or "remind"
    team: bool = False  # shown to everyone: the lawyer is on leave or none is assigned


def reminder_lines(
    cw: Casework, staff: str | None, today: dt.date | None = None
) -> list[ReminderLine]:
    """The reminders due now for `staff` (None: the whole team), one line per deadline (a
    team run has one digest per person; a deadline in several digests is shown once)."""
    lines: dict[int, ReminderLine] = {}
    for digest in reminders(cw, day=today, staff=staff).digests:
        for why, items in (
            ("overdue", digest.overdue),
            ("today", digest.due_today),
            ("remind", digest.remind),
        ):
            for item in items:
                lines.setdefault(item.row.id, ReminderLine(item.row, why, item.team))
    return sorted(lines.values(), key=lambda x: (x.row.due, x.row.id))
