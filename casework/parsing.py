"""Parsing what people type: dates in ISO or Serbian form, times, birth dates that may be a year.

Each function raises `InputError` with a message that says what was wrong and what to type.
"""

from __future__ import annotations

import datetime as dt
import re

from casework import CaseworkError


class InputError(CaseworkError):
    """Something typed cannot be understood; the message says what to type instead."""

    exit_code = 2


_SERBIAN_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str, what: str = "date") -> dt.date:
    """ISO 2024-04-26 (or 2024-4-26) or Serbian 26.4.2024 (with or without the final dot).
    The one date parser: the command line and the app accept the same dates."""
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
            f"{what} {text!r} is not a date; write it as YYYY-MM-DD or d.m.yyyy",
            code="date.bad",
            text=text.strip(),
        )
    try:
        return dt.date(*parts)
    except ValueError as exc:
        raise InputError(
            f"{what} {text!r} does not exist ({exc})", code="date.impossible", text=text.strip()
        ) from exc


def parse_time(text: str, what: str = "time") -> dt.time:
    """24-hour HH:MM."""
    m = re.match(r"^\s*(\d{1,2}):(\d{2})\s*$", text)
    if not m:
        raise InputError(
            f"{what} {text!r} is not a time; write it as HH:MM (24-hour)",
            code="time.bad",
            text=text.strip(),
        )
    try:
        return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError as exc:
        raise InputError(
            f"{what} {text!r} does not exist ({exc})", code="time.bad", text=text.strip()
        ) from exc


def parse_birth(text: str) -> tuple[dt.date | None, int | None]:
    """A full birth date, or only a year (many applicants know no more)."""
    stripped = text.strip()
    if re.fullmatch(r"\d{4}", stripped):
        year = int(stripped)
        if not 1900 <= year <= dt.date.today().year:
            raise InputError(f"birth year {year} is out of range")
        return None, year
    day = parse_date(stripped, "birth date")
    if day > dt.date.today():
        raise InputError(f"birth date {day.isoformat()} lies in the future")
    return day, day.year
