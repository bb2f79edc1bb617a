"""Start-up of the command line: a paralegal's script runs `azil` hundreds of times.

    PYTHONPATH=. .venv/bin/python bench/bench_startup.py [RUNS]

Times fresh processes (wall clock, the median of RUNS, default 15) of:
- `python -c pass` (the floor: the interpreter itself, in the same run);
- `azil --help`, `azil rules`, `azil deadline appeal-regular 2024-04-26`.
Each is printed in milliseconds and as a ratio to the floor. Goals (issue 11):
`--help` and `rules` under 150 ms, `deadline` under 250 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AZIL = [sys.executable, "-c", "import sys; from gui.launch import main; sys.exit(main())"]
COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "azil --help": [*AZIL, "--help"],
    "azil rules": [*AZIL, "rules"],
    "azil deadline appeal-regular 2024-04-26": [*AZIL, "deadline", "appeal-regular", "2024-04-26"],
}


def wall_ms(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main(runs: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AZIL_DATA_DIR": tempfile.mkdtemp()}
    results: dict[str, float] = {}
    for name, argv in COMMANDS.items():
        wall_ms(argv, env)  # warm the file cache and the .pyc files
        results[name] = statistics.median(wall_ms(argv, env) for _ in range(runs))
    floor = results["python -c pass"]
    for name, ms in results.items():
        print(f"{name:<42} {ms:7.1f} ms  {ms / floor:5.1f}× python -c pass")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
