"""The desktop bundle against the virtualenv install: start-up, and what it costs on disk.

    bash packaging/build-linux.sh && .venv/bin/python bench/bench_bundle.py [RUNS]

Unpacks the newest dist/azil-*-linux-*.tar.gz into a temporary folder, fills a demo
office once, then times fresh processes (wall clock from launch, median of RUNS,
default 7; the two alternate) of the bundle's `azil/azil` and the virtualenv's `.venv/bin/azil`:
- launch to the first painted window of the app (AZIL_EXIT_AFTER_FIRST_PAINT makes the
  app print "first paint" and quit; the clock stops when that line arrives), offscreen;
- `azil --version` and `azil deadlines --json` (the command line).
Prints the archive's and the unpacked folder's sizes. Goal (issue 14): the bundle starts
no slower than the virtualenv.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def launch_ms(argv: list[str], env: dict[str, str], until: str | None = None) -> float:
    """Milliseconds from launch to exit, or to the first stdout line equal to `until`."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)  # fmt: skip
    assert proc.stdout is not None
    if until is None:
        proc.stdout.read()
    else:
        for line in proc.stdout:
            if line.strip() == until:
                break
        else:
            raise RuntimeError(f"{argv[0]} exited without {until!r}")
    elapsed = (time.perf_counter() - start) * 1000
    proc.stdout.read()
    if proc.wait() != 0:
        raise RuntimeError(f"{argv} exited with {proc.returncode}")
    return elapsed


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.lstat().st_size for p in files) / 1e6


def main(runs: int) -> None:
    archive = max((ROOT / "dist").glob("azil-*-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    tmp = Path(tempfile.mkdtemp(prefix="azil-bench-bundle-"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="tar")
    bundle, venv = str(tmp / "azil" / "azil"), str(ROOT / ".venv" / "bin" / "azil")
    env = {"HOME": str(tmp), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "AZIL_DATA_DIR": str(tmp / "data"),
           "AZIL_USER": "Ana Petrović"}  # fmt: skip
    subprocess.run([bundle, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    print(f"{archive.name}: {size_mb(archive):.0f} MB, unpacked {size_mb(tmp / 'azil'):.0f} MB")
    cases = {
        "launch to first painted window": ([], "first paint"),
        "azil --version": (["--version"], None),
        "azil deadlines --json": (["deadlines", "--json"], None),
    }
    for name, (args, until) in cases.items():
        times: dict[str, list[float]] = {"bundle": [], "virtualenv": []}
        run_env = {**env, "AZIL_EXIT_AFTER_FIRST_PAINT": "1"} if until else env
        for i in range(runs + 1):
            # alternated, so that load from other work on the machine hits both alike
            for label, exe in (("bundle", bundle), ("virtualenv", venv)):
                ms = launch_ms([exe, *args], run_env, until)
                if i:  # the first round warms the file cache
                    times[label].append(ms)
        print(f"{name:<32} " + "   ".join(
            f"{label} {statistics.median(t):5.0f} ms (min {min(t):4.0f})"
            for label, t in times.items()
        ))  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
