"""A big office for benchmarks: 10,000 cases and 50,000 deadlines, inserted in bulk.

Usage: python bench/generate_office.py DATABASE_URL [--cases N] [--deadlines M] [--seed S]

Realistic spread: cases opened over the last three years, 40 % closed; each case's
deadlines run from its opening to a little after today; past deadlines are almost all
done (a few waived, missed or forgotten open), recent and future ones of open cases are
open. Twelve staff: eight lawyers (one on leave), three paralegals, one admin; 3 % of
cases have no lawyer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

import rules
from casework import db
from casework.models import Case, Client, Deadline, Staff

FIRST = ["Ahmad", "Zahra", "Omar", "Lina", "Reza", "Maryam", "Ali", "Imran", "Ayesha", "Yusuf"]
LAST = ["Karimi", "Ahmadi", "Al-Hassan", "Haddad", "Hosseini", "Tehrani", "Jafari", "Khan"]


def generate(url: str, cases: int = 10_000, deadlines: int = 50_000, seed: int = 5) -> str:
    """Fill an empty, migrated database; returns a one-line summary."""
    rnd = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC)
    db.upgrade(url)
    catalogue = list(rules.catalogue())
    eng = db.engine(url)
    t0 = time.perf_counter()
    with eng.begin() as conn:
        staff = [("lawyer", f"Advokat {i}", i != 7) for i in range(1, 9)]
        staff += [("paralegal", f"Paralegal {i}", True) for i in range(1, 4)]
        staff += [("admin", "Admin", True)]
        conn.execute(
            insert(Staff),
            [{"id": i + 1, "name": name, "role": role, "active": active,
              "email": f"s{i + 1}@example.org"} for i, (role, name, active) in enumerate(staff)],
        )  # fmt: skip
        lawyers = list(range(1, 9))
        conn.execute(
            insert(Client),
            [{"id": i, "name_latin": f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}",
              "unaccompanied_minor": False, "vulnerability_medical": False,
              "vulnerability_trauma": False, "erased": False, "created_at": now,
              "updated_at": now, "version": 1} for i in range(1, cases + 1)],
        )  # fmt: skip
        case_rows = []
        opened: dict[int, dt.date] = {}
        closed: set[int] = set()
        for i in range(1, cases + 1):
            opened[i] = today - dt.timedelta(days=rnd.randint(0, 3 * 365))
            if rnd.random() < 0.4:
                closed.add(i)
            case_rows.append(
                {"id": i, "client_id": i, "procedure": rnd.choice(["regular"] * 6 + ["accelerated",
                 "border", "subsequent", "detention"]), "stage": "first-instance",
                 "status": "closed" if i in closed else "open",
                 "lawyer_id": None if rnd.random() < 0.03 else rnd.choice(lawyers),
                 "drafting": {}, "opened_on": opened[i], "created_at": now,
                 # A closed case was last changed when it closed, somewhere in its life.
                 "updated_at": now if i not in closed else dt.datetime.combine(
                     opened[i] + dt.timedelta(days=rnd.randint(0, (today - opened[i]).days)),
                     dt.time(12), tzinfo=dt.UTC),
                 "version": 1}
            )  # fmt: skip
        conn.execute(insert(Case), case_rows)
        rows = []
        for n in range(deadlines):
            case_id = n % cases + 1
            rule = rnd.choice(catalogue)
            span = (today + dt.timedelta(days=60) - opened[case_id]).days
            due = opened[case_id] + dt.timedelta(days=rnd.randint(0, max(span, 1)))
            trigger = due - dt.timedelta(days=15)
            if due < today - dt.timedelta(days=14):
                r = rnd.random()
                status = (
                    "done"
                    if r < 0.95
                    else "waived"
                    if r < 0.97
                    else "missed"
                    if r < 0.99
                    else "open"
                )
            else:
                status = "done" if case_id in closed else "open"
            safe = due - dt.timedelta(days=3) if due.weekday() == 0 and rnd.random() < 0.5 else None
            rows.append(
                {"case_id": case_id, "rule_id": rule.id, "trigger": trigger, "unextended": due,
                 "due": due, "safe_date": safe, "extended": safe is not None,
                 "binds": rule.binds.value, "basis": rule.basis,
                 "confidence": rule.confidence.value,
                 "explanation": [{"date": trigger.isoformat(), "sr": "Dan 0: dostavljanje",
                                  "en": "Day 0: delivery"},
                                 {"date": due.isoformat(), "sr": "Poslednji dan roka",
                                  "en": "Last day of the period"}],
                 "reminder_offsets": None, "status": status, "has_draft": False,
                 # Closed ones were closed around their due date, not all today.
                 "updated_at": now if status == "open" else dt.datetime.combine(
                     min(due, today), dt.time(12), tzinfo=dt.UTC),
                 "version": 1}
            )  # fmt: skip
        for start in range(0, len(rows), 5000):
            conn.execute(insert(Deadline), rows[start : start + 5000])
    if eng.dialect.name == "postgresql":
        with eng.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    else:
        with eng.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    open_count = sum(1 for r in rows if r["status"] == "open" and r["case_id"] not in closed)
    return (
        f"{cases} cases ({len(closed)} closed), {deadlines} deadlines ({open_count} open in open "
        f"cases) in {time.perf_counter() - t0:.1f} s"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("url")
    p.add_argument("--cases", type=int, default=10_000)
    p.add_argument("--deadlines", type=int, default=50_000)
    p.add_argument("--seed", type=int, default=5)
    a = p.parse_args()
    print(generate(a.url, a.cases, a.deadlines, a.seed))


if __name__ == "__main__":
    main()
