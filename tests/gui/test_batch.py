"""Batch generation from the case list: a worker, a progress dialog, Cancel, a summary."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QPushButton

DELIVERED = dt.date(2024, 4, 26)
TODAY = dt.date(2024, 5, 2)


def _office_letterhead(office):
    for key, value in (("office_name", "Centar za pravnu pomoć"),
                       ("office_address", "Beogradska 1, Beograd")):  # fmt: skip
        office.set_setting(key, value)
    ana = office.find_staff("Ana Petrović")
    office.update_staff(ana.id, bar_no="AKB 1234", capacity="advokat")
    return ana


def _appeal_case(office, lawyer, name, sex="m"):
    """A case at the appeal stage with everything the appeal needs (but the sex if None)."""
    from casework import documents
    from casework.demo import APPEAL_DRAFT

    client = office.add_client(name_latin=name, sex=sex, nationality="Avganistan")
    case = office.add_case(client.id, "regular", lawyer_id=lawyer.id)
    office.record_event(
        case.id,
        "decision-delivered",
        DELIVERED,
        reference="26-1234/24",
        act_date=dt.date(2024, 4, 22),
        today=TODAY,
        outcome="rejected",
    )
    documents.set_drafting(case.id, office.get_case(case.id).version, APPEAL_DRAFT, office)
    return case.id


@pytest.fixture
def three_cases(office):
    ana = _office_letterhead(office)
    return [
        _appeal_case(office, ana, "Ahmad Karimi"),
        _appeal_case(office, ana, "Lina Haddad", sex=None),  # missing: the client's sex
        _appeal_case(office, ana, "Omar Al-Hassan"),
    ]


def _select_all_rows(screen):
    screen.table.selectAll()
    return screen.selected_cases()


def _accept_with(template="appeal", all_open=False, pdf=False):
    def run(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData(template))
        (dialog.all_open if all_open else dialog.only_selected).setChecked(True)
        dialog.pdf.setChecked(pdf)
        return int(QDialog.DialogCode.Accepted)

    return run


def test_batch_generates_ready_cases_and_lists_the_one_with_missing_data(
    window, qtbot, office, three_cases, monkeypatch
):
    import gui.screens.cases as cases_mod

    window.go(1)
    screen = window.cases
    screen.reload()
    assert len(_select_all_rows(screen)) == 3
    monkeypatch.setattr(cases_mod, "_exec_dialog", _accept_with())
    assert screen.generate_batch()
    assert screen.batch_progress is not None and not screen.batch_button.isEnabled()
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=30000)

    ok, missing, ok2 = three_cases
    assert [len(office.get_case(c).documents) for c in three_cases] == [1, 0, 1]
    for cid in (ok, ok2):
        doc = office.get_case(cid).documents[0]
        assert doc.template_id == "appeal" and Path(doc.path).exists()
        assert Path(doc.path).parent.name == f"case-{cid:05d}"  # stored in its own folder
    summary = screen.summary
    assert "2 of 3 generated; without a document: 1" in summary.text.text()
    lines = summary.failed_lines()
    assert lines[0] == f"Case {missing} — Lina Haddad"
    assert any("is required by this template but empty" in line for line in lines[1:])
    assert screen.batch_button.isEnabled() and screen.batch_job is None

    # Double-click (activate) on the failed case opens it, to fix the data.
    summary.failures.itemActivated.emit(summary.failures.currentItem(), 0)
    assert window.stack.currentWidget() is window.case
    assert window.case.case.id == missing


def test_batch_summary_speaks_serbian_in_the_serbian_interface(
    window, qtbot, office, three_cases, monkeypatch
):
    from gui import i18n

    i18n.set_language("sr")
    screen = window.cases
    screen.reload()
    screen.start_batch("appeal", False, None)  # every open case
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=30000)
    text = screen.summary.text.text()
    assert "Napravljeno 2 od 3; bez dokumenta: 1." in text
    lines = screen.summary.failed_lines()
    assert lines[0].startswith(f"Predmet {three_cases[1]} — Lina Haddad")
    assert any("obavezno polje je prazno" in line for line in lines[1:]), lines


def test_cancel_after_the_first_case_keeps_only_that_one(
    window, qtbot, office, three_cases, monkeypatch
):
    from casework import documents

    real = documents.generate
    first_done, go_on = threading.Event(), threading.Event()
    calls = []

    def slow_generate(*args, **kwargs):
        result = real(*args, **kwargs)
        calls.append(args[0])
        first_done.set()
        go_on.wait(10)  # the user clicks Cancel while the first case is being made
        return result

    monkeypatch.setattr(documents, "generate", slow_generate)
    screen = window.cases
    screen.reload()
    refs = _select_all_rows(screen)
    assert screen.start_batch("appeal", False, refs)
    qtbot.waitUntil(first_done.is_set, timeout=30000)
    screen.batch_progress.findChild(QPushButton).click()  # the dialog's Cancel button
    go_on.set()
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=30000)

    assert calls == [three_cases[0]]
    assert [len(office.get_case(c).documents) for c in three_cases] == [1, 0, 0]
    assert screen.summary.outcome.cancelled
    text = screen.summary.text.text()
    assert "1 of 3 generated" in text and "Cancelled" in text


def test_pdfs_of_the_batch_come_from_one_libreoffice_run(
    window, qtbot, office, three_cases, monkeypatch
):
    import assembler.pdf

    runs = []

    def fake_to_pdf(paths, out_dir, **kw):
        runs.append(list(paths))
        out = []
        for p in paths:
            target = Path(out_dir) / (Path(p).stem + ".pdf")
            target.write_bytes(b"%PDF-1.4 " + Path(p).name.encode())
            out.append(target)
        return out

    monkeypatch.setattr(assembler.pdf, "to_pdf", fake_to_pdf)
    screen = window.cases
    screen.reload()
    screen.start_batch("appeal", True, None)
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=30000)
    assert len(runs) == 1 and len(runs[0]) == 2  # ONE run for both documents
    for cid in (three_cases[0], three_cases[2]):
        docx = Path(office.get_case(cid).documents[0].path)
        assert docx.with_suffix(".pdf").is_file()  # beside its own .docx
    assert "PDF: 2 files" in screen.summary.text.text()


def test_missing_libreoffice_is_a_clear_message_and_the_documents_stay(
    window, qtbot, office, three_cases, monkeypatch
):
    monkeypatch.setenv("AZIL_SOFFICE", "/nonexistent/soffice")
    screen = window.cases
    screen.reload()
    screen.start_batch("appeal", True, None)
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=30000)
    text = screen.summary.text.text()
    assert "LibreOffice is not installed" in text and "2 of 3 generated" in text
    assert [len(office.get_case(c).documents) for c in three_cases] == [1, 0, 1]


def test_batch_dialog_choices_and_keyboard(window, qtbot, office, three_cases):
    from casework.batch import CaseRef
    from casework.documents import template_choices
    from gui.screens.batch import BatchDialog

    one = BatchDialog([CaseRef(1, "A")], template_choices())
    qtbot.addWidget(one)
    assert one.all_open.isChecked()  # one highlighted row is not a choice of cases
    assert one.chosen_cases() is None
    two = BatchDialog([CaseRef(1, "A"), CaseRef(2, "B")], template_choices())
    qtbot.addWidget(two)
    assert two.only_selected.isChecked() and "(2)" in two.only_selected.text()
    assert [r.id for r in two.chosen_cases()] == [1, 2]
    assert two.template.currentData() == "appeal"
    assert two.template.accessibleName()
    none = BatchDialog([], template_choices())
    qtbot.addWidget(none)
    assert not none.only_selected.isEnabled()


def test_selection_in_the_case_list(window, office, three_cases):
    screen = window.cases
    screen.reload()
    sel = screen.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sel.select(screen.proxy.index(0, 0), flags)
    sel.select(screen.proxy.index(2, 0), flags)
    assert len(screen.selected_cases()) == 2


def test_a_batch_is_for_the_cases_with_that_filings_deadline_and_keeps_existing_drafts(
    office, three_cases, tmp_path, monkeypatch
):
    # Issue 12: the batch went to every open case (those at registration too), listed
    # only failures, and silently made v2 copies of drafts that existed.
    from casework.batch import cases_for, generate_for_cases

    monkeypatch.setenv("AZIL_DATA_DIR", str(tmp_path))
    waiting = office.add_case(office.add_client(name_latin="Yusuf Ibrahim").id, "regular")
    office.record_event(waiting.id, "registration", dt.date(2024, 5, 1),
                        at_time=dt.time(9, 0), today=TODAY)  # fmt: skip
    # the three cases have a running appeal period (delivered 26 April); the fourth is at
    # registration: no appeal to make there
    assert [r.id for r in cases_for(office, "appeal")] == three_cases
    first = generate_for_cases(office, None, "appeal", today=TODAY)
    made = sorted(ref.id for ref, _path in first.generated)
    assert made == [three_cases[0], three_cases[2]]  # Lina Haddad's sex is missing
    again = generate_for_cases(office, None, "appeal", today=TODAY)
    assert sorted(r.id for r in again.skipped) == made and not again.generated
    assert [f.case.id for f in again.failed] == [three_cases[1]]
    versions = generate_for_cases(office, None, "appeal", today=TODAY, new_versions=True)
    assert sorted(ref.id for ref, _p in versions.generated) == made  # asked for: v2


def test_the_summary_lists_what_was_made_and_opens_it(office, three_cases, qtbot, tmp_path,
                                                       monkeypatch):  # fmt: skip
    from casework.batch import generate_for_cases
    from gui.app import create_application
    from gui.screens import batch as batch_screen

    monkeypatch.setenv("AZIL_DATA_DIR", str(tmp_path))
    create_application()
    outcome = generate_for_cases(office, None, "appeal", today=TODAY)
    summary = batch_screen.BatchSummaryDialog(outcome, lambda case_id: None)
    qtbot.addWidget(summary)
    assert summary.made.topLevelItemCount() == 2
    opened = []
    monkeypatch.setattr("gui.widgets.open_url", lambda url: opened.append(url) or True)
    summary.made.itemActivated.emit(summary.made.topLevelItem(0), 0)
    assert opened and opened[0].toLocalFile() == str(outcome.generated[0][1])
