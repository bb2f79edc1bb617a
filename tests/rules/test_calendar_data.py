"""The frozen holiday table (rules/holidays_rs.py) is the package's, and the law's.

The calendar counts from the frozen file so that an upgrade of the `holidays` package
can never move a due date unseen: this test fails instead, and
tools/freeze_holidays.py writes the new file, whose diff is read before committing.
"""

from __future__ import annotations

from datetime import date

import holidays

from rules.calendar import FIRST_DAY, LAST_DAY, UNVERIFIED_YEARS, law_holidays
from rules.holidays_rs import HOLIDAYS


def test_the_frozen_table_is_what_the_installed_package_gives():
    package = holidays.country_holidays(
        "RS", years=range(FIRST_DAY.year, LAST_DAY.year + 1), language="en_US"
    )
    assert {day.isoformat(): name for day, name in package.items()} == HOLIDAYS


def test_the_frozen_table_agrees_with_the_holidays_law_every_year():
    by_year: dict[int, set[date]] = {}
    for day in HOLIDAYS:
        parsed = date.fromisoformat(day)
        by_year.setdefault(parsed.year, set()).add(parsed)
    for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
        assert by_year[year] == law_holidays(year), year
    assert frozenset() == UNVERIFIED_YEARS


def test_the_command_line_does_not_import_the_package():
    # A fresh interpreter: computing a deadline must not load `holidays` (start-up).
    import subprocess
    import sys

    code = (
        "import sys, datetime, rules; "
        "rules.compute('appeal-regular', datetime.date(2024, 4, 26)); "
        "print('holidays' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
