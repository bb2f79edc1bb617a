"""Write the bundle's LICENSES/ folder: the licence of everything it ships.

    python packaging/licenses.py OUT_DIR      (run by the build scripts, in the build venv)

The bundle redistributes Python, Qt/PySide6 and azil's dependencies, so it must carry
their licences. They come from the installed distributions' own metadata (the licence
files in each `*.dist-info`), walked from azil's requirements, so a new dependency is
covered without editing this file. Qt's LGPL obligations and azil's AGPL get a notice.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

QT_NOTICE = """\
Qt and PySide6 (Qt for Python)
==============================

This bundle contains Qt {qt} libraries and the PySide6 {pyside} bindings, both used
under the GNU Lesser General Public License version 3 (LGPLv3). They are unmodified
and dynamically linked: the Qt libraries are the separate files in the `_internal`
folder (libQt6*.so / Qt6*.dll, and the PySide6 modules beside them), and you may
replace them with your own build of the same version.

Source code of Qt: https://download.qt.io/official_releases/qt/
Source code of PySide6: https://download.qt.io/official_releases/QtForPython/
  and https://code.qt.io/cgit/pyside/pyside-setup.git/
The licence texts: texts/LGPL-3.0.txt and texts/GPL-3.0.txt in this folder
(https://www.gnu.org/licenses/lgpl-3.0.html).
"""

AZIL_NOTICE = """\
azil {version}
============

azil is free software: you can redistribute it and/or modify it under the terms of the
GNU Affero General Public License as published by the Free Software Foundation, either
version 3 of the License, or (at your option) any later version (AGPL-3.0-or-later).
It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see the
licence for details: https://www.gnu.org/licenses/agpl-3.0.html

The source code of this version is available from the people who gave you this bundle.

The bundle is made with PyInstaller, whose bootloader is GPLv2 with an exception that
allows it in bundles under any licence: https://pyinstaller.org/en/stable/license.html
"""


def _requirement(requirement: str, extras: set[str]) -> tuple[str, set[str]] | None:
    """The distribution a requirement names and the extras it asks of it; None when it
    stands behind an extra that was not asked for (psycopg[binary] asks for one)."""
    match = re.match(r"\s*([A-Za-z0-9_.-]+)\s*(?:\[([^\]]*)\])?", requirement)
    if not match:
        return None
    wanted = re.search(r"extra\s*==\s*['\"]([^'\"]+)", requirement)
    if wanted and wanted.group(1) not in extras:
        return None
    asked = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
    return match.group(1), asked


def shipped(root: str = "azil") -> list[Distribution]:
    """azil and everything it requires, transitively (what PyInstaller can pull in)."""
    seen: dict[str, Distribution] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        try:
            dist = seen.get(key) or distribution(name)
        except PackageNotFoundError:  # a requirement for another platform
            continue
        fresh = key not in seen
        seen[key] = dist
        if fresh or extras:
            todo += [r for req in dist.requires or [] if (r := _requirement(req, extras))]
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


# Full texts for distributions whose wheels carry no licence file (packaging/license-texts).
TEXTS = {"LGPL-3.0": ["LGPL-3.0.txt", "GPL-3.0.txt"], "LGPL-2.1": ["LGPL-2.1.txt"]}


def _licence_files(dist: Distribution) -> list[Path]:
    files = [
        Path(str(dist.locate_file(f)))
        for f in dist.files or []
        if re.search(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", f.name, re.IGNORECASE)
        and ".dist-info" in str(f)
    ]
    return [f for f in files if f.is_file()]


def write(out: Path) -> None:
    """Fill `out` with one folder per distribution, the notices and an index."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    index = ["What this bundle ships and under which licence", ""]
    for dist in shipped():
        name, version = dist.metadata["Name"], dist.version
        declared = dist.metadata.get("License-Expression") or dist.metadata.get("License")
        if not declared or len(declared) > 80:  # some put the whole text here
            classifiers = dist.metadata.get_all("Classifier") or []
            declared = "; ".join(c.split(" :: ")[-1] for c in classifiers if "License" in c)
        folder = out / f"{name}-{version}"
        folder.mkdir()
        files = _licence_files(dist)
        for f in files:
            shutil.copyfile(f, folder / f.name)
        if not files:  # the wheel has none: say what it declares, point at the full text
            texts = [t for key, names in TEXTS.items() if key in (declared or "") for t in names]
            note = f"{name} {version} declares its licence as: {declared}\n"
            note += "".join(f"Full text: ../texts/{t}\n" for t in texts)
            (folder / "LICENSE-DECLARED.txt").write_text(note, "utf-8")
        if name.lower() == "azil":
            (folder / "NOTICE.txt").write_text(AZIL_NOTICE.format(version=version), "utf-8")
        index.append(f"{name} {version}: {declared or 'see its folder'}")
    shutil.copytree(Path(__file__).resolve().parent / "license-texts", out / "texts")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    python = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    if python_licence.is_file():
        (out / f"Python-{python}").mkdir()
        shutil.copyfile(python_licence, out / f"Python-{python}" / "LICENSE.txt")
    index.append(f"Python {python}: PSF License Agreement")
    from PySide6 import QtCore, __version__

    (out / "Qt-LGPL-NOTICE.txt").write_text(
        QT_NOTICE.format(qt=QtCore.qVersion(), pyside=__version__), "utf-8"
    )
    index += ["", "Qt and PySide6: LGPLv3, dynamically linked; see Qt-LGPL-NOTICE.txt."]
    (out / "README.txt").write_text("\n".join(index) + "\n", "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]))
