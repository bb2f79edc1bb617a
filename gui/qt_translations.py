"""The interface's catalogues, with Qt's translation tools.

Sources under version control, editable in Qt Linguist: `gui/translations/azil_sr.ts`
(every string of azil's window, extracted by `tools/update_qt_catalogue.py` with
PySide6's lupdate), `azil_en.ts` (English plural forms only) and `qtbase_sr.ts` (Qt's
own buttons and menus, which Qt has in no Serbian). Each is compiled with PySide6's
`lrelease` into the user's cache folder the first time it is needed, and again whenever
the `.ts` changes; a packaged build ships the compiled `.qm` beside it, used first.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QTranslator

FOLDER = Path(__file__).resolve().parent / "translations"
_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    """PySide6's lrelease (shipped with PySide6-Essentials), else one on PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(source: Path) -> Path | None:
    """The .qm for `source`: shipped beside it, or compiled into the cache (None when
    there is no lrelease: the buttons then stay in Qt's English, nothing else breaks)."""
    shipped = source.with_suffix(".qm")
    # In the bundle the .qm was compiled from this very .ts by the build, whatever the
    # files' times say after unpacking; elsewhere an older .qm is stale.
    frozen = getattr(sys, "frozen", False)
    if shipped.is_file() and (frozen or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = Path(platformdirs.user_cache_dir("azil", appauthor=False)) / "translations"
    target = cache / f"{source.stem}-{digest}.qm"
    if target.is_file():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    return target if result.returncode == 0 and target.is_file() else None


def catalogues(lang: str) -> list[Path]:
    """The .ts sources of `lang`: Qt's own strings (Serbian only: Qt has an English
    original) and azil's (English: only the plural forms)."""
    if lang == "en":
        return [FOLDER / "azil_en.ts"]
    return [FOLDER / "qtbase_sr.ts", FOLDER / "azil_sr.ts"]


def use_language(lang: str) -> bool:
    """Install the catalogues of `lang`; True when all are installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if app is None:
        return False
    complete = True
    for source in catalogues(lang):
        qm = compiled(source)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)):
            complete = False
            continue
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    return complete


__all__ = ["FOLDER", "catalogues", "compiled", "use_language"]
