"""Scratch copies of clients' filings live in azil's private data folder and do not
outlive the run that made them (issue 13: a killed `render-batch --pdf` left every
client's .docx and PDF in the system's temporary folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assembler import pdf
from casework import scratch
from casework.cli import main


def test_conversions_work_inside_the_private_data_folder(tmp_path: Path) -> None:
    with pdf.scratch("soffice") as work:
        assert Path(work).parent == scratch.scratch_root()
        assert f"-{os.getpid()}-" in Path(work).name


def test_a_start_removes_a_dead_runs_leftovers_and_keeps_a_running_ones() -> None:
    root = scratch.scratch_root()
    root.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    left = root / f"azil-soffice-{dead.stdout.strip()}-abc"
    (left / "in").mkdir(parents=True)
    (left / "in" / "00000.docx").write_text("Omar Al-Hassan")
    running = root / f"azil-soffice-{os.getppid()}-xyz"  # our parent: alive
    running.mkdir()
    assert main(["rules", "--json"]) == 0  # any command starts with the sweep
    assert not left.exists()
    assert running.exists()


def test_a_run_ended_by_sigterm_removes_its_own_scratch_folder(tmp_path: Path) -> None:
    # A child azil makes a scratch folder, then is terminated while it works.
    code = (
        "import os, signal, time\n"
        "from casework.cli import _clean_start\n"
        "from assembler import pdf\n"
        "_clean_start()\n"
        "with pdf.scratch('soffice') as work:\n"
        "    print(work, flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    time.sleep(30)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=os.environ.copy())  # fmt: skip
    work = Path(run.stdout.strip())
    assert work.parent == scratch.scratch_root()
    assert run.returncode == 128 + 15
    assert not work.exists()


def test_a_batch_stopped_half_way_has_recorded_every_file_it_made(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    # Issue 13: render-batch recorded its documents only at the end, so a killed batch
    # left clients' filings on disk that no record (and so no erasure) knew of.
    import assembler.batch
    from casework import db
    from casework.demo import load_demo
    from casework.services import Casework

    db.prepare()
    cw = Casework()
    load_demo(cw)
    real = assembler.batch._render_one
    calls: list[str] = []

    def second_is_killed(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 2:
            raise KeyboardInterrupt  # the person pressed Ctrl+C while the 2nd was made
        return real(*args, **kwargs)

    monkeypatch.setattr(assembler.batch, "_render_one", second_is_killed)
    out = tmp_path / "out"
    assert main(["render-batch", "poa", "--cases", "1,2", "--out", str(out)]) == 130
    made = list(out.glob("*.docx"))
    assert len(made) == 1
    recorded = [Path(d.path) for d in cw.get_case(1).documents if d.template_id == "poa"]
    assert made[0] in recorded
