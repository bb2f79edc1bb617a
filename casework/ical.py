"""iCalendar export: open deadlines as all-day events with alarms, in any calendar program.

UIDs are stable (`deadline-<id>@<office identity>`) and SEQUENCE/LAST-MODIFIED follow
the deadline's version, so importing a newer export updates the events instead of
duplicating them. The file is written atomically and readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import icalendar
from sqlalchemy import and_, or_, select

import rules
from casework import N_, CaseworkError
from casework.config import ensure_private_dir
from casework.db import session_factory
from casework.i18n import translations
from casework.models import Case, CaseStatus, Client, Deadline, DeadlineStatus, Staff, utcnow
from casework.reminders import office_offsets, offsets_for, reminder_days
from casework.services import Casework

IDENTITY_KEY = "calendar.identity"
PRODID = "-//azil//deadlines//SR"
ALARM_HOUR = 9  # alarms ring at 09:00 on the reminder day


class CalendarError(CaseworkError):
    """The calendar file cannot be written; says where and why."""


@dataclass(frozen=True)
class CalendarExport:
    """What an export wrote."""

    path: Path
    events: int


def office_identity(cw: Casework) -> str:
    """The domain part of the UIDs: created once per office database, then kept."""
    identity = cw.get_setting(IDENTITY_KEY)
    if not identity:
        identity = f"{uuid.uuid4().hex[:16]}.azil"
        cw.set_setting(IDENTITY_KEY, identity)
    return identity


def build_calendar(
    cw: Casework, staff: str | None = None, lang: str = "sr", now: dt.datetime | None = None
) -> icalendar.Calendar:
    """A calendar of the open deadlines of open cases (one person's, or everyone's).

    For one person: their cases, plus those whose lawyer is on leave or missing (as in
    the reminders, those belong to the whole team).
    """
    _ = translations("en" if lang == "en" else "sr").gettext
    identity = office_identity(cw)
    now = now or utcnow()
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "azil" + (f": {staff}" if staff else ""))
    office = office_offsets(cw)
    for d in _deadlines(cw, staff):
        cal.add_component(_event(d, identity, _, lang, now, office))
    # Deadlines closed lately (done, waived, a case closed) go out as cancelled events with
    # the same UID and a higher sequence, so calendar programs drop what an older export
    # put there instead of showing a deadline that no longer runs.
    for c in _closed_lately(cw, staff, now):
        cancelled = icalendar.Event()
        cancelled.add("uid", f"deadline-{c.id}@{identity}")
        cancelled.add("dtstamp", now)
        cancelled.add("dtstart", c.due)
        cancelled.add("dtend", c.due + dt.timedelta(days=1))
        cancelled.add("summary", _("{client} — deadline closed").format(client=c.name_latin))
        cancelled.add("status", "CANCELLED")
        cancelled.add("sequence", int(c.version) + (1 if c.case_closed else 0))
        cal.add_component(cancelled)
    return cal


CANCEL_WINDOW = dt.timedelta(days=90)  # how long a closed deadline is still sent as cancelled


def _closed_lately(cw: Casework, staff: str | None, now: dt.datetime) -> list[Any]:
    """Deadlines closed within CANCEL_WINDOW, or open ones in cases closed since."""
    since = now - CANCEL_WINDOW
    with session_factory(cw.url)() as s, s.begin():
        q = (
            select(
                Deadline.id, Deadline.due, Deadline.version, Client.name_latin,
                (Case.status != CaseStatus.OPEN.value).label("case_closed"),
            )
            .join(Case, Deadline.case_id == Case.id)
            .join(Client, Case.client_id == Client.id)
            .outerjoin(Staff, Case.lawyer_id == Staff.id)
            .where(
                or_(
                    and_(
                        Deadline.status != DeadlineStatus.OPEN.value,
                        Deadline.updated_at >= since,
                    ),
                    and_(
                        Deadline.status == DeadlineStatus.OPEN.value,
                        Case.status != CaseStatus.OPEN.value,
                        Case.updated_at >= since,
                    ),
                )
            )
        )  # fmt: skip
        if staff:
            q = q.where(or_(Staff.name == staff, Case.lawyer_id.is_(None), Staff.active.is_(False)))
        return list(s.execute(q).all())


def export_calendar(
    cw: Casework, out: Path, staff: str | None = None, lang: str = "sr"
) -> CalendarExport:
    """Write the calendar to `out` atomically (owner-only), replacing an older export."""
    cal = build_calendar(cw, staff, lang)
    data = cal.to_ical()
    write_private(out, data)
    return CalendarExport(out, len(cal.walk("VEVENT")))


def write_private(out: Path, data: bytes) -> None:
    """Write a file atomically with mode 0600: a reader never sees half a file."""
    try:
        if not out.parent.exists():
            ensure_private_dir(out.parent)
        tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
        out.chmod(0o600)
    except OSError as exc:
        raise CalendarError(
            N_("cannot write the calendar to {out}: {why}"), out=out, why=exc.strerror or exc
        ) from exc


def _deadlines(cw: Casework, staff: str | None) -> list[Any]:
    with session_factory(cw.url)() as s, s.begin():
        q = (
            select(
                Deadline.id, Deadline.case_id, Deadline.rule_id, Deadline.due, Deadline.due_time,
                Deadline.safe_date, Deadline.binds, Deadline.confidence, Deadline.basis,
                Deadline.explanation, Deadline.reminder_offsets, Deadline.version,
                Deadline.updated_at, Deadline.remedy_opens, Deadline.outcome_unknown,
                Client.name_latin, Staff.name.label("lawyer"),
                Staff.active.label("lawyer_active"),
                Staff.reminder_offsets.label("staff_offsets"),
            )
            .join(Case, Deadline.case_id == Case.id)
            .join(Client, Case.client_id == Client.id)
            .outerjoin(Staff, Case.lawyer_id == Staff.id)
            .where(
                Deadline.status == DeadlineStatus.OPEN.value,
                Case.status == CaseStatus.OPEN.value,
                Deadline.binds != rules.Binds.NOBODY.value,  # nobody must act on it
            )
            .order_by(Deadline.due, Deadline.id)
        )  # fmt: skip
        if staff:
            cw.find_staff(staff)  # a helpful error for a misspelt name
            q = q.where(or_(Staff.name == staff, Case.lawyer_id.is_(None), Staff.active.is_(False)))
        return list(s.execute(q).all())


def _event(
    d: Any,
    identity: str,
    _: Callable[[str], str],
    lang: str,
    now: dt.datetime,
    office: tuple[int, ...] | None = None,
) -> icalendar.Event:
    rule = rules.get_rule(d.rule_id)
    name = rule.name_en if lang == "en" else rule.name_sr
    due_text = d.due.isoformat() + (f" {d.due_time.strftime('%H:%M')}" if d.due_time else "")
    verify = d.confidence == "L"
    summary = _("{client} — {rule} — due {due}").format(
        client=d.name_latin, rule=name, due=due_text
    )
    if verify:
        summary += " (" + _("verify the legal basis") + ")"
    lines = [_("Case {case}; Lawyer: {lawyer}").format(case=d.case_id, lawyer=d.lawyer or "-")]
    if verify:
        lines.append(_("CONFIDENCE L: VERIFY THE LEGAL BASIS"))
    if d.outcome_unknown:
        lines.append(_("DECISION'S OUTCOME NOT RECORDED: the shortest possible period is taken"))
    if d.safe_date:
        lines.append(_("Safe date (file by this day): {day}").format(day=d.safe_date.isoformat()))
    lines.append(
        _("Legal basis: {basis}").format(basis=rule.basis_text("en" if lang == "en" else "sr"))
    )
    remedy = rule.remedy_en if lang == "en" else rule.remedy_sr
    if d.binds == rules.Binds.AUTHORITY.value and remedy:
        if d.remedy_opens:
            lines.append(_("Remedy from {day}").format(day=d.remedy_opens.isoformat()))
        lines.append(_("When the authority's time passes: {remedy}").format(remedy=remedy))
    steps = [
        f"{step.get('date', '')}: {step.get(lang) or step.get('sr') or ''}"
        for step in d.explanation or []
    ]
    if steps:
        lines += ["", _("How the deadline is counted") + ":"] + [f"- {s}" for s in steps]

    ev = icalendar.Event()
    ev.add("uid", f"deadline-{d.id}@{identity}")
    ev.add("dtstamp", now)
    ev.add("dtstart", d.due)
    ev.add("dtend", d.due + dt.timedelta(days=1))
    ev.add("summary", summary)
    ev.add("description", "\n".join(lines))
    ev.add("sequence", int(d.version))
    ev.add("last-modified", d.updated_at)
    ev.add("transp", "TRANSPARENT")
    ev.add("categories", ["azil", d.rule_id])
    offsets = offsets_for(
        d.reminder_offsets,
        tuple(d.staff_offsets) if d.staff_offsets else None,
        rule,
        d.binds,
        office,
    )
    for day in reminder_days(d.due, d.safe_date, d.binds, offsets):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        # Relative to the all-day start (00:00 of the due date): ring at 09:00 that day.
        alarm.add("trigger", dt.timedelta(days=(day - d.due).days, hours=ALARM_HOUR))
        ev.add_component(alarm)
    return ev
