"""Desktop app figures: start to first paint, and the deadlines screen with a big office.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. /work/venv/bin/python bench/bench_gui.py

Builds a temporary SQLite office with 10,000 cases and 50,000 open deadlines by bulk
inserts (the engine is not the subject here), then measures:
- start to first paint of the main window (a fresh process: imports included);
- the deadlines screen's load (casework query, model, first paint of the table);
- per-keystroke filtering (typing a name, a rule filter, "mine only").
Targets (issue 6): first paint < 1.5 s, load < 300 ms, filter < 50 ms per keystroke.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

N_CASES = int(os.environ.get("BENCH_CASES", "10000"))
N_DEADLINES = int(os.environ.get("BENCH_DEADLINES", "50000"))
TODAY = dt.date(2025, 3, 3)

FIRST = ["Mohammad", "Ali", "Reza", "Olena", "Omar", "Fatima", "Ahmad", "Zahra", "Yusuf", "Lina"]
LAST = ["Rahimi", "Jafari", "Hosseini", "Kovalenko", "Al-Hassan", "Karimi", "Ahmadi", "Haddad"]
ORIG = ["محمد رحیمی", "علی جعفری", "Олена Коваленко", "عمر الحسن", "زهرا احمدی", ""]


def build_office(url: str) -> None:
    """Bulk-insert staff, clients, cases and deadlines (one transaction per table)."""
    import rules
    from casework import db
    from casework.models import Case, Client, Deadline, Staff, utcnow

    db.upgrade(url)
    eng = db.engine(url)
    rule_list = [r for r in rules.catalogue()]
    now = utcnow()
    with eng.begin() as conn:
        conn.execute(
            Staff.__table__.insert(),
            [
                {"id": i + 1, "name": n, "role": "lawyer", "active": True}
                for i, n in enumerate(("Ana Petrović", "Marko Jovanović", "Ivan Đorđević"))
            ],
        )
        conn.execute(
            Client.__table__.insert(),
            [
                {
                    "id": i + 1,
                    "name_latin": f"{FIRST[i % len(FIRST)]} {LAST[(i // 10) % len(LAST)]} {i}",
                    "name_original": ORIG[i % len(ORIG)] or None,
                    "nationality": "Avganistan",
                    "unaccompanied_minor": False,
                    "vulnerability_medical": False,
                    "vulnerability_trauma": False,
                    "erased": False,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(N_CASES)
            ],
        )
        conn.execute(
            Case.__table__.insert(),
            [
                {
                    "id": i + 1,
                    "client_id": i + 1,
                    "procedure": ("regular", "accelerated", "border")[i % 3],
                    "stage": "appeal",
                    "status": "open",
                    "lawyer_id": i % 3 + 1,
                    "drafting": {},
                    "opened_on": TODAY - dt.timedelta(days=90),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(N_CASES)
            ],
        )
        rows = []
        for i in range(N_DEADLINES):
            rule = rule_list[i % len(rule_list)]
            due = TODAY + dt.timedelta(days=(i * 7919) % 200 - 30)
            rows.append(
                {
                    "id": i + 1,
                    "case_id": i % N_CASES + 1,
                    "rule_id": rule.id,
                    "trigger": due - dt.timedelta(days=15),
                    "unextended": due,
                    "due": due,
                    "safe_date": due - dt.timedelta(days=1) if i % 5 == 0 else None,
                    "extended": i % 5 == 0,
                    "binds": str(getattr(rule.binds, "value", rule.binds)),
                    "basis": rule.basis,
                    "confidence": str(getattr(rule.confidence, "value", rule.confidence)),
                    "explanation": [
                        {"date": due.isoformat(), "sr": "dan 0", "en": "day 0"},
                        {"date": due.isoformat(), "sr": "poslednji dan", "en": "last day"},
                    ],
                    "status": "open",
                    "has_draft": False,
                    "updated_at": now,
                    "version": 1,
                }
            )
        conn.execute(Deadline.__table__.insert(), rows)


FIRST_PAINT = r"""
import time
t0 = time.perf_counter()
import os, sys
from PySide6.QtCore import QObject, QEvent
from gui.app import build_window, create_application
app = create_application(sys.argv[:1])
w = build_window()
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"{(time.perf_counter() - t0) * 1000:.0f}", flush=True)
            os._exit(0)
        return False
f = Painted()
w.deadlines.table.viewport().installEventFilter(f)
w.show()
app.exec()
"""


def first_paint(env: dict[str, str]) -> list[float]:
    out = []
    for _ in range(3):
        res = subprocess.run(
            [sys.executable, "-c", FIRST_PAINT],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        out.append(float(res.stdout.strip().splitlines()[-1]))
    return out


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="azil-bench-gui-"))
    url = f"sqlite:///{tmp / 'azil.sqlite3'}"
    os.environ["AZIL_DATA_DIR"] = str(tmp)
    os.environ["AZIL_DATABASE_URL"] = url
    os.environ["AZIL_USER"] = "Ana Petrović"
    t = time.perf_counter()
    build_office(url)
    print(f"office built: {N_CASES} cases, {N_DEADLINES} deadlines "
          f"({time.perf_counter() - t:.1f} s)")  # fmt: skip

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    paints = first_paint(env)
    print(f"start to first paint (fresh process, imports, {N_DEADLINES} deadlines): "
          f"median {statistics.median(paints):.0f} ms  (runs: {paints})")  # fmt: skip

    from PySide6.QtWidgets import QApplication

    from casework.services import Casework
    from gui.app import create_application
    from gui.context import AppContext
    from gui.screens.deadlines import DeadlinesScreen

    app = create_application(sys.argv[:1])
    cw = Casework(url)
    ctx = AppContext(cw, today=TODAY)
    screen = DeadlinesScreen(ctx)
    screen.resize(1200, 800)
    screen.show()
    app.processEvents()

    query, model, paint = [], [], []
    for _ in range(3):
        t0 = time.perf_counter()
        rows = cw.deadlines(today=TODAY)
        t1 = time.perf_counter()
        screen.set_rows(rows)
        t2 = time.perf_counter()
        screen.table.viewport().repaint()
        QApplication.processEvents()
        t3 = time.perf_counter()
        query.append((t1 - t0) * 1000)
        model.append((t2 - t1) * 1000)
        paint.append((t3 - t2) * 1000)
    total = [a + b + c for a, b, c in zip(query, model, paint, strict=True)]
    print(f"deadlines screen load ({len(rows)} rows): median {statistics.median(total):.0f} ms"
          f" = casework.deadlines() {statistics.median(query):.0f} ms"
          f" + model {statistics.median(model):.0f} ms"
          f" + paint {statistics.median(paint):.0f} ms")  # fmt: skip

    # The same screen on a realistically shaped office (bench/generate_office.py: 10,000
    # cases, 50,000 deadlines, most of them done; the screen lists the open ones).
    from generate_office import generate

    from casework import db as azil_db

    real_url = f"sqlite:///{tmp / 'real.sqlite3'}"
    azil_db.upgrade(real_url)
    print(generate(real_url))
    real_cw = Casework(real_url)
    real = []
    for _ in range(3):
        t0 = time.perf_counter()
        real_rows = real_cw.deadlines(today=TODAY)
        screen.set_rows(real_rows)
        screen.table.viewport().repaint()
        QApplication.processEvents()
        real.append((time.perf_counter() - t0) * 1000)
    print(
        f"deadlines screen load, realistic office ({len(real_rows)} open rows): "
        f"median {statistics.median(real):.0f} ms"
    )
    screen.set_rows(rows)
    QApplication.processEvents()

    def timed(action: object) -> float:
        t0 = time.perf_counter()
        action()  # type: ignore[operator]
        screen.table.viewport().repaint()
        QApplication.processEvents()
        return (time.perf_counter() - t0) * 1000

    keys = []
    for word in ("rahimi", "коваленко", "ahmad 12"):
        screen.search.clear()
        QApplication.processEvents()
        for ch in word:
            keys.append(timed(lambda ch=ch: screen.search.insert(ch)))
        print(f"  typed {word!r}: {screen.proxy.rowCount()} rows shown")
    screen.search.clear()
    others = [
        timed(lambda: screen.rule.setCurrentIndex(3)),
        timed(lambda: screen.mine.setChecked(True)),
        timed(lambda: screen.mine.setChecked(False)),
        timed(lambda: screen.rule.setCurrentIndex(0)),
        timed(lambda: screen.proxy.sort(4, screen.table.horizontalHeader().sortIndicatorOrder())),
    ]
    print(f"filter per keystroke ({len(keys)} keystrokes): median {statistics.median(keys):.1f} ms,"
          f" max {max(keys):.1f} ms")  # fmt: skip
    print(f"filter by rule / mine only / clear / sort by client: "
          f"{', '.join(f'{x:.0f}' for x in others)} ms")  # fmt: skip
    print(json.dumps({"first_paint_ms": statistics.median(paints),
                      "load_ms": statistics.median(total),
                      "load_realistic_ms": statistics.median(real),
                      "query_ms": statistics.median(query),
                      "keystroke_median_ms": statistics.median(keys),
                      "keystroke_max_ms": max(keys)}))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
