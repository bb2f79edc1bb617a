"""Where LibreOffice is looked for: PATH, then its installers' standard folders (an office
computer running Windows has no soffice on PATH)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assembler import pdf


def test_windows_program_folders_in_order_without_repeats():
    environ = {
        "ProgramFiles": r"C:\Program Files",
        "ProgramW6432": r"C:\Program Files",
        "ProgramFiles(x86)": r"C:\Program Files (x86)",
    }
    found = [str(p) for p in pdf.standard_locations(environ)]
    assert found[:2] == [
        str(Path(r"C:\Program Files") / "LibreOffice" / "program" / "soffice.exe"),
        str(Path(r"C:\Program Files (x86)") / "LibreOffice" / "program" / "soffice.exe"),
    ]
    assert found[-1] == "/Applications/LibreOffice.app/Contents/MacOS/soffice"


def test_found_in_a_program_folder_when_not_on_path(tmp_path, monkeypatch):
    soffice = tmp_path / "LibreOffice" / "program" / "soffice.exe"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"")
    monkeypatch.delenv("AZIL_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    assert pdf.find_soffice() == str(soffice)


@pytest.mark.parametrize("on_path", ["soffice", "libreoffice"])
def test_path_comes_first(tmp_path, monkeypatch, on_path):
    (tmp_path / "bin").mkdir()
    exe = tmp_path / "bin" / on_path
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.delenv("AZIL_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "nothing-here"))
    assert pdf.find_soffice() == str(exe)


def test_nothing_anywhere_is_none(tmp_path, monkeypatch):
    monkeypatch.delenv("AZIL_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        monkeypatch.delenv(name, raising=False)
    if Path("/Applications/LibreOffice.app/Contents/MacOS/soffice").exists():
        pytest.skip("this Mac has LibreOffice installed")
    assert pdf.find_soffice() is None
