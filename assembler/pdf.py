"""PDF through LibreOffice: one `soffice --headless` process converts a whole batch.

Starting LibreOffice costs seconds; converting a page costs milliseconds, so a batch
goes through one process. Each run gets its own throw-away profile
(-env:UserInstallation) so that parallel runs, or a LibreOffice the user has open,
do not block each other.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from assembler.errors import PdfConversionError, PdfUnavailableError
from assembler.output import ensure_private_dir, write_new_version


def find_soffice() -> str | None:
    """The LibreOffice executable, or None; AZIL_SOFFICE overrides the search.

    PATH first (Linux packages, a user's own choice), then the folders LibreOffice's own
    installers use: an office computer running Windows has no soffice on PATH."""
    override = os.environ.get("AZIL_SOFFICE")
    if override:
        return override if Path(override).exists() else None
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((str(p) for p in standard_locations(os.environ) if p.is_file()), None)


def standard_locations(environ: Mapping[str, str]) -> list[Path]:
    """Where LibreOffice's installers put soffice: Windows' program folders (64- and
    32-bit) and macOS' Applications. Takes the environment to stay testable anywhere."""
    folders = [environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
    windows = [
        Path(folder) / "LibreOffice" / "program" / "soffice.exe"
        for folder in dict.fromkeys(f for f in folders if f)
    ]
    return [*windows, Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]


# Where the conversions' scratch folders go (copies of clients' filings): the caller's
# private folder when it names one (`casework` gives its data folder), else the system's.
work_root: Callable[[], Path | None] = lambda: None  # noqa: E731


def _die_with_parent() -> None:
    """In the child, before LibreOffice starts (Linux): if azil is killed, so is it
    (issue 13: a killed batch left soffice running over clients' files)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: nothing to arrange
        pass


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (POSIX); elsewhere assume it does, and let age
    decide (on Windows signal 0 is not a probe)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def sweep_stale(root: Path, older_than_s: float = 6 * 3600) -> list[Path]:
    """Remove scratch folders a killed azil left behind (copies of clients' filings in
    them): those of a process that no longer runs, and any older than `older_than_s`.
    Returns what was removed."""
    import time

    removed: list[Path] = []
    for stale in root.glob("azil-*"):
        owner = stale.name.split("-")[2] if stale.name.count("-") >= 3 else ""
        try:
            old = time.time() - stale.stat().st_mtime > older_than_s
        except OSError:
            continue
        if old or (owner.isdigit() and not _alive(int(owner))):
            shutil.rmtree(stale, ignore_errors=True)
            removed.append(stale)
    return removed


def scratch(kind: str) -> tempfile.TemporaryDirectory[str]:
    """A private scratch folder for one conversion, named after this process, so that a
    start can tell a dead run's leftovers from a running one's (`sweep_stale`)."""
    root = work_root()
    if root is not None:
        ensure_private_dir(root)
        sweep_stale(root)  # an app open all day meets a dead batch's leftovers here
    return tempfile.TemporaryDirectory(prefix=f"azil-{kind}-{os.getpid()}-", dir=root)


def to_pdf(paths: Sequence[Path], out_dir: Path, *, timeout: float | None = None) -> list[Path]:
    """Convert the .docx files to PDF in one LibreOffice run; return the PDFs, in order.

    A PDF is named after its .docx and, like every output, never overwrites a file.
    """
    if not paths:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailableError()
    out_dir = ensure_private_dir(Path(out_dir))
    with scratch("soffice") as work:
        profile = Path(work) / "profile"
        converted = Path(work) / "out"
        converted.mkdir()
        # LibreOffice names each PDF after its input; two inputs with the same name (two
        # cases, same client name and day) would give one PDF for both. Number them.
        inputs = Path(work) / "in"
        inputs.mkdir()
        staged = []
        for i, p in enumerate(paths):
            copy = inputs / f"{i:05d}.docx"
            shutil.copyfile(p, copy)
            staged.append(copy)
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            *(str(p) for p in staged),
        ]
        limit = timeout if timeout is not None else 60 + 10 * len(paths)
        try:
            run = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=limit,
                check=False,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        except subprocess.TimeoutExpired as exc:
            raise PdfConversionError(
                f"LibreOffice did not finish converting {len(paths)} file(s) within {limit:.0f} s; "
                "the .docx files are ready, convert them by hand or retry"
            ) from exc
        except OSError as exc:
            raise PdfConversionError(f"cannot start LibreOffice ({soffice}): {exc}") from exc
        missing = [
            p
            for p, c in zip(paths, staged, strict=True)
            if not (converted / f"{c.stem}.pdf").is_file()
        ]
        if missing:
            detail = (run.stderr or run.stdout).strip().splitlines()[-1:] or ["no message"]
            raise PdfConversionError(
                f"LibreOffice made no PDF for {', '.join(Path(p).name for p in missing)} "
                f"(exit code {run.returncode}: {detail[0]}); the .docx files are unaffected"
            )
        results: list[Path] = []
        for p, c in zip(paths, staged, strict=True):
            data = (converted / f"{c.stem}.pdf").read_bytes()
            results.append(_write_pdf(data, out_dir, Path(p).stem))
        return results


def _write_pdf(data: bytes, out_dir: Path, stem: str) -> Path:
    """Use the .docx's own versioned name when free, else add a version of the PDF."""
    target = out_dir / f"{stem}.pdf"
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return write_new_version(data, out_dir, stem, ".pdf")
    os.close(fd)
    return _replace_atomically(data, target)


def _replace_atomically(data: bytes, target: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=".azil-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        raise
    return target
