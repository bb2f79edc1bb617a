"""Parsing what people type: dates in ISO or Serbian form, times, birth dates that may be a year.

Each function raises `InputError` with a message that says what was wrong and what to type.
"""

from __future__ import annotations

import datetime as dt
import re

from casework import N_, CaseworkError, Problem


class InputError(CaseworkError):
    """Something typed cannot be understood; the message says what to type instead."""

    exit_code = 2


_SERBIAN_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str, what: str = N_("date")) -> dt.date:
    """ISO 2024-04-26 (or 2024-4-26) or Serbian 26.4.2024 (with or without the final dot).
    The one date parser: the command line and the app accept the same dates. `what`
    names the value in the message (marked with `N_`, so it is worded in Serbian too)."""
    m = _ISO_DATE.match(text) or None
    parts: tuple[int, int, int] | None = None
    if m:
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    else:
        s = _SERBIAN_DATE.match(text)
        if s:
            parts = (int(s.group(3)), int(s.group(2)), int(s.group(1)))
    if parts is None:
        raise InputError(
            N_("{what} {text!r} is not a date; write it as YYYY-MM-DD or d.m.yyyy"),
            code="date.bad",
            what=Problem(what),
            text=text.strip(),
        )
    try:
        return dt.date(*parts)
    except ValueError as exc:
        raise InputError(
            N_("{what} {text!r} does not exist (there is no such day in that month)"),
            code="date.impossible",
            what=Problem(what),
            text=text.strip(),
        ) from exc


def parse_time(text: str, what: str = N_("time")) -> dt.time:
    """24-hour HH:MM."""
    m = re.match(r"^\s*(\d{1,2}):(\d{2})\s*$", text)
    if not m:
        raise InputError(
            N_("{what} {text!r} is not a time; write it as HH:MM (24-hour)"),
            code="time.bad",
            what=Problem(what),
            text=text.strip(),
        )
    try:
        return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError as exc:
        raise InputError(
            N_("{what} {text!r} does not exist (hours 0-23, minutes 0-59)"),
            code="time.bad",
            what=Problem(what),
            text=text.strip(),
        ) from exc


def parse_birth(text: str) -> tuple[dt.date | None, int | None]:
    """A full birth date, or only a year (many applicants know no more)."""
    stripped = text.strip()
    if re.fullmatch(r"\d{4}", stripped):
        year = int(stripped)
        if not 1900 <= year <= dt.date.today().year:
            raise InputError(N_("birth year {year} is out of range"), year=year)
        return None, year
    day = parse_date(stripped, N_("birth date"))
    if day > dt.date.today():
        raise InputError(N_("birth date {day} lies in the future"), day=day.isoformat())
    return day, day.year
