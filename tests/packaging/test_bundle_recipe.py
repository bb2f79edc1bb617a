"""The desktop bundle's recipe (packaging/): the parts that can be checked without a
build. The build itself and its smoke test run in CI (packaging/smoke.sh)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _licenses() -> ModuleType:
    # by its path: a folder named `packaging` would shadow the PyPI package of that name
    spec = importlib.util.spec_from_file_location("azil_licenses", PACKAGING / "licenses.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_entry_names_azil_in_english_and_serbian():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "azil.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "azil"
    assert section["Icon"] == "azil" and section["Categories"] == "Office;"
    assert section["Comment"] and "azil" in section["Comment[sr]"]
    assert section["Terminal"] == "false"


@pytest.mark.parametrize(
    ("requirement", "extras", "expected"),
    [
        ("psycopg[binary]>=3.1", set(), ("psycopg", {"binary"})),
        ('psycopg-binary==3.3.9; implementation_name != "pypy" and extra == "binary"',
         {"binary"}, ("psycopg-binary", set())),
        ('psycopg-binary==3.3.9; extra == "binary"', set(), None),
        ('pytest>=8; extra == "test"', set(), None),
        ("Babel>=2.14", set(), ("Babel", set())),
    ],
)  # fmt: skip
def test_requirements_behind_an_extra_count_only_when_asked(requirement, extras, expected):
    assert _licenses()._requirement(requirement, extras) == expected


def test_licences_cover_qt_and_the_database_driver(tmp_path):
    out = tmp_path / "LICENSES"
    _licenses().write(out)
    index = (out / "README.txt").read_text(encoding="utf-8")
    for name in ("azil", "PySide6_Essentials", "shiboken6", "SQLAlchemy", "psycopg-binary"):
        assert f"\n{name} " in index, name
    assert "LGPLv3" in (out / "Qt-LGPL-NOTICE.txt").read_text(encoding="utf-8")
    assert (out / "texts" / "LGPL-3.0.txt").is_file()
    [azil] = out.glob("azil-*")
    assert "Affero" in (azil / "NOTICE.txt").read_text(encoding="utf-8")


def _fake_bundle(root: Path) -> Path:
    app = root / "azil"
    (app / "share").mkdir(parents=True)
    (app / "azil").write_text("#!/bin/sh\necho azil-fake\n")
    (app / "azil").chmod(0o755)
    for name in ("azil.desktop",):
        (app / "share" / name).write_bytes((PACKAGING / "linux" / name).read_bytes())
    for name in ("azil.svg", "azil-48.png", "azil-256.png"):
        (app / "share" / name).write_bytes((PACKAGING / "icons" / name).read_bytes())
    (app / "install.sh").write_bytes((PACKAGING / "linux" / "install.sh").read_bytes())
    return app


def test_install_sh_installs_into_the_users_folders_twice_alike(tmp_path):
    app, home = _fake_bundle(tmp_path / "unpacked"), tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.defpath}
    for _ in range(2):  # idempotent: a second run (an update) ends in the same state
        run = subprocess.run(["sh", str(app / "install.sh")], env=env, capture_output=True,
                             text=True, check=False)  # fmt: skip
        assert run.returncode == 0, run.stderr
    local = home / ".local"
    assert (local / "opt" / "azil" / "azil").is_file()
    launcher = local / "bin" / "azil"
    assert launcher.is_symlink()
    assert subprocess.run([launcher], capture_output=True, text=True).stdout == "azil-fake\n"
    desktop = (local / "share" / "applications" / "azil.desktop").read_text(encoding="utf-8")
    assert f'Exec="{local / "opt" / "azil" / "azil"}"' in desktop
    icons = local / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "azil.png").is_file()
    assert (icons / "scalable" / "apps" / "azil.svg").is_file()
    assert not (local / "opt" / "azil.new").exists()
    assert "menu:" in run.stdout  # it says what it did


@pytest.mark.parametrize("script", ["build-linux.sh", "smoke.sh", "linux/install.sh"])
def test_shell_scripts_parse(script):
    shell = "sh" if script.endswith("install.sh") else "bash"
    subprocess.run([shell, "-n", str(PACKAGING / script)], check=True)
