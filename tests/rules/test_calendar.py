"""The holiday calendar equals the Holidays Law (43/2001, 101/2007, 92/2011) year by year.

The law is written out here independently of the `holidays` package: fixed holidays,
Orthodox Easter from the Julian computus, and the Sunday rule (New Year, Statehood Day,
Labour Day and Armistice Day on a Sunday -> the next working day is off; never for
Christmas or Easter, never for a Saturday).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import rules
from rules.calendar import FIRST_DAY, LAST_DAY, ReasonKind, reason_at

YEARS = range(FIRST_DAY.year, LAST_DAY.year + 1)


def orthodox_easter(year: int) -> date:
    """Julian Easter (Meeus), converted to the Gregorian date (13 days, 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def law_holidays(year: int) -> dict[date, set[str]]:
    """Non-working holidays of one year: date -> English names (transfer days marked)."""
    days: dict[date, set[str]] = {}

    def add(day: date, name: str) -> None:
        days.setdefault(day, set()).add(name)

    movable = {
        "New Year": [date(year, 1, 1), date(year, 1, 2)],
        "Statehood Day": [date(year, 2, 15), date(year, 2, 16)],
        "Labour Day": [date(year, 5, 1), date(year, 5, 2)],
        "Armistice Day": [date(year, 11, 11)],
    }
    for name, dates in movable.items():
        for day in dates:
            add(day, name)
    add(date(year, 1, 7), "Orthodox Christmas")
    easter = orthodox_easter(year)
    add(easter - timedelta(days=2), "Good Friday")
    add(easter - timedelta(days=1), "Holy Saturday")
    add(easter, "Easter Sunday")
    add(easter + timedelta(days=1), "Easter Monday")
    # The Sunday rule: the next day that is neither a weekend nor already off.
    for name, dates in movable.items():
        for day in dates:
            if day.weekday() == 6:
                off = day + timedelta(days=1)
                while off.weekday() >= 5 or off in days:
                    off += timedelta(days=1)
                add(off, f"transfer:{name}")
    return days


def test_julian_easter_known_dates():
    # Published Orthodox Easter dates.
    assert orthodox_easter(2021) == date(2021, 5, 2)
    assert orthodox_easter(2024) == date(2024, 5, 5)
    assert orthodox_easter(2025) == date(2025, 4, 20)
    assert orthodox_easter(2026) == date(2026, 4, 12)


@pytest.mark.parametrize("year", YEARS)
def test_calendar_equals_the_law(year):
    law = law_holidays(year)
    day = date(year, 1, 1)
    while day.year == year:
        reason = reason_at(day.toordinal(), frozenset())
        names = law.get(day)
        if names:
            assert reason is not None, f"{day} is a holiday by law"
            transfers = {n for n in names if n.startswith("transfer:")}
            if transfers and transfers == names:
                assert reason.kind is ReasonKind.TRANSFER, day
            else:
                assert reason.kind is ReasonKind.HOLIDAY, day
            for name in names:
                assert name.removeprefix("transfer:") in reason.en, (day, reason.en)
        elif day.weekday() == 5:
            assert reason is not None and reason.kind is ReasonKind.SATURDAY, day
        elif day.weekday() == 6:
            assert reason is not None and reason.kind is ReasonKind.SUNDAY, day
        else:
            assert reason is None, f"{day} is a working day by law, engine says {reason}"
        day += timedelta(days=1)


def test_the_law_has_the_domain_transfer_days():
    # DOMAIN.md: 3 Jan 2023, 17 Feb 2026, 4 May 2021 (2 May = Easter Sunday, 3 May
    # Easter Monday); these check the test's own law implementation too.
    assert "transfer:New Year" in law_holidays(2023)[date(2023, 1, 3)]
    assert "transfer:Statehood Day" in law_holidays(2026)[date(2026, 2, 17)]
    assert "transfer:Labour Day" in law_holidays(2021)[date(2021, 5, 4)]
    # Christmas on a Sunday (7 Jan 2024) is never moved; Saturday holidays never move.
    assert date(2024, 1, 8) not in law_holidays(2024)
    assert rules.is_working_day(date(2024, 1, 8))
    assert rules.is_working_day(date(2023, 11, 13))  # 11 Nov 2023 was a Saturday


def test_range_limits():
    assert date(2012, 1, 1) == rules.FIRST_DAY
    with pytest.raises(rules.CalendarRangeError, match="2011 amendment"):
        rules.is_working_day(date(2011, 11, 11))
