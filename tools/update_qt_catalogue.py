"""Bring the interface's Qt catalogues up to date with the strings the code marks.

    .venv/bin/python tools/update_qt_catalogue.py

Runs PySide6's lupdate over gui/: `tr("...")` and `QT_TR_NOOP("...")` calls go into
gui/translations/azil_sr.ts (new ones untranslated, unused ones dropped, existing
translations kept) and their plural forms into azil_en.ts. Then write the Serbian for
the new entries (Qt Linguist, or by hand); tests/gui/test_qt_translations.py fails
until every one is translated. qtbase_sr.ts (Qt's own buttons) is kept by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "gui" / "translations"


def lupdate() -> str:
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / "lupdate")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def update(ts: Path, *options: str) -> None:
    command = [lupdate(), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, *options], cwd=ROOT, check=True)


def main() -> int:
    update(FOLDER / "azil_sr.ts")
    update(FOLDER / "azil_en.ts", "-pluralonly")
    untranslated = (FOLDER / "azil_sr.ts").read_text(encoding="utf-8").count('type="unfinished"')
    print(f"azil_sr.ts: {untranslated} untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
