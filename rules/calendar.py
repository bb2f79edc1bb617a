"""The Serbian working-day calendar of authorities and courts (DOMAIN.md, counting rule 4).

Non-working: every Saturday (practice, not statute: hence the safe date), every Sunday,
the statutory holidays with their Sunday transfer days (the `holidays` package, country
RS, frozen in rules/holidays_rs.py by tools/freeze_holidays.py and checked against the
installed package and the Holidays Law in tests/rules for every verified year), and the
closure days the office records. The whole verified range is precomputed once, indexed
by ordinal, so that counting a deadline is a few list look-ups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from dateutil.easter import EASTER_ORTHODOX, easter

from rules.errors import CalendarDataError, CalendarRangeError, InvalidClosureError
from rules.holidays_rs import HOLIDAYS, PACKAGE_VERSION
from rules.i18n import N_, Phrase, both, serbian
from rules.vocabulary import Lang

__all__ = ["Lang"]  # re-exported: it lives in rules.vocabulary (no calendar needed)
LANGS: tuple[Lang, ...] = ("sr", "en")

# The verified range: from the 2011 amendment's first year to the last year the test
# tests/rules/test_calendar.py checks against the law written out independently.
FIRST_DAY = date(2012, 1, 1)
LAST_DAY = date(2050, 12, 31)
FIRST_ORD = FIRST_DAY.toordinal()
LAST_ORD = LAST_DAY.toordinal()


class ReasonKind(Enum):
    """Why a day is not a working day; SATURDAY and CLOSURE rest on practice, not statute."""

    SATURDAY = "saturday"
    SUNDAY = "sunday"
    HOLIDAY = "holiday"
    TRANSFER = "transfer"
    CLOSURE = "closure"


@dataclass(frozen=True, slots=True)
class Reason:
    """Why one day is non-working, already worded in both languages (rendered often)."""

    kind: ReasonKind
    sr: str
    en: str

    @property
    def soft(self) -> bool:
        """True where only practice or the office's record makes the day non-working."""
        return self.kind in (ReasonKind.SATURDAY, ReasonKind.CLOSURE)

    def text(self, lang: Lang) -> str:
        return self.sr if lang == "sr" else self.en


SATURDAY = Reason(ReasonKind.SATURDAY, *both("authorities and courts do not work on Saturdays"))
SUNDAY = Reason(ReasonKind.SUNDAY, *both("Sunday, a non-working day"))
CLOSURE = Reason(ReasonKind.CLOSURE, *both("closure recorded by the office"))

# The package's English names -> ours (English; the Serbian is the catalogue's). An
# unknown name (a renamed or new holiday in a new `holidays` release) stops the import:
# the calendar must be re-checked against the law before anyone counts with it.
_HOLIDAY_NAMES: dict[str, str] = {
    "New Year's Day": N_("New Year"),
    "Orthodox Christmas Day": N_("Orthodox Christmas"),
    "Statehood Day": N_("Statehood Day"),
    "Labor Day": N_("Labour Day"),
    "Armistice Day": N_("Armistice Day"),
    "Good Friday": N_("Good Friday"),
    "Holy Saturday": N_("Holy Saturday"),
    "Easter Sunday": N_("Easter Sunday"),
    "Easter Monday": N_("Easter Monday"),
}
_OBSERVED = " (observed)"


def _holiday_reason(package_name: str) -> Reason:
    """Word one day's holiday (or holidays, joined) from the package's English name."""
    parts = [p.strip() for p in package_name.split(";")]
    transfers = [p[: -len(_OBSERVED)] for p in parts if p.endswith(_OBSERVED)]
    plain = [p for p in parts if not p.endswith(_OBSERVED)]
    for name in (*transfers, *plain):
        if name not in _HOLIDAY_NAMES:
            raise CalendarDataError(
                f"the holidays package names an unknown RS holiday {name!r}: "
                "check rules/calendar.py against the Holidays Law"
            )
    if transfers and not plain:
        names = _joined(transfers)
        if len(transfers) > 1:
            words = both("non-working day: {names} fell on a Sunday (Holidays Law Art. 3a)",
                         names=names)  # fmt: skip
        else:
            # One holiday: the Serbian verb agrees with its name's gender (Nova godina
            # pala, Sretenje palo, Praznik rada pao), so each has its own sentence.
            if transfers[0] not in _FELL:
                raise CalendarDataError(
                    f"no sentence for {transfers[0]!r} moved from a Sunday: add it to "
                    "rules/calendar.py's _FELL and its Serbian to rules.po"
                )
            words = both(_FELL[transfers[0]])
        return Reason(ReasonKind.TRANSFER, *words)
    return Reason(ReasonKind.HOLIDAY, *both("{names}, a public holiday", names=_joined(plain)))


# The Sunday transfer (Holidays Law Art. 3a) of each holiday that can fall on a Sunday
# and has a second day or a transfer: one sentence each, for the verb's agreement.
_FELL: dict[str, str] = {
    "New Year's Day": N_("non-working day: New Year fell on a Sunday (Holidays Law Art. 3a)"),
    "Statehood Day": N_("non-working day: Statehood Day fell on a Sunday (Holidays Law Art. 3a)"),
    "Labor Day": N_("non-working day: Labour Day fell on a Sunday (Holidays Law Art. 3a)"),
    "Armistice Day": N_("non-working day: Armistice Day fell on a Sunday (Holidays Law Art. 3a)"),
}


def _joined(package_names: list[str]) -> Phrase:
    """'Vaskrs i Drugi dan Vaskrsa' / 'Easter Sunday and Easter Monday'."""
    english = [_HOLIDAY_NAMES[n] for n in package_names]
    words = Phrase(serbian(english[0]), english[0])
    for name in english[1:]:
        words = both("{first} and {second}", first=words, second=Phrase(serbian(name), name))
    return words


def _build_table() -> tuple[list[Reason | None], dict[date, str]]:
    """One entry per day of the verified range: None for a working day, else why not."""
    names: dict[date, str] = {date.fromisoformat(d): n for d, n in HOLIDAYS.items()}
    reasons: dict[str, Reason] = {}
    table: list[Reason | None] = []
    for ordinal in range(FIRST_ORD, LAST_ORD + 1):
        day = date.fromordinal(ordinal)
        name = names.get(day)
        if name is not None:
            if name not in reasons:
                reasons[name] = _holiday_reason(name)
            table.append(reasons[name])
        elif day.weekday() == 5:
            table.append(SATURDAY)
        elif day.weekday() == 6:
            table.append(SUNDAY)
        else:
            table.append(None)
    return table, names


TABLE, _PACKAGE_NAMES = _build_table()


def law_holidays(year: int) -> set[date]:
    """The non-working holidays of one year as the Holidays Law gives them (Arts. 1-3a,
    as amended in 2011): fixed days, Orthodox Good Friday to Easter Monday, and for a
    state holiday on a Sunday the next working day (Art. 3a; never for Christmas or
    Easter, never for a Saturday). Written here apart from the `holidays` package so
    that the package's dates can be checked against the law."""
    days = {date(year, 1, 1), date(year, 1, 2), date(year, 1, 7), date(year, 2, 15),
            date(year, 2, 16), date(year, 5, 1), date(year, 5, 2), date(year, 11, 11)}  # fmt: skip
    sunday = easter(year, EASTER_ORTHODOX)
    days |= {sunday + timedelta(days=n) for n in (-2, -1, 0, 1)}
    for state in (date(year, 1, 1), date(year, 1, 2), date(year, 2, 15), date(year, 2, 16),
                  date(year, 5, 1), date(year, 5, 2), date(year, 11, 11)):  # fmt: skip
        if state.weekday() == 6:
            off = state + timedelta(days=1)
            while off.weekday() >= 5 or off in days:
                off += timedelta(days=1)
            days.add(off)
    return days


def _disagreeing_years() -> frozenset[int]:
    """Years whose holiday dates in the frozen table differ from the law: no deadline is
    counted in them (a safety net; tests/rules/test_calendar_data.py keeps it empty)."""
    package: dict[int, set[date]] = {}
    for day in _PACKAGE_NAMES:
        package.setdefault(day.year, set()).add(day)
    return frozenset(
        year
        for year in range(FIRST_DAY.year, LAST_DAY.year + 1)
        if package.get(year, set()) != law_holidays(year)
    )


UNVERIFIED_YEARS = _disagreeing_years()
_VERSION = PACKAGE_VERSION


def check_verified(day: date) -> None:
    """Refuse to count in a year where the package's holidays disagree with the law."""
    if UNVERIFIED_YEARS and (day.year in UNVERIFIED_YEARS or day.year + 1 in UNVERIFIED_YEARS):
        years = ", ".join(str(y) for y in sorted(UNVERIFIED_YEARS))
        raise CalendarDataError(
            f"the holiday table (from the holidays package {_VERSION}) gives holiday "
            f"dates that differ from the Holidays Law for {years}: deadlines near those "
            "years are not computed; reinstall azil or count by hand"
        )


def check_range(day: date) -> int:
    """The day's ordinal, or CalendarRangeError outside the verified calendar."""
    ordinal = day.toordinal()
    if ordinal < FIRST_ORD or ordinal > LAST_ORD:
        raise CalendarRangeError(day, FIRST_DAY, LAST_DAY)
    return ordinal


def closure_ordinals(closures: Iterable[date]) -> frozenset[int]:
    """The office's closure days as ordinals (what the counting loop compares)."""
    out: set[int] = set()
    for day in closures:
        if isinstance(day, datetime):
            day = day.date()
        if not isinstance(day, date):
            raise InvalidClosureError(
                f"closure day {day!r} is not a date: give closure days as dates (YYYY-MM-DD)"
            )
        out.add(day.toordinal())
    return frozenset(out)


def reason_at(ordinal: int, closures: frozenset[int]) -> Reason | None:
    """Why the day is non-working (a statutory reason wins over a recorded closure)."""
    reason = TABLE[ordinal - FIRST_ORD]
    if reason is None and ordinal in closures:
        return CLOSURE
    return reason


def is_working_day(d: date, closures: Iterable[date] = ()) -> bool:
    """True when authorities and courts work that day (Mon-Fri, no holiday, no closure)."""
    return reason_at(check_range(d), closure_ordinals(closures)) is None


def non_working_reason(d: date, closures: Iterable[date] = (), lang: Lang = "sr") -> str | None:
    """Why `d` is not a working day, in words; None for a working day."""
    reason = reason_at(check_range(d), closure_ordinals(closures))
    return None if reason is None else reason.text(lang)


_WEEKDAYS_EN = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
_WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "sr": tuple(serbian(day) for day in _WEEKDAYS_EN),
    "en": _WEEKDAYS_EN,
}
# Rendered labels by day or moment, per language: explanations repeat the same days.
LABELS: dict[str, dict[date, str]] = {"sr": {}, "en": {}}


def _format_day(day: date, lang: Lang) -> str:
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "sr":  # Serbian writes a date with a final dot: "pon 13.05.2024."
        return f"{weekday} {day.day:02d}.{day.month:02d}.{day.year}."
    return f"{weekday} {day.isoformat()}"


def moment_label(moment: date, lang: Lang) -> str:
    """'Sat 2024-05-11' / 'sub 11.05.2024'; with ' 15:00' for a datetime (hour rules)."""
    cache = LABELS[lang]
    label = cache.get(moment)
    if label is None:
        if isinstance(moment, datetime):
            label = f"{_format_day(moment.date(), lang)} {moment:%H:%M}"
        else:
            label = _format_day(moment, lang)
        cache[moment] = label
    return label
