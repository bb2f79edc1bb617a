"""Query times with 10,000 cases and 50,000 deadlines, on SQLite and on PostgreSQL.

Usage: python bench/bench_queries.py [--pg URL] [--runs N]

Measures (median of N runs after one warm-up), each against a 200 ms goal:
the upcoming-deadlines query (`Casework.deadlines(within_days=30)` and the whole list),
the reminders computation (every person's digest, as `azil reminders`), and the
calendar export (its query alone, and the whole .ics built).
PostgreSQL uses its own schema (azil_bench), rebuilt on every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.generate_office import generate
from casework import ical
from casework.reminders import reminders
from casework.services import Casework

GOAL_MS = 200.0


def _time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def bench(url: str, label: str, runs: int) -> None:
    print(f"== {label}: {generate(url)}")
    cw = Casework(url, actor="Admin")
    ical.office_identity(cw)
    cases: list[tuple[str, Callable[[], Any], Callable[[Any], str]]] = [
        ("deadlines(within_days=30)", lambda: cw.deadlines(within_days=30),
         lambda r: f"{len(r)} rows"),
        ("deadlines() whole open list", lambda: cw.deadlines(), lambda r: f"{len(r)} rows"),
        ("reminders (every digest)", lambda: reminders(cw),
         lambda r: f"{len(r.digests)} digests, {sum(d.count for d in r.digests)} items"),
        ("reminders --staff 'Advokat 1'", lambda: reminders(cw, staff="Advokat 1"),
         lambda r: f"{r.digests[0].count} items"),
        ("calendar export: query", lambda: ical._deadlines(cw, None), lambda r: f"{len(r)} rows"),
        ("calendar export --staff: query", lambda: ical._deadlines(cw, "Advokat 1"),
         lambda r: f"{len(r)} rows"),
        ("calendar export: whole .ics", lambda: ical.build_calendar(cw).to_ical(),
         lambda r: f"{len(r) // 1024} KiB"),
        ("calendar export --staff: whole .ics",
         lambda: ical.build_calendar(cw, "Advokat 1").to_ical(),
         lambda r: f"{len(r) // 1024} KiB"),
    ]  # fmt: skip
    for name, fn, describe in cases:
        ms, result = _time(fn, runs)
        flag = "ok" if ms < GOAL_MS else "OVER GOAL"
        print(f"  {name:38s} {ms:8.1f} ms  {flag:9s} ({describe(result)})")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pg", default=os.environ.get("AZIL_TEST_DATABASE_URL"))
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("AZIL_DATA_DIR", tmp)
        bench(f"sqlite:///{tmp}/bench.sqlite3", "SQLite", a.runs)
    if a.pg:
        admin = create_engine(a.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS azil_bench CASCADE"))
            conn.execute(text("CREATE SCHEMA azil_bench"))
        url = make_url(a.pg).update_query_dict({"options": "-csearch_path=azil_bench"})
        try:
            bench(url.render_as_string(hide_password=False), "PostgreSQL", a.runs)
        finally:
            with admin.connect() as conn:
                conn.execute(text("DROP SCHEMA IF EXISTS azil_bench CASCADE"))
            admin.dispose()
    else:
        print("PostgreSQL skipped: give --pg URL or set AZIL_TEST_DATABASE_URL")


if __name__ == "__main__":
    main()
