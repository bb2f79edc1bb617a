"""Qt's own strings (dialog buttons, edit menus) in Serbian, and azil's counts with their
plural forms, with Qt's translation tools.

The sources are `gui/translations/qt_sr.ts` and `qt_en.ts` (under version control,
editable in Qt Linguist). It is compiled with PySide6's `lrelease` into the user's cache folder the
first time it is needed, and again whenever the `.ts` changes; a packaged build ships
the compiled `.qm` beside it (`qt_sr.qm`), which is used first.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QTranslator

FOLDER = Path(__file__).resolve().parent / "translations"
SOURCE = FOLDER / "qt_sr.ts"
_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    """PySide6's lrelease (shipped with PySide6-Essentials), else one on PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(source: Path = SOURCE) -> Path | None:
    """The .qm for `source`: shipped beside it, or compiled into the cache (None when
    there is no lrelease: the buttons then stay in Qt's English, nothing else breaks)."""
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
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


def use_language(lang: str) -> bool:
    """Install the catalogue of `lang` (Serbian: Qt's own strings and azil's counts;
    English: the plural forms of azil's counts); True when installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if app is None:
        return False
    qm = compiled(FOLDER / f"qt_{'en' if lang == 'en' else 'sr'}.ts")
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def tn(source: str, n: int, **values: object) -> str:
    """A count in the interface's language with its plural form: `source` says "%n
    deadline(s)"; the installed catalogue gives "Učitano 5 rokova" / "1 deadline"."""
    text = QCoreApplication.translate("azil", source, None, n)
    return text.format(**values) if values else text


__all__ = ["compiled", "tn", "use_language"]
