"""AZIL_EXIT_AFTER_FIRST_PAINT: the app says "first paint" and quits, so that a start can
be timed from outside the process, the bundle's as the virtualenv's (bench_bundle.py)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_app_reports_its_first_paint_and_quits(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AZIL_DATA_DIR": str(tmp_path),
        "AZIL_EXIT_AFTER_FIRST_PAINT": "1",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from gui.launch import main; sys.exit(main([]))"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["first paint"]
