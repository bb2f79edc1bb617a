"""The office's report (issue 15) on the 10,000-case benchmark office: goal under a second.

Usage: python bench/bench_report.py [DATABASE_URL]   (default: a new SQLite file in /tmp)

`generate_office.py` makes the cases and deadlines; this adds what a report reads and the
generator leaves out: when each closed deadline was closed, 30,000 events (decisions with
outcomes among them), 3,000 generated filings and 600 brief services, then times
`Casework.report` for the last year and for the whole three years.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_office import generate
from sqlalchemy import insert, text

from casework import db
from casework.models import BriefService, Document, Event, event_identity
from casework.services import Casework

KINDS = ["application-lodged", "interview-held", "decision-delivered", "appeal-filed",
         "commission-decision-delivered", "lawsuit-filed", "judgment-delivered"]  # fmt: skip
OUTCOMES = ["rejected", "dismissed-safe-third-country", "granted", None]


def enrich(url: str, cases: int = 10_000, seed: int = 15) -> None:
    rnd = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC)
    with db.engine(url).begin() as conn:
        conn.execute(text("UPDATE deadline SET status_at = updated_at WHERE status != 'open'"))
        events: dict[tuple[int, str], dict[str, object]] = {}
        while len(events) < 30_000:  # one event per case, kind and day (the constraint)
            kind, case_id = rnd.choice(KINDS), rnd.randint(1, cases)
            on = today - dt.timedelta(days=rnd.randint(0, 3 * 365))
            events[(case_id, event_identity(kind, on, None))] = {
                "case_id": case_id, "kind": kind, "occurred_on": on,
                "identity": event_identity(kind, on, None),
                "outcome": rnd.choice(OUTCOMES) if kind == "decision-delivered" else None,
                "recorded_at": now, "version": 1,
            }  # fmt: skip
        conn.execute(insert(Event), list(events.values()))
        conn.execute(insert(Document), [
            {"case_id": rnd.randint(1, cases), "template_id": rnd.choice(["appeal", "poa",
             "lawsuit"]), "path": "/tmp/x.docx", "sha256": "0" * 64, "version": 1,
             "generated_at": now - dt.timedelta(days=rnd.randint(0, 3 * 365))}
            for _ in range(3_000)
        ])  # fmt: skip
        conn.execute(insert(BriefService), [
            {"given_on": today - dt.timedelta(days=rnd.randint(0, 3 * 365)),
             "nationality": rnd.choice(["Avganistan", "Sirija", "Pakistan", "Maroko"]),
             "sex": rnd.choice("mf"), "age_group": rnd.choice(["14-17", "18-34", None]),
             "topic": "pravo na azil", "recorded_at": now}
            for _ in range(600)
        ])  # fmt: skip


def main() -> None:
    url = (
        sys.argv[1]
        if len(sys.argv) > 1
        else (f"sqlite:///{tempfile.mkdtemp(prefix='azil-bench-')}/azil.sqlite3")
    )
    print(generate(url))
    enrich(url)
    cw = Casework(url, actor="bench")
    today = dt.date.today()
    for label, start in (("last year", today - dt.timedelta(days=365)),
                         ("three years", today - dt.timedelta(days=3 * 365))):  # fmt: skip
        cw.report(start, today)  # warm the connection and the caches once
        best = min(_timed(cw, start, today) for _ in range(5))
        r = cw.report(start, today)
        print(f"report, {label}: {best * 1000:.0f} ms (best of 5); {r.legal_aid.persons} "
              f"persons, {sum(d.decided for d in r.authority_delays.values())} authority "
              f"decisions")  # fmt: skip


def _timed(cw: Casework, start: dt.date, end: dt.date) -> float:
    t0 = time.perf_counter()
    cw.report(start, end)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
