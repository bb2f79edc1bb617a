"""Where conversions put their scratch copies of clients' filings: a private folder in
azil's data folder, never the system's temporary folder, swept at every start and at exit
(issue 13: a killed `render-batch --pdf` left every client's .docx and PDF in /tmp).

Each scratch folder carries the id of the process that made it (`assembler.pdf.scratch`),
so a start removes a dead run's leftovers without touching a running one's; at a normal
exit, or on SIGTERM, the process removes its own.
"""

from __future__ import annotations

import atexit
import os
import shutil
from pathlib import Path

from assembler import pdf
from casework.config import data_dir


def scratch_root() -> Path:
    return data_dir() / "tmp"


def sweep() -> list[Path]:
    """Remove what dead runs left (at a start); returns what was removed."""
    root = scratch_root()
    return pdf.sweep_stale(root) if root.is_dir() else []


def _remove_own() -> None:
    root = scratch_root()
    if root.is_dir():
        for mine in root.glob(f"azil-*-{os.getpid()}-*"):
            shutil.rmtree(mine, ignore_errors=True)


def install() -> None:
    """Point assembler's conversions at the private folder; clean it now and at exit."""
    pdf.work_root = scratch_root
    atexit.register(_remove_own)


install()
