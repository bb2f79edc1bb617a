"""PyInstaller run-time hook for azil: PyInstaller's own PySide6 hook, made lazy.

PyInstaller's hook (pyi_rth_pyside6) imports PySide6.QtCore at every start of the bundle
to register Qt's paths (an embedded qt.conf), which costs a command-line call about
0.1 s it never uses. This one sets the same environment at start, and registers qt.conf
when PySide6.QtCore is first imported, before any Qt object exists. The spec drops
PyInstaller's hook and adds this one.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


def _qt_folder() -> Path:
    base = Path(getattr(sys, "_MEIPASS", ""))
    return base / "PySide6" if sys.platform.startswith("win") else base / "PySide6" / "Qt"


class _RegisterQtConf(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the real loader of PySide6.QtCore once."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "PySide6.QtCore":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            original(module)
            from _pyi_rth_utils import qt

            qt.create_embedded_qt_conf("PySide6", str(_qt_folder()))

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _install() -> None:
    folder = _qt_folder()
    os.environ["QT_PLUGIN_PATH"] = str(folder / "plugins")
    os.environ["QML2_IMPORT_PATH"] = str(folder / "qml")
    if sys.platform.startswith("win"):
        # Qt's DLLs (OpenSSL for QtNetwork) beside the program
        os.environ["PATH"] = os.pathsep.join([sys._MEIPASS, os.environ.get("PATH", "")])
    sys.meta_path.insert(0, _RegisterQtConf())


_install()
