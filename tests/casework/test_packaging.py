"""An installed wheel (not the checkout) finds the templates and the migrations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(ROOT)],
        check=True, capture_output=True, text=True, cwd=out,
    )  # fmt: skip
    [whl] = out.glob("azil-*.whl")
    return whl


@pytest.mark.slow
def test_wheel_carries_templates_and_migrations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("templates_docx/")}
    in_checkout = {p.name for p in (ROOT / "templates_docx").glob("*.docx")}
    assert in_checkout and in_checkout <= shipped
    assert any(n.startswith("casework/migrations/versions/0001") for n in names)
    assert "casework/migrations/script.py.mako" in names
    # the catalogues: without them the rules' names and reasoning have no Serbian
    assert "rules/locale/sr/LC_MESSAGES/rules.po" in names
    assert "casework/locale/sr/LC_MESSAGES/azil.po" in names
    assert "gui/translations/azil_sr.ts" in names
    # the fonts the window ships, with their licence (SIL OFL asks it to travel with them)
    assert {"gui/fonts/NotoSans-Regular.ttf", "gui/fonts/NotoSansArabic-Regular.ttf",
            "gui/fonts/OFL.txt"} <= set(names)  # fmt: skip


@pytest.mark.slow
def test_installed_wheel_renders_from_its_own_templates(wheel: Path, tmp_path: Path) -> None:
    # Install the wheel alone into a target folder and run from a folder outside the
    # checkout, with that folder first on the path: the command must find the templates
    # and the migrations inside the installed package, not in the checkout.
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(target), "AZIL_DATA_DIR": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    env.pop("AZIL_DATABASE_URL", None)
    script = (
        "import json, sys, templates_docx, rules, casework.db as db; from casework.cli import main;"
        "code = main(['templates', 'check']);"
        "db.upgrade();"
        "print(json.dumps({'code': code, 'templates': str(templates_docx.TEMPLATES_DIR),"
        " 'migrations': str(db.MIGRATIONS_DIR),"
        " 'name': rules.get_rule('appeal-regular').name_sr}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert result["templates"].startswith(str(target))
    assert result["migrations"].startswith(str(target))
    # the rules' Serbian, compiled from the installed catalogue into an empty cache
    assert result["name"] == "Žalba (redovni postupak)"
