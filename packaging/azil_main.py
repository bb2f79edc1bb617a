"""The bundle's entry point: the same `azil` as the console script (gui.launch:main).

A separate file because PyInstaller freezes a script, not an entry point, and because
the batch renderer's worker processes (multiprocessing, "spawn") must be recognised
before anything else runs: in a frozen program the workers are the executable itself.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from gui.launch import main

    sys.exit(main())
