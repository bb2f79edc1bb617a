"""End-to-end flows through the screens, on a real SQLite database and the real engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from gui.models import ROW_ROLE, DCol

DELIVERED = dt.date(2024, 4, 26)  # Fri; DOMAIN.md worked example


def typ(qtbot, widget, text):
    """Type like a user; QTest only types ASCII, so other scripts are inserted as an edit."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def _new_case(window, qtbot, name="Mohammad Rahimi", original="محمد رحیمی"):
    """Create a client and a case through the form, as a paralegal would."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    case = window.case
    assert case.case is None and window.stack.currentWidget() is case
    typ(qtbot, case.fields["name_latin"], name)
    typ(qtbot, case.fields["name_original"], original)
    typ(qtbot, case.fields["nationality"], "Avganistan")
    lawyer = case.fields["lawyer"]
    lawyer.setCurrentIndex(lawyer.findText("Ana Petrović"))
    assert case.save(), case.message.text()
    assert case.case is not None
    return case.case.id


def _record(case, qtbot, kind, on, outcome=None, **kw):
    case.tabs.setCurrentIndex(2)
    case.ev_kind.setCurrentIndex(case.ev_kind.findData(kind))
    if outcome is not None:
        case.ev_outcome.setCurrentIndex(case.ev_outcome.findData(outcome))
    case.ev_date.edit.clear()
    typ(qtbot, case.ev_date.edit, on)
    for name, text in kw.items():
        target = getattr(case, f"ev_{name}")
        typ(qtbot, getattr(target, "edit", target), text)
    return case.record_event()


def test_create_case_record_decision_see_appeal_deadline_generate_appeal(
    window, qtbot, office, monkeypatch
):
    from casework.demo import APPEAL_DRAFT

    case_id = _new_case(window, qtbot)
    case = window.case
    assert _record(
        case,
        qtbot,
        "decision-delivered",
        "26.04.2024",
        outcome="rejected",
        reference="26-1234/24",
        act_date="22.04.2024",
    )

    rows = {r.rule_id: r for r in case.case_deadlines.rows()}
    appeal = rows["appeal-regular"]
    assert appeal.due == dt.date(2024, 5, 13)  # day 15 Sat 11 May -> Mon 13 May
    assert appeal.safe_date == dt.date(2024, 5, 10)  # Fri before the Saturday extension
    shown = [case.case_deadlines.index(i, 1).data() for i in range(case.case_deadlines.rowCount())]
    assert "Mon 2024-05-13" in shown
    case.deadlines_view.setCurrentIndex(
        case.case_deadlines.index(list(rows).index("appeal-regular"), 0)
    )
    detail = case.deadline_detail.toPlainText()
    assert "Mon 2024-05-13" in detail and "Fri 2024-05-10" in detail
    assert "Safe date" in detail and "Legal basis" in detail
    assert "2024-05-11" in detail  # the step that lands on Saturday

    # The team view shows it too (the case screen told the others what changed).
    dl = [window.deadlines.model.row_at(i) for i in range(window.deadlines.model.rowCount())]
    assert any(r.case_id == case_id and r.rule_id == "appeal-regular" for r in dl)

    # Drafting: what the case file misses is listed; clicking one goes to the field.
    assert case.open_drafting("appeal")
    assert case.tabs.currentWidget() is case.drafting
    form = case.drafting
    problems = form.check()
    assert problems and form.problems.count() >= 1
    items = [form.problems.item(i) for i in range(form.problems.count())]
    gender = next(i for i in items if i.data(Qt.ItemDataRole.UserRole).field == "client_gender")
    form.problems.itemClicked.emit(gender)
    assert case.tabs.currentIndex() == 0
    assert case.fields["sex"].hasFocus()
    case.fields["sex"].setCurrentIndex(case.fields["sex"].findData("m"))
    assert case.save()
    # The office's letterhead and the lawyer's bar number come from Settings.
    for key, value in (("office_name", "Centar za pravnu pomoć"),
                       ("office_address", "Beogradska 1, Beograd")):  # fmt: skip
        office.set_setting(key, value)
    staff = office.find_staff("Ana Petrović")
    office.update_staff(staff.id, bar_no="AKB 1234", capacity="advokat")
    case.reload()
    assert case.open_drafting("appeal")
    # The lawyer's own part is asked in place: the grounds and the proposal are marked.
    form.check()
    assert form.questions["grounds"].error.isVisibleTo(form)
    assert form.questions["proposal"].error.isVisibleTo(form)
    # Answer it as a lawyer does: tick the grounds, pick the proposal by its meaning,
    # write the reasoning (a ground's reasoning is asked once the ground is ticked).
    grounds = form.questions["grounds"]
    assert not form.questions["ground_text_postupak"].isVisibleTo(form)
    for box in grounds.boxes:
        box.setChecked(True)
    assert form.questions["ground_text_postupak"].isVisibleTo(form)
    proposal = form.questions["proposal"].editor
    proposal.setCurrentIndex(proposal.findData("ponisti_i_vrati"))
    assert "annul the decision" in proposal.currentText()  # the meaning, not the code
    for name in ("decision_summary", "ground_text_postupak", "ground_text_cinjenice",
                 "ground_text_materijalno"):  # fmt: skip
        form.questions[name].editor.setPlainText(str(APPEAL_DRAFT[name]))
    assert form.dirty and not form.check()
    form.generate()  # saves the answers (one Save for the case), then generates
    assert office.get_case(case_id).drafting["proposal"] == "ponisti_i_vrati"
    assert office.get_case(case_id).drafting["grounds"] == list(APPEAL_DRAFT["grounds"])
    qtbot.waitUntil(lambda: case.documents.rowCount() == 1, timeout=20000)
    doc = case.documents.row_at(0)
    assert doc.template_id == "appeal" and Path(doc.path).exists()
    opened = []
    monkeypatch.setattr("gui.widgets.open_url", lambda url: opened.append(url) or True)
    case.documents_view.setCurrentIndex(case.documents.index(0, 0))
    case.open_button.click()
    assert opened and opened[0].toLocalFile() == doc.path
    # Nothing opens it (no word processor): say so and where the file is (issue 12: the
    # button did nothing, silently).
    monkeypatch.setattr("gui.widgets.open_url", lambda url: False)
    case.open_button.click()
    assert "No program on this computer opens this file" in case.doc_status.text()
    assert doc.path in case.doc_status.text()


def test_team_view_shows_another_users_change_after_refresh(window, qtbot, office, sqlite_url):
    from casework.services import Casework

    marko = Casework(sqlite_url, actor="Marko Jovanović")
    client = marko.add_client(name_latin="Olena Kovalenko", name_original="Олена Коваленко")
    case = marko.add_case(client.id, "regular", lawyer_id=marko.find_staff("Marko Jovanović").id)
    before = window.deadlines.model.rowCount()
    marko.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    assert window.deadlines.model.rowCount() == before  # not yet: nobody refreshed
    window.deadlines.refresh_button.click()
    assert window.deadlines.model.rowCount() == before + 1
    typ(qtbot, window.deadlines.search, "Коваленко")
    assert window.deadlines.proxy.rowCount() == 1
    r = window.deadlines.proxy.index(0, 0).data(ROW_ROLE)
    assert r.lawyer == "Marko Jovanović" and r.due == dt.date(2024, 5, 13)
    assert window.deadlines.proxy.index(0, int(DCol.SAFE)).data() == "Fri 2024-05-10"
    window.deadlines.mine.setChecked(True)  # acting as Ana: Marko's case is not hers
    assert window.deadlines.proxy.rowCount() == 0


def test_double_click_on_a_deadline_opens_its_case(window, qtbot, office):
    client = office.add_client(name_latin="Ali Jafari")
    case = office.add_case(client.id, "border")
    office.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    window.deadlines.reload()
    view = window.deadlines.table
    idx = window.deadlines.proxy.index(0, 0)
    view.scrollTo(idx)
    rect = view.visualRect(idx)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.case
    assert window.case.case is not None and window.case.case.id == case.id


def test_stale_edit_shows_who_changed_it_and_offers_reload(
    window, qtbot, office, sqlite_url, dialogs
):
    from casework.services import Casework

    case_id = _new_case(window, qtbot, name="Reza Hosseini", original="")
    marko = Casework(sqlite_url, actor="Marko Jovanović")
    c = marko.get_case(case_id)
    marko.update_client(c.client.id, c.client.version, nationality="Iran")

    edit = window.case.fields["contact"]
    typ(qtbot, edit, "+381 60 123")

    def press_reload(box: QMessageBox) -> int:
        box.buttons()[0].click()  # "Reload" is the first (accept) button
        return 0

    dialogs.answer = press_reload
    assert not window.case.save()
    stale = [d for d in dialogs.shown if d["title"] == "Someone changed this record"]
    assert stale, dialogs.shown
    assert "Marko Jovanović" in stale[0]["info"]
    assert window.case.fields["nationality"].text() == "Iran"  # reloaded


def test_impossible_date_cannot_be_saved_and_the_field_says_why(window, qtbot, office):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    case = window.case
    typ(qtbot, case.fields["name_latin"], "Yusuf Ibrahim")
    birth = case.fields["birth_date"]
    typ(qtbot, birth.edit, "31.02.1990")
    assert birth.error.isVisibleTo(case) and "does not exist" in birth.error.text()
    assert not case.save()
    assert "does not exist" in case.message.text()
    assert office.list_clients() == []
    birth.edit.clear()
    typ(qtbot, birth.edit, "1990-13-01")
    assert "does not exist" in birth.problem()
    birth.edit.clear()
    typ(qtbot, birth.edit, "yesterday")
    assert "is not a date" in birth.problem()
    birth.edit.clear()
    typ(qtbot, birth.edit, "28.02.1990.")
    assert birth.problem() is None
    assert case.save()
    assert office.list_clients()[0].birth_date == dt.date(1990, 2, 28)


def test_impossible_event_date_is_refused(window, qtbot, office):
    _new_case(window, qtbot, name="Lina Haddad", original="لينا حداد")
    case = window.case
    assert not _record(case, qtbot, "decision-delivered", "30.02.2024")
    assert "does not exist" in case.ev_date.error.text()
    assert case.events.rowCount() == 0


def test_time_field_only_for_events_that_start_an_hour_rule(window, qtbot, office):
    _new_case(window, qtbot, name="Ahmad Karimi", original="")
    case = window.case
    case.ev_kind.setCurrentIndex(case.ev_kind.findData("registration"))
    assert case.ev_time.isEnabled()
    case.ev_kind.setCurrentIndex(case.ev_kind.findData("decision-delivered"))
    assert not case.ev_time.isEnabled()
    assert _record(case, qtbot, "registration", "29.04.2024", time="14:30")
    rows = {r.rule_id: r for r in case.case_deadlines.rows()}
    assert rows["report-to-centre"].due == dt.date(2024, 5, 2)
    assert rows["report-to-centre"].due_time == dt.time(14, 30)


def test_leaving_a_form_with_unsaved_changes_asks(window, qtbot, office, dialogs):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    typ(qtbot, window.case.fields["name_latin"], "Bilal Ahmed")
    dialogs.answer = lambda box: int(QMessageBox.StandardButton.Cancel)
    window.go(0)
    assert window.stack.currentWidget() is window.case  # stayed: nothing lost
    assert dialogs.shown[-1]["title"] == "Unsaved changes"
    dialogs.answer = lambda box: int(QMessageBox.StandardButton.Save)
    window.go(1)
    assert window.stack.currentWidget() is window.cases
    assert [c.name_latin for c in office.list_clients()] == ["Bilal Ahmed"]


def test_cases_search_as_you_type_in_either_script(window, qtbot, office):
    for latin, original, nat in (
        ("Olena Kovalenko", "Олена Коваленко", "Ukrajina"),
        ("Omar Al-Hassan", "عمر الحسن", "Sirija"),
    ):
        cl = office.add_client(name_latin=latin, name_original=original, nationality=nat)
        office.add_case(cl.id, "regular", asylum_office_no=f"26-{cl.id}/24")
    window.cases.reload()
    window.go(1)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.cases.search.hasFocus()
    typ(qtbot, window.cases.search, "Коваленко")
    assert window.cases.proxy.rowCount() == 1
    window.cases.search.clear()
    typ(qtbot, window.cases.search, "sirij")
    assert window.cases.proxy.rowCount() == 1
    window.cases.search.clear()
    typ(qtbot, window.cases.search, "26-1/24")
    assert window.cases.proxy.rowCount() == 1


def test_unreachable_database_opens_settings_with_the_error(qtbot, dialogs, monkeypatch):
    from gui.app import build_window

    w = build_window("postgresql+psycopg://nobody@127.0.0.1:1/none")
    qtbot.addWidget(w)
    assert w.ctx.cw is None
    assert w.stack.currentWidget() is w.settings
    assert "cannot reach the database" in w.settings.startup_error.text()


def test_language_switches_to_serbian(window, qtbot):
    window.go(5)
    window.settings.language.setCurrentIndex(window.settings.language.findData("sr"))
    assert window.nav.item(0).text() == "Rokovi"
    assert window.deadlines.mine.text() == "Samo moji"
    assert window.case.tabs.tabText(3) == "Rokovi"


def test_closure_day_moves_deadlines_and_shows_in_calendar(window, qtbot, office):
    client = office.add_client(name_latin="Zahra Ahmadi")
    case = office.add_case(client.id, "regular")
    office.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    window.refresh_all()
    window.go(5)
    s = window.settings
    typ(qtbot, s.closure_day.edit, "13.05.2024")
    typ(qtbot, s.closure_reason, "Kancelarija za azil zatvorena")
    s.add_closure()
    assert "moved: 1" in s.message.text()
    r = window.deadlines.model.row_at(0)
    assert r.due == dt.date(2024, 5, 14)
    assert window.calendar.closures == {dt.date(2024, 5, 13): "Kancelarija za azil zatvorena"}
    # Issue 12: the list marks the deadline the closure moved, and says from where to where.
    model = window.deadlines.model
    due = model.index(0, int(DCol.DUE))
    assert due.data().startswith("↷ ")
    tip = due.data(Qt.ItemDataRole.ToolTipRole)
    assert "moved by a closure day" in tip and "Mon 2024-05-13 → Tue 2024-05-14" in tip


def test_keyboard_next_previous(window, qtbot, office):
    for name in ("A", "B"):
        cl = office.add_client(name_latin=name)
        c = office.add_case(cl.id, "regular")
        office.record_event(
            c.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
        )
    window.refresh_all()
    window.go(0)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.deadlines.table.currentIndex().row() == 1
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.deadlines.table.currentIndex().row() == 0


def test_controls_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QTableView

    missing = []
    for screen in (window.deadlines, window.cases, window.case, window.settings):
        for w in (
            screen.findChildren(QLineEdit)
            + screen.findChildren(QComboBox)
            + screen.findChildren(QTableView)
        ):
            if isinstance(w.parent(), QComboBox | QAbstractSpinBox):
                continue  # a combo box's or spin box's own line edit
            if not w.accessibleName() and w.isVisibleTo(screen):
                missing.append((type(w).__name__, w.objectName()))
    assert not missing


def test_start_paints_first_and_loads_deadlines_in_the_background(qtbot, office, dialogs):
    from gui.app import create_application
    from gui.context import AppContext
    from gui.mainwindow import MainWindow

    client = office.add_client(name_latin="Haider Al-Abadi")
    case = office.add_case(client.id, "regular")
    office.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    create_application()
    w = MainWindow(AppContext(office, today=dt.date(2024, 5, 2)))
    qtbot.addWidget(w)
    assert w.deadlines.model.rowCount() == 0  # nothing loaded before the first paint
    w.show()
    qtbot.waitUntil(lambda: w.deadlines.model.rowCount() == 1, timeout=10000)
    assert "Total 1" in w.deadlines.counts.text()


def test_closure_of_one_body_moves_only_its_deadlines(window, qtbot, office):
    # Appeal delivered Fri 2024-04-26 is due Mon 2024-05-13 (DOMAIN.md). A day the
    # Administrative Court was closed does not extend an appeal lodged through the Asylum
    # Office; a day the Asylum Office was closed moves it to Tue 2024-05-14.
    client = office.add_client(name_latin="Zahra Ahmadi")
    case = office.add_case(client.id, "regular")
    office.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    window.refresh_all()
    window.go(5)
    s = window.settings
    s.closure_body.setCurrentIndex(s.closure_body.findData("administrative-court"))
    typ(qtbot, s.closure_day.edit, "13.05.2024")
    typ(qtbot, s.closure_reason, "Upravni sud ne radi")
    s.add_closure()
    assert "moved: 0" in s.message.text()
    assert window.deadlines.model.row_at(0).due == dt.date(2024, 5, 13)
    s.closure_body.setCurrentIndex(s.closure_body.findData("asylum-office"))
    typ(qtbot, s.closure_day.edit, "13.05.2024")
    typ(qtbot, s.closure_reason, "Kancelarija za azil zatvorena")
    s.add_closure()
    assert "moved: 1" in s.message.text()
    # which one, from when to when (issue 12: only "Pomereno rokova: 4" was said)
    assert f"case {case.id} · Appeal (regular procedure): Mon 2024-05-13 → Tue 2024-05-14" in (
        s.message.text()
    )
    assert window.deadlines.model.row_at(0).due == dt.date(2024, 5, 14)


def test_waiving_a_deadline_asks_for_the_reason(window, qtbot, office, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    client = office.add_client(name_latin="Reza Hosseini")
    case = office.add_case(client.id, "regular")
    office.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    window.refresh_all()
    window.open_case(case.id)
    view = window.case.deadlines_view
    view.setCurrentIndex(view.model().index(0, 0))
    assert window.case.waive.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    window.case.waive.click()  # an empty reason waives nothing
    assert office.deadlines(case_id=case.id)[0].status == "open"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("klijent povukao zahtev", True))
    window.case.waive.click()
    assert office.deadlines(case_id=case.id, status="waived")[0].id
    [entry] = [e for e in office.audit(case.id) if e.action == "mark"]
    assert "klijent povukao zahtev" in (entry.new or "") and entry.actor == "Ana Petrović"


def test_correcting_an_events_date_moves_its_deadline_and_says_so(
    window, qtbot, office, monkeypatch
):
    # Delivered Fri 2024-04-26: appeal due Mon 2024-05-13 (day 15 is a Saturday).
    # Corrected to Thu 2024-04-25: day 15 is Fri 2024-05-10, a working day.
    import gui.screens.case_events as events_mod

    client = office.add_client(name_latin="Samir Nazari")
    c = office.add_case(client.id, "regular")
    office.record_event(
        c.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    window.refresh_all()
    window.open_case(c.id)
    case = window.case
    case.tabs.setCurrentIndex(2)
    assert not case.correct_button.isEnabled()
    case.events_view.setCurrentIndex(case.events.index(0, 0))
    assert case.correct_button.isEnabled()

    seen = []

    def fill(dialog):
        seen.append(dialog.date.text())
        assert not dialog.time.isVisibleTo(dialog)  # the event has no time
        dialog.date.edit.clear()
        typ(qtbot, dialog.date.edit, "31.04.2024")  # impossible: the dialog refuses it
        assert dialog.problems() and "does not exist" in dialog.date.error.text()
        dialog.date.edit.clear()
        typ(qtbot, dialog.date.edit, "25.04.2024")
        assert not dialog.problems()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(events_mod, "_exec_dialog", fill)
    case.correct_button.click()
    assert seen == ["2024-04-26"]
    [appeal] = [r for r in office.deadlines(case_id=c.id) if r.rule_id == "appeal-regular"]
    assert appeal.due == dt.date(2024, 5, 10)
    text = case.message.text()
    assert "Mon 2024-05-13 → Fri 2024-05-10" in text, text
    assert "Deadlines moved" in text and "appeal" in text.lower()
    assert window.statusBar().currentMessage() == text
    assert case.tabs.currentIndex() == 3  # the deadlines, refreshed
    shown = [case.case_deadlines.row_at(i).due for i in range(case.case_deadlines.rowCount())]
    assert dt.date(2024, 5, 10) in shown and dt.date(2024, 5, 13) not in shown
    assert any(r.due == dt.date(2024, 5, 10) for r in window.deadlines.model.rows())
    assert any(e.action == "recompute" for e in office.audit(c.id))


def test_an_unrecorded_outcome_is_flagged_and_filling_it_in_moves_the_appeal(
    window, qtbot, office, monkeypatch
):
    # Delivered Fri 2024-04-26, outcome not recorded: the regular procedure's shortest
    # appeal, a dismissal's 8 days -> Sat 4 May (Holy Saturday) -> Tue 7 May 2024, and
    # the row says why. Filled in as a rejection on the merits: 15 days -> Mon 13 May.
    import gui.screens.case_events as events_mod
    from gui.models import note_text

    client = office.add_client(name_latin="Samir Nazari")
    c = office.add_case(client.id, "regular")
    window.refresh_all()
    window.open_case(c.id)
    case = window.case
    assert _record(case, qtbot, "decision-delivered", "26.04.2024")
    [row] = case.case_deadlines.rows()
    assert (row.rule_id, row.due) == ("appeal-dismissal", dt.date(2024, 5, 7))
    assert "outcome not recorded" in note_text(row)
    case.tabs.setCurrentIndex(2)
    case.events_view.setCurrentIndex(case.events.index(0, 0))

    def fill(dialog):
        assert dialog.outcome_box.isVisibleTo(dialog)
        dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("rejected"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(events_mod, "_exec_dialog", fill)
    case.correct_button.click()
    [row] = case.case_deadlines.rows()
    assert (row.rule_id, row.due, row.outcome_unknown) == (
        "appeal-regular",
        dt.date(2024, 5, 13),
        False,
    )
    assert "Tue 2024-05-07 → Mon 2024-05-13" in case.message.text()


def test_correcting_an_hour_event_asks_for_the_time_too(window, qtbot, office, monkeypatch):
    import gui.screens.case_events as events_mod

    client = office.add_client(name_latin="Ahmad Karimi")
    c = office.add_case(client.id, "regular")
    office.record_event(
        c.id,
        "registration",
        dt.date(2024, 4, 29),
        at_time=dt.time(14, 30),
        today=dt.date(2024, 5, 2),
    )
    window.open_case(c.id)
    case = window.case
    case.tabs.setCurrentIndex(2)
    case.events_view.setCurrentIndex(case.events.index(0, 0))

    def fill(dialog):
        assert dialog.time.isVisibleTo(dialog) and dialog.time.text() == "14:30"
        dialog.time.setText("25:00")
        assert dialog.problems()
        dialog.time.setText("09:15")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(events_mod, "_exec_dialog", fill)
    assert case.correct_event_date()
    [row] = [r for r in office.deadlines(case_id=c.id) if r.rule_id == "report-to-centre"]
    assert row.due_time == dt.time(9, 15)


def test_screenshots_are_serbian_unless_this_computer_chose(qtbot, tmp_path, monkeypatch):
    from casework import config
    from gui import i18n, screenshots

    monkeypatch.setattr(config, "read_local", lambda: {})
    assert screenshots.render_all(tmp_path / "shots") == 0
    assert i18n.language() == "sr"
    assert (tmp_path / "shots" / "cases.png").is_file()
    monkeypatch.setattr(config, "read_local", lambda: {"language": "en"})
    assert screenshots.render_all(tmp_path / "shots2") == 0
    assert i18n.language() == "en"


def test_screenshot_case_is_the_one_with_documents(window, office, tmp_path):
    from gui.screenshots import _richest_case

    busy = office.add_client(name_latin="Many Deadlines")
    busy_case = office.add_case(busy.id, "regular")
    for kind in ("registration", "decision-delivered"):
        office.record_event(
            busy_case.id, kind, DELIVERED, at_time=dt.time(9, 0), today=dt.date(2024, 5, 2)
        )
    with_doc = office.add_client(name_latin="Has Documents")
    doc_case = office.add_case(with_doc.id, "regular")
    office.record_document(doc_case.id, "appeal", tmp_path / "zalba_v1.docx", "0" * 64, ())
    assert _richest_case(window) == doc_case.id


def test_the_drafting_form_asks_by_meaning_shows_what_is_stored_and_saves_with_the_case(
    window, qtbot, office, dialogs
):
    # Issue 12: the proposal was typed as a code and the grounds as a comma list in
    # one-line pop-ups, and the answers were visible nowhere afterwards. Now: the stored
    # answers are in the form, a choice reads as its meaning, a ground is a check box,
    # and the answers are saved with the case's one Save (leaving unsaved asks).
    from casework import documents

    client = office.add_client(name_latin="Lina Haddad")
    case = office.add_case(client.id, "regular")
    documents.set_drafting(
        case.id, office.get_case(case.id).version, {"decision_summary": "Prvi nacrt."}, office
    )
    window.refresh_all()
    window.open_case(case.id)
    screen = window.case
    assert screen.open_drafting("appeal")
    form = screen.drafting
    assert form.questions["decision_summary"].value() == "Prvi nacrt."
    proposal = form.questions["proposal"].editor
    items = [proposal.itemText(i) for i in range(proposal.count())]
    assert "annul the decision and return the case for a new procedure" in items
    assert not any("ponisti" in item for item in items)  # never a code
    # Fields the case file holds are not asked here (they are corrected where kept).
    assert "ao_decision_date" not in form.questions and "appeal_deadline" not in form.questions
    boxes = {b.property("choice"): b for b in form.questions["grounds"].boxes}
    boxes["postupak"].setChecked(True)
    boxes["materijalno_pravo"].setChecked(True)
    proposal.setCurrentIndex(proposal.findData("ponisti_i_vrati"))
    summary = form.questions["decision_summary"].editor
    summary.setPlainText("Prvi nacrt.\n\nDrugi pasus.")
    assert screen.unsaved()
    assert screen.save()
    stored = office.get_case(case.id).drafting
    assert stored["proposal"] == "ponisti_i_vrati"
    assert stored["grounds"] == ["postupak", "materijalno_pravo"]
    assert stored["decision_summary"] == "Prvi nacrt.\n\nDrugi pasus."
    assert not screen.unsaved()
    # Reopened, the form shows what was stored.
    window.open_case(case.id)
    screen.open_drafting("appeal")
    assert form.questions["grounds"].value() == ["postupak", "materijalno_pravo"]
    # A change left unsaved: leaving asks, and Cancel keeps the person on the case.
    form.questions["request_hearing"].editor.setChecked(True)
    assert screen.unsaved()
    window.go(0)
    assert dialogs.shown and window.stack.currentWidget() is screen


def test_the_drafting_form_in_serbian_offers_serbian_meanings(window, qtbot, office):
    client = office.add_client(name_latin="Amir Karimi")
    case = office.add_case(client.id, "regular")
    window.go(5)
    window.settings.language.setCurrentIndex(window.settings.language.findData("sr"))
    window.open_case(case.id)
    assert window.case.open_drafting("lawsuit")
    form = window.case.drafting
    boxes = form.questions["zus24_points"].boxes
    points = {b.property("choice"): b.accessibleName() for b in boxes}
    # ZUS čl. 24 st. 1 tač. 2: "je akt doneo nenadležni organ"
    assert points["2"] == "2) akt je doneo nenadležni organ"
    assert window.case.tabs.tabText(window.case.tabs.currentIndex()) == "Sastavljanje"
    # The reasoning of point 4 is asked only once point 4 is invoked.
    assert not form.questions["zus24_text_4"].isVisibleTo(form)
    form.questions["zus24_points"].boxes[3].setChecked(True)
    assert form.questions["zus24_text_4"].isVisibleTo(form)


def test_the_preview_shows_the_filing_as_typed_and_leaves_no_file(window, qtbot, office):
    # The preview renders what is on screen (not yet saved) through LibreOffice and
    # shows it with QtPdf; it says it is a preview and what is missing, and the PDF is
    # read from memory: nothing stays in the data folder.
    from casework.config import data_dir

    client = office.add_client(name_latin="Samir Nazari", sex="m")
    c = office.add_case(client.id, "regular")
    office.record_event(c.id, "decision-delivered", DELIVERED, reference="26-7/24",
                        act_date=dt.date(2024, 4, 22), outcome="rejected",
                        today=dt.date(2024, 5, 2))  # fmt: skip
    window.open_case(c.id)
    assert window.case.open_drafting("appeal")
    form = window.case.drafting
    form.questions["decision_summary"].editor.setPlainText("Kancelarija je odbila zahtev.")
    form.update_preview()
    qtbot.waitUntil(lambda: not form._preview_running, timeout=90000)
    assert form.pdf_document.pageCount() > 0, form.preview_status.text()
    text = " ".join(
        form.pdf_document.getAllText(i).text() for i in range(form.pdf_document.pageCount())
    )
    flat = " ".join(text.split())
    assert "Kancelarija je odbila zahtev." in flat
    assert "PREGLED, nije za potpisivanje" in flat and "Predlog" in flat  # still missing
    assert "26-7/24" in flat  # the case file's decision number, from the recorded event
    assert office.get_case(c.id).drafting == {}  # a preview stores nothing
    assert not any((data_dir() / "tmp").glob("**/*.pdf"))
    # Cyrillic on request: the same filing in the other script.
    form.script.setCurrentIndex(form.script.findData("cyrillic"))
    form.update_preview()
    qtbot.waitUntil(lambda: "ЖАЛБА" in form.pdf_document.getAllText(0).text().replace(" ", ""),
                    timeout=90000)  # fmt: skip


def test_the_client_form_offers_the_offices_accommodation_list(window, office):
    office.set_setting("accommodation_list", "Centar za azil Sjenica; Prihvatni centar Šid")
    client = office.add_client(name_latin="Nour Khalil", accommodation="Privatni smeštaj, Niš")
    case = office.add_case(client.id, "regular")
    window.open_case(case.id)
    combo = window.case.fields["accommodation"]
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "Prihvatni centar Šid" in items
    assert combo.currentText() == "Privatni smeštaj, Niš"  # what was typed for the client stays


def test_withdrawing_a_mistaken_event_from_the_events_tab(window, office, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    client = office.add_client(name_latin="Bilal Ahmed")
    case = office.add_case(client.id, "regular")
    office.record_event(
        case.id, "decision-delivered", DELIVERED, today=dt.date(2024, 5, 2), outcome="rejected"
    )
    window.refresh_all()
    window.open_case(case.id)
    view = window.case.events_view
    view.setCurrentIndex(view.model().index(0, 0))
    assert window.case.withdraw_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("pogrešan predmet", True))
    assert window.case.withdraw_event()
    assert office.get_case(case.id).events == []
    assert [d.status for d in office.get_case(case.id).deadlines] == ["waived"]
    assert "1" in window.case.message.text()


def test_case_list_starts_on_open_cases_and_keeps_filters_across_a_language_switch(window):
    cases = window.cases
    assert cases.status.currentData() == "open"  # the office's working list by default
    cases.status.setCurrentIndex(cases.status.findData("closed"))
    cases.retranslate()  # refills every filter in the other language
    assert cases.status.currentData() == "closed"


def test_a_late_filing_is_made_only_when_confirmed_with_a_reason(
    window, qtbot, office, monkeypatch
):
    # Delivered Fri 1 Mar 2024, rejected in the regular procedure: 15 days -> Sat 16 Mar
    # -> Mon 18 Mar. On "today" (Thu 2 May 2024) the appeal is late: the app says why and
    # makes nothing unless the person gives the reason, which goes into the filing.
    import docx as pydocx

    import gui.screens.drafting as drafting_mod
    from casework import documents
    from casework.demo import APPEAL_DRAFT

    client = office.add_client(name_latin="Samir Nazari", sex="m")
    lawyer = office.find_staff("Ana Petrović")
    office.update_staff(lawyer.id, bar_no="AKB 1234", capacity="advokat")
    c = office.add_case(client.id, "regular", lawyer_id=lawyer.id)
    office.record_event(c.id, "decision-delivered", dt.date(2024, 3, 1), reference="26-7/24",
                        act_date=dt.date(2024, 2, 27), outcome="rejected",
                        today=dt.date(2024, 5, 2))  # fmt: skip
    documents.set_drafting(c.id, office.get_case(c.id).version, APPEAL_DRAFT, office)
    for key, value in (("office_name", "Centar za pravnu pomoć"),
                       ("office_address", "Beogradska 1, Beograd")):  # fmt: skip
        office.set_setting(key, value)
    window.open_case(c.id)
    case = window.case
    assert case.open_drafting("appeal")
    form = case.drafting
    asked = []

    def cancel(parent, title, text, default=""):
        asked.append(text)
        return "", False

    monkeypatch.setattr(drafting_mod.QInputDialog, "getMultiLineText", cancel)
    form.generate()
    assert "2024-03-18" in asked[0] and "late" in asked[0]
    assert "No document was made" in form.status.text()
    assert case.documents.rowCount() == 0
    reason = "The decision was served without instructions in a language he understands."
    monkeypatch.setattr(
        drafting_mod.QInputDialog, "getMultiLineText", lambda *a, **k: (reason, True)
    )
    form.generate()
    qtbot.waitUntil(lambda: case.documents.rowCount() == 1, timeout=20000)
    text = " ".join(p.text for p in pydocx.Document(case.documents.row_at(0).path).paragraphs)
    assert reason in text and "blagovremena" not in text


def test_changing_the_procedure_in_the_form_says_which_deadlines_moved(window, office):
    # A rejection delivered Fri 26 Apr 2024: regular 15 days -> Mon 13 May; switched to
    # accelerated, 8 days -> Sat 4 May (Holy Saturday), Easter, Easter Monday -> Tue 7 May.
    client = office.add_client(name_latin="Samir Nazari", sex="m")
    c = office.add_case(client.id, "regular")
    office.record_event(
        c.id, "decision-delivered", DELIVERED, outcome="rejected", today=dt.date(2024, 5, 2)
    )
    window.open_case(c.id)
    case = window.case
    procedure = case.fields["procedure"]
    procedure.setCurrentIndex(procedure.findData("accelerated"))
    assert case.save()
    assert "Mon 2024-05-13 → Tue 2024-05-07" in case.message.text()
    [row] = office.deadlines(case_id=c.id)
    assert (row.rule_id, row.due) == ("appeal-accelerated", dt.date(2024, 5, 7))


def test_a_closed_deadline_stays_selected_shows_who_closed_it_and_ctrl_z_reopens_it(
    window, qtbot, office
):
    # Issue 12: marking done asked nothing, could not be undone and the selection jumped
    # to the next row, so a double-click closed two deadlines.
    today = dt.date(2024, 5, 2)
    client = office.add_client(name_latin="Reza Hosseini")
    case = office.add_case(client.id, "regular")
    office.record_event(case.id, "registration", dt.date(2024, 5, 1), at_time=dt.time(10, 0),
                        today=today)  # fmt: skip
    office.record_event(case.id, "decision-delivered", DELIVERED, today=today, outcome="rejected")
    window.refresh_all()
    window.open_case(case.id)
    screen = window.case
    screen.tabs.setCurrentIndex(3)
    view = screen.deadlines_view
    rows = [view.model().index(i, 0).data(ROW_ROLE) for i in range(view.model().rowCount())]
    appeal = next(r for r in rows if r.rule_id == "appeal-regular")
    view.setCurrentIndex(view.model().index(rows.index(appeal), 0))
    screen.mark_done.click()
    screen.mark_done.click()  # the second click of a double-click: the same, closed row
    statuses = {d.rule_id: d.status for d in office.deadlines(case_id=case.id, status=None)}
    # the registration's three deadlines stay open; only the selected appeal is done
    assert statuses == {"appeal-regular": "done", "report-to-centre": "open",
                        "lodging-office": "open", "lodging-own-initiative": "open"}  # fmt: skip
    selected = view.currentIndex().data(ROW_ROLE)
    assert selected.id == appeal.id and not screen.mark_done.isEnabled()
    assert "Done: Ana Petrović" in screen.deadline_detail.toPlainText()
    assert screen.undo_button.isVisible()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    reopened = {d.id: d.status for d in office.deadlines(case_id=case.id, status=None)}
    assert reopened[appeal.id] == "open"
    assert screen.deadline_message.text() == "Undone."
    assert view.currentIndex().data(ROW_ROLE).id == appeal.id
    actions = [(e.action, e.old, e.new) for e in office.audit(case.id) if e.entity == "deadline"]
    assert ("mark", "open", "done") in actions and ("mark", "done", "open") in actions


def test_the_screenshot_command_takes_a_language_and_a_size(qtbot, tmp_path, monkeypatch, office):
    # Issue 12's contract: azil gui --screenshots DIR [--lang sr|en] [--size WxH].
    from PySide6.QtGui import QImage

    from casework import config
    from gui import i18n
    from gui.launch import main

    monkeypatch.setattr(config, "read_local", lambda: {})
    monkeypatch.setenv("AZIL_DATABASE_URL", office.url)
    client = office.add_client(name_latin="Reza Hosseini")
    office.add_case(client.id, "regular")
    out = tmp_path / "en-small"
    assert main(["gui", "--screenshots", str(out), "--lang", "en", "--size", "1024x700"]) == 0
    assert i18n.language() == "en"
    names = {p.stem for p in out.glob("*.png")}
    screens = {
        "deadlines",
        "cases",
        "case-client",
        "case-data",
        "case-events",
        "calendar",
        "case-deadlines",
        "case-documents",
        "case-history",
        "case-drafting",
        "reminders",
        "settings",
        "first-start",
    }
    assert screens <= names
    image = QImage(str(out / "deadlines.png"))
    assert (image.width(), image.height()) == (1024, 700)
    assert main(["gui", "--screenshots", str(out), "--size", "big"]) == 2
    assert main(["gui", "--screenshots", str(out), "--lang", "de"]) == 2


def test_the_window_fits_a_1024_pixel_screen_and_never_cuts_urgency_or_the_hour(
    window, qtbot, office
):
    # Issue 12: the window could not go below 1190 px, and at 1440 px the urgency words
    # ("authority late") and the hour of the 72-hour deadline were cut.
    from gui.i18n import set_language

    client = office.add_client(name_latin="Ahmad Karimi")
    case = office.add_case(client.id, "regular")
    office.record_event(case.id, "registration", dt.date(2024, 5, 1), at_time=dt.time(10, 30),
                        today=dt.date(2024, 5, 2))  # fmt: skip
    for lang in ("sr", "en"):
        set_language(lang)
        window.retranslate()
        window.refresh_all()
        assert window.minimumSizeHint().width() <= 1024
        table = window.deadlines.table
        metrics = table.fontMetrics()
        for row in range(window.deadlines.proxy.rowCount()):
            for col in (DCol.URGENCY, DCol.DUE):
                text = window.deadlines.proxy.index(row, int(col)).data()
                # bold text is wider than the metrics of the table's font: a margin of 20%
                assert metrics.horizontalAdvance(text) * 1.2 < table.columnWidth(int(col)), text
        header = table.horizontalHeader()
        assert header.sortIndicatorSection() == int(DCol.DUE)  # the rows are by due date
    set_language("en")


def test_a_fresh_computer_asks_who_is_at_the_keyboard_and_the_audit_then_names_them(
    qtbot, sqlite_url, monkeypatch, tmp_path
):
    # Issue 12: on a fresh computer the person was "os:root"; Settings showed a name as if
    # chosen while audits recorded os:root, and "Mine only" showed an empty list silently.
    from PySide6.QtWidgets import QInputDialog

    from casework import config
    from casework.services import Casework
    from gui.app import create_application
    from gui.context import AppContext
    from gui.mainwindow import MainWindow

    monkeypatch.setenv("AZIL_CONFIG_FILE", str(tmp_path / "config.json"))
    monkeypatch.delenv("AZIL_USER", raising=False)
    Casework(sqlite_url, actor="setup").add_staff("Jelena Nikolić", "lawyer")
    cw = Casework(sqlite_url, actor="os:root")  # nobody chosen on this computer
    create_application()
    window = MainWindow(AppContext(cw, today=dt.date(2024, 5, 2)))
    qtbot.addWidget(window)
    window.show()
    assert "Settings" in window.user_label.text()  # not the login shown as if a person
    assert window.settings.me.currentData() is None  # "choose who you are", no name
    window.deadlines.mine.setChecked(True)
    assert "choose who you are" in window.deadlines.shown.text()
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[3])
        return ("Jelena Nikolić", True)

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    assert window.ask_identity()
    assert asked == [["Jelena Nikolić"]]
    assert window.user_label.text() == "Jelena Nikolić"
    assert config.read_local()["user"] == "Jelena Nikolić"
    client = cw.add_client(name_latin="Reza Hosseini")
    assert cw.audit()[0].actor == "Jelena Nikolić" and client.id
    assert not window.ask_identity()  # chosen: not asked again


def test_the_counters_filter_the_list_and_count_what_the_other_filters_show(window, office):
    # Issue 12: the counters ignored filters, could not be clicked, and mixed what the
    # authorities missed with what the team must do; the detail pane kept a hidden row.
    today = dt.date(2024, 5, 2)
    for name, lodged in (("Reza Hosseini", dt.date(2024, 1, 10)),
                         ("Olena Kovalenko", dt.date(2024, 1, 12))):  # fmt: skip
        # the Office's 3 months ended 2024-04-10 and 2024-04-12: the authority is late
        case = office.add_case(office.add_client(name_latin=name).id, "regular")
        office.record_event(case.id, "application-lodged", lodged, today=today)
    # delivered Wed 2024-04-10: the appeal's 15 days ended Thu 2024-04-25: the team's own
    late = office.add_case(office.add_client(name_latin="Haider Al-Abadi").id, "regular")
    office.record_event(late.id, "decision-delivered", dt.date(2024, 4, 10), today=today,
                        outcome="rejected")  # fmt: skip
    window.refresh_all()
    screen = window.deadlines
    assert screen.counters["authority-late"].text() == "✖ authorities late 2"
    assert screen.counters["overdue"].text() == "✖ overdue 1"
    screen.counters["authority-late"].click()
    assert screen.proxy.rowCount() == 2
    screen.search.setText("Olena")  # the counters count what the other filters let through
    assert screen.counters["authority-late"].text() == "✖ authorities late 1"
    assert screen.proxy.rowCount() == 1
    assert "Olena Kovalenko" in screen.detail.toPlainText()  # the pane follows the filter
    screen.search.setText("")
    screen.counters[None].click()
    assert screen.proxy.rowCount() == screen.model.rowCount()


def test_an_events_act_number_and_date_are_corrected_in_its_dialog(
    window, qtbot, office, monkeypatch
):
    # Issue 12: an event's act date and number could not be edited (only its date). An
    # act dated after its delivery is refused at the field's owner, casework (issue 13).
    import gui.screens.case_events as events_mod

    client = office.add_client(name_latin="Samir Nazari")
    c = office.add_case(client.id, "regular")
    office.record_event(c.id, "decision-delivered", DELIVERED, reference="26-1/24",
                        outcome="rejected", today=dt.date(2024, 5, 2))  # fmt: skip
    window.refresh_all()
    window.open_case(c.id)
    case = window.case
    case.tabs.setCurrentIndex(2)
    case.events_view.setCurrentIndex(case.events.index(0, 0))

    def fill(dialog):
        assert dialog.reference.text() == "26-1/24"
        dialog.reference.setText("26-1234/24")
        typ(qtbot, dialog.act_date.edit, "22.04.2024")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(events_mod, "_exec_dialog", fill)
    case.correct_button.click()
    [event] = office.get_case(c.id).events
    assert (event.reference, event.act_date) == ("26-1234/24", dt.date(2024, 4, 22))
    assert event.occurred_on == DELIVERED  # the delivery, and so the deadlines, unchanged
    assert office.get_case(c.id).asylum_office_no == "26-1/24"  # filled once, at recording

    def later(dialog):
        dialog.act_date.edit.clear()
        typ(qtbot, dialog.act_date.edit, "29.04.2024")  # after the delivery of 26 April
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(events_mod, "_exec_dialog", later)
    case.events_view.setCurrentIndex(case.events.index(0, 0))
    case.correct_button.click()
    assert office.get_case(c.id).events[0].act_date == dt.date(2024, 4, 22)  # refused


def test_first_start_says_what_to_do_and_the_demo_opens_in_its_own_database(
    window, office, tmp_path, monkeypatch
):
    # Issue 12: the first start showed empty tables and no hint; the demo office must
    # never mix with real data.
    monkeypatch.setenv("AZIL_DATA_DIR", str(tmp_path / "data"))
    window.refresh_all()
    screen = window.deadlines
    assert screen.empty_panel.isVisible()
    assert "New case (Ctrl+N)" in screen.empty.text()
    screen.demo_button.click()
    assert window.demo and "DEMO OFFICE" in window.windowTitle()
    assert window.ctx.cw is not office and window.ctx.cw.url != office.url
    assert screen.model.rowCount() > 20 and not screen.empty_panel.isVisible()
    assert office.list_clients() == []  # the office's own database: still empty


def test_a_missing_decision_date_opens_the_recorded_decision_not_a_new_event(
    window, qtbot, office, monkeypatch
):
    # Issue 12: the missing "Datum rešenja" in the Documents tab jumped to the new-event
    # form, so the delivery was recorded a second time; the value belongs to the recorded
    # decision.
    import gui.screens.case_events as events_mod

    c = office.add_case(office.add_client(name_latin="Samir Nazari").id, "regular")
    office.record_event(c.id, "decision-delivered", DELIVERED, reference="26-1/24",
                        outcome="rejected", today=dt.date(2024, 5, 2))  # fmt: skip
    window.refresh_all()
    window.open_case(c.id)
    case = window.case
    shown = []

    def fill(dialog):
        shown.append(dialog.record.kind)
        typ(qtbot, dialog.act_date.edit, "22.04.2024")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(events_mod, "_exec_dialog", fill)
    assert case.go_to_field("ao_decision_date")
    assert shown == ["decision-delivered"]
    events = office.get_case(c.id).events
    assert len(events) == 1 and events[0].act_date == dt.date(2024, 4, 22)
    # nothing recorded yet: the new-event form, with the kind that holds the value
    other = office.add_case(office.add_client(name_latin="Lina Haddad").id, "regular")
    window.open_case(other.id)
    assert case.go_to_field("registration_date")
    assert case.ev_kind.currentData() == "registration" and shown == ["decision-delivered"]


def test_enter_on_a_deadline_opens_its_case(window, qtbot, office):
    # Issue 12: Enter on a row did nothing (only a double-click opened the case).
    c = office.add_case(office.add_client(name_latin="Reza Hosseini").id, "regular")
    office.record_event(c.id, "decision-delivered", DELIVERED, outcome="rejected",
                        today=dt.date(2024, 5, 2))  # fmt: skip
    window.refresh_all()
    table = window.deadlines.table
    table.setCurrentIndex(window.deadlines.proxy.index(0, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.case and window.case.case_id == c.id


@pytest.mark.parametrize(("lang", "words"), [("sr", "Napravi žalbu"), ("en", "Draft the appeal")])
def test_draft_the_appeal_from_its_deadline_in_one_click(window, qtbot, office, lang, words):
    # Issue 12: "a 'Napravi žalbu' action on an appeal deadline opens it directly".
    c = office.add_case(office.add_client(name_latin="Samir Nazari", sex="m").id, "regular")
    office.record_event(c.id, "decision-delivered", DELIVERED, reference="26-7/24",
                        act_date=dt.date(2024, 4, 22), outcome="rejected",
                        today=dt.date(2024, 5, 2))  # fmt: skip
    # The Asylum Office's own time limit to decide: no filing of the team answers it.
    waiting = office.add_case(office.add_client(name_latin="Lina Haddad").id, "regular")
    office.record_event(waiting.id, "application-lodged", dt.date(2024, 4, 2),
                        today=dt.date(2024, 5, 2))  # fmt: skip
    window.go(5)
    window.settings.language.setCurrentIndex(window.settings.language.findData(lang))
    window.refresh_all()
    window.go(0)
    screen = window.deadlines
    rows = [screen.proxy.index(i, 0) for i in range(screen.proxy.rowCount())]
    appeal = next(i for i in rows if i.data(ROW_ROLE).rule_id == "appeal-regular")
    screen.table.setCurrentIndex(appeal)
    assert screen.draft_button.isVisibleTo(screen) and screen.draft_button.text() == words
    screen.draft_button.click()
    case = window.case
    assert window.stack.currentWidget() is case and case.case.id == c.id
    assert case.tabs.currentWidget() is case.drafting
    assert case.drafting.template_id() == "appeal"
    # A deadline no filing answers (the Asylum Office's own time limit) offers nothing.
    other = next(i for i in rows if i.data(ROW_ROLE).rule_id == "decision-regular")
    window.go(0)
    screen.table.setCurrentIndex(other)
    assert not screen.draft_button.isVisibleTo(screen)


def test_a_lawyers_day_in_serbian_from_the_decision_to_the_appeal_and_back(window, qtbot, office):
    # The same working day the English tests walk, in the office's language: a decision
    # recorded, "Napravi žalbu" on its deadline, the form answered by meaning, the appeal
    # generated, the deadline marked done and the mark undone with Ctrl+Z.
    import docx as pydocx

    from casework.demo import APPEAL_DRAFT

    for key, value in (("office_name", "Centar za pravnu pomoć"),
                       ("office_address", "Beogradska 1, Beograd")):  # fmt: skip
        office.set_setting(key, value)
    ana = office.find_staff("Ana Petrović")
    office.update_staff(ana.id, bar_no="AKB 1234", capacity="advokat", sex="f")
    client = office.add_client(name_latin="Samir Nazari", sex="m", nationality="Avganistan")
    c = office.add_case(client.id, "regular", lawyer_id=ana.id)
    # Delivered Fri 26 Apr 2024, rejected: 15 days end Sat 11 May -> Mon 13 May 2024.
    office.record_event(c.id, "decision-delivered", DELIVERED, reference="26-1234/24",
                        act_date=dt.date(2024, 4, 22), outcome="rejected",
                        today=dt.date(2024, 5, 2))  # fmt: skip
    window.go(5)
    window.settings.language.setCurrentIndex(window.settings.language.findData("sr"))
    window.refresh_all()
    window.go(0)
    screen = window.deadlines
    rows = [screen.proxy.index(i, 0) for i in range(screen.proxy.rowCount())]
    appeal = next(i for i in rows if i.data(ROW_ROLE).rule_id == "appeal-regular")
    assert screen.model.index(appeal.row(), int(DCol.DUE)).data() == "pon 13.05.2024."
    screen.table.setCurrentIndex(appeal)
    assert screen.draft_button.text() == "Napravi žalbu"
    screen.draft_button.click()
    case = window.case
    form = case.drafting
    assert case.tabs.tabText(case.tabs.currentIndex()) == "Sastavljanje"
    proposal = form.questions["proposal"].editor
    proposal.setCurrentIndex(proposal.findData("ponisti_i_vrati"))
    assert proposal.currentText() == "poništiti rešenje i vratiti predmet na ponovni postupak"
    for box in form.questions["grounds"].boxes:
        box.setChecked(True)
    for name in ("decision_summary", "ground_text_postupak", "ground_text_cinjenice",
                 "ground_text_materijalno"):  # fmt: skip
        form.questions[name].editor.setPlainText(str(APPEAL_DRAFT[name]))
    form.generate()
    qtbot.waitUntil(lambda: case.documents.rowCount() == 1, timeout=30000)
    assert form.status.text().startswith("Napravljeno: ")
    text = " ".join(p.text for p in pydocx.Document(case.documents.row_at(0).path).paragraphs)
    # ZUP/ZAPZ: the appeal states it is filed in time and by the 13 May 2024 limit
    assert "Žalba je blagovremena" in text and "13. maja 2024" in text
    # Back on the case's deadlines: mark the appeal done, then undo it with Ctrl+Z.
    case.tabs.setCurrentIndex(3)
    view = case.deadlines_view
    found = [view.model().index(i, 0).data(ROW_ROLE) for i in range(view.model().rowCount())]
    view.setCurrentIndex(view.model().index(
        next(i for i, r in enumerate(found) if r.rule_id == "appeal-regular"), 0))  # fmt: skip
    case.mark_done.click()
    assert "Ana Petrović" in case.deadline_detail.toPlainText()
    from PySide6.QtWidgets import QApplication

    assert QApplication.activeModalWidget() is None, QApplication.activeModalWidget()
    window.activateWindow()  # the generating progress dialog had the window's activation
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert case.deadline_message.text() == "Opozvano."
    assert {d.rule_id: d.status for d in office.deadlines(case_id=c.id)}["appeal-regular"] == "open"
