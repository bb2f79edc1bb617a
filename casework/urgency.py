"""How urgent a deadline is, decided in one place for the list, the app and the reminders.

A party's deadline counts down to the day to act by: the safe date where there is one
(DOMAIN.md principle 4), else the due date; it is overdue only once the legal due date
has passed. An authority's deadline counts down to its due date; once passed, the remedy
is open (from the day after, never earlier). A period after which something is deemed
done (public delivery) binds nobody and is never overdue.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import rules
from casework.i18n import both, numeric_day
from rules.i18n import Phrase

SOON = 3  # days: orange
THIS_WEEK = 7  # days: yellow


class Urgency(StrEnum):
    """The colour and the words a deadline gets, from the most urgent down."""

    OVERDUE = "overdue"  # a party's due date passed: missed, restoration is offered
    REMEDY_OPEN = "remedy-open"  # an authority's due date passed: the remedy lies
    TODAY = "today"  # act today: the last day, or past a party's safe date
    SOON = "soon"  # 3 days or fewer to act
    THIS_WEEK = "this-week"  # 7 days or fewer
    LATER = "later"
    PASSED = "passed"  # binds nobody and its day is behind (e.g. delivery deemed done)


def act_by(due: dt.date, safe_date: dt.date | None, binds: str) -> dt.date:
    """The day a person should act by: the safe date for a party, else the due date."""
    if binds == rules.Binds.PARTY.value and safe_date is not None:
        return safe_date
    return due


def urgency(
    due: dt.date,
    safe_date: dt.date | None,
    binds: str,
    today: dt.date,
    due_time: dt.time | None = None,
    now: dt.datetime | None = None,
) -> Urgency:
    """The one rule for how urgent a deadline is (see the module's docstring)."""
    passed = due < today
    if due_time is not None and due == today and now is not None:
        passed = now.time() >= due_time  # an hour rule ends at its minute, not at midnight
    if binds == rules.Binds.NOBODY.value:
        return Urgency.PASSED if passed else _countdown(due, today)
    if passed:
        return Urgency.REMEDY_OPEN if binds == rules.Binds.AUTHORITY.value else Urgency.OVERDUE
    return _countdown(act_by(due, safe_date, binds), today)


def _countdown(day: dt.date, today: dt.date) -> Urgency:
    left = (day - today).days
    if left <= 0:
        return Urgency.TODAY
    if left <= SOON:
        return Urgency.SOON
    if left <= THIS_WEEK:
        return Urgency.THIS_WEEK
    return Urgency.LATER


def overdue_remedy(rule_id: str, missed: dt.date) -> tuple[str, str] | None:
    """What a party can still do once its deadline has passed (Serbian, English).

    Before the Asylum Office and the Commission: restoration (vraćanje u pređašnje
    stanje, ZUP Arts. 82-83), 8 days from the cause ceasing, never later than 3 months
    from the missed day. A missed constitutional appeal: the Constitutional Court's own
    (povraćaj, Law on the Constitutional Court Art. 84(2)-(3)), 15 days, the same 3
    months. Before a court deciding under ZUS (the lawsuit) the civil procedure rules
    apply (ZUS Art. 74), whose text is not in laws/: the remedy is named without a date
    and marked to verify. None for a missed restoration request (ZUP Art. 83(3)), the
    ECtHR's time limit, or reporting to the asylum centre (the law on foreigners applies).
    """
    if rule_id in ("restoration", "restoration-constitutional", "ecthr-application",
                   "report-to-centre"):  # fmt: skip
        return None
    if rule_id in ("lawsuit-administrative-court", "appeal-detention"):
        civil = both(
            "The deadline was missed: restoration under the civil procedure rules (ZUS "
            "Art. 74); the time limits for the request may be shorter than in "
            "administrative procedure. VERIFY THE LEGAL BASIS."
        )
        return civil.sr, civil.en
    which = "restoration-constitutional" if rule_id == "constitutional-appeal" else "restoration"
    rule = rules.get_rule(which)
    try:
        limit = rules.compute(which, missed, missed=missed).limit_due
    except rules.RulesError:
        limit = None
    values = {
        "days": Phrase(
            rules.period_words(rule.period, rule.unit, "sr"),
            rules.period_words(rule.period, rule.unit, "en"),
        ),
        "basis": Phrase(rule.basis_text("sr"), rule.basis_text("en")),
        "day": numeric_day(limit) if limit else "",
    }
    if which == "restoration-constitutional":  # the Court's own word: povraćaj
        if limit:
            words = both(
                "The deadline was missed: a request to the Constitutional Court for "
                "restoration within {days} of the cause ceasing, no later than {day} "
                "({basis}).",
                **values,
            )
        else:
            words = both(
                "The deadline was missed: a request to the Constitutional Court for "
                "restoration within {days} of the cause ceasing ({basis}).",
                **values,
            )
    elif limit:
        words = both(
            "The deadline was missed: a request for restoration within {days} of the cause "
            "ceasing, no later than {day} ({basis}).",
            **values,
        )
    else:
        words = both(
            "The deadline was missed: a request for restoration within {days} of the cause "
            "ceasing ({basis}).",
            **values,
        )
    return words.sr, words.en
