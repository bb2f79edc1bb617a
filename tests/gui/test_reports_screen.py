"""The Reports screen shows the figures `Casework.report` computes for the period chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt


def test_the_reports_screen_shows_the_periods_figures(window, qtbot, office) -> None:
    # One client given aid in 2024: lodged 10 Jan (decision-regular due 10 Apr), decided
    # 28 May (the act's date), delivered 3 Jun: 48 days late. One workshop, 25 people.
    client = office.add_client(name_latin="Ahmad Karimi", sex="m", nationality="Avganistan")
    case = office.add_case(client.id, "regular")
    office.record_event(case.id, "application-lodged", dt.date(2024, 1, 10),
                        today=dt.date(2024, 1, 10))  # fmt: skip
    office.record_event(case.id, "decision-delivered", dt.date(2024, 6, 3),
                        act_date=dt.date(2024, 5, 28), outcome="rejected",
                        today=dt.date(2024, 6, 3))  # fmt: skip
    office.add_activity(
        "workshop", dt.date(2024, 2, 10), "Krnjača", "azil", 25, today=dt.date(2024, 2, 10)
    )
    from gui.mainwindow import SCREENS

    window.go(SCREENS.index("reports"))
    screen = window.reports
    assert window.stack.currentWidget() is screen
    screen.start.setDate(QDate(2024, 1, 1))
    screen.end.setDate(QDate(2024, 12, 31))
    screen.refresh()
    assert "persons given free legal aid: 1;" in screen.summary.text()
    assert "workshops: 1 (participants: 25)" in screen.summary.text()
    aid = screen.tables["aid"]
    assert (aid.item(0, 0).text(), aid.item(0, 2).text()) == ("All", "1")
    # the screen's tables are the export's, listed by name beside the one shown
    names = [screen.table_list.item(i).text() for i in range(screen.table_list.count())]
    assert names[:3] == ["Targets", "Legal aid", "Filings"]
    assert "Authority deadlines by case" in names
    screen.table_list.setCurrentRow(names.index("Authority delays"))
    delays = screen.tables["delays"]
    assert screen.table_stack.currentWidget() is delays
    assert [delays.item(0, c).text() for c in range(5)] == [
        "Decision in the regular procedure", "1", "1", "48", "48",
    ]  # fmt: skip
    # The charts (Qt Charts) hold the report's figures: one bar a rule, a target.
    delays = screen.delays_chart
    assert delays.view.isVisibleTo(screen) and not delays.empty.isVisibleTo(screen)
    assert delays.categories == ["Decision in the regular procedure"]
    assert (
        delays.note.text() == "Decision in the regular procedure: decided after the limit: 1 of 1"
    )
    assert delays.values("Median delay (late decisions only)") == [48]
    assert delays.values("Longest delay") == [48]
    targets = screen.targets_chart
    assert targets.categories == [
        "Legal aid (persons): 1 of 500", "Persons informed: 0 of 300", "Workshops: 1 of 40",
        "People reached: 0 of 1000",
    ]  # fmt: skip
    assert targets.values("% of the target") == [0.2, 0.0, 2.5, 0.0]
    # A period without any of it: nothing counted, the chart says why it is empty.
    screen.start.setDate(QDate(2023, 1, 1))
    screen.end.setDate(QDate(2023, 12, 31))
    screen.refresh()
    assert screen.tables["aid"].item(0, 2).text() == "0"
    assert screen.delays_chart.categories == [] and screen.delays_chart.series is None
    assert not screen.delays_chart.view.isVisibleTo(screen)
    assert screen.delays_chart.empty.isVisibleTo(screen)
    assert screen.delays_chart.empty.text().startswith("No decision came after")


def _reports(window, qtbot):  # type: ignore[no-untyped-def]
    from gui.mainwindow import SCREENS

    window.go(SCREENS.index("reports"))
    screen = window.reports
    screen.start.setDate(QDate(2024, 1, 1))
    screen.end.setDate(QDate(2024, 12, 31))
    screen.refresh()
    return screen


def test_a_brief_service_recorded_in_its_dialog_is_counted_at_once(
    window, qtbot, office, monkeypatch
) -> None:
    from gui.screens import report_forms

    screen = _reports(window, qtbot)
    assert screen.report.brief_services.count == 0
    seen: list[report_forms.BriefServiceDialog] = []

    def fill_and_accept(dialog: report_forms.BriefServiceDialog) -> int:
        seen.append(dialog)
        dialog.date.edit.setText("15.03.2024.")
        dialog.nationality.setCurrentText("Sirija")
        dialog.sex.setCurrentIndex(dialog.sex.findData("f"))
        dialog.born.setValue(1990)
        assert not dialog.age_group.isEnabled()  # a year of birth gives the age group
        dialog.place.setText("Krnjača")
        dialog.language.setText("arapski")
        dialog.topic.setText("pravo na azil")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        return int(dialog.result())

    monkeypatch.setattr(report_forms.BriefServiceDialog, "exec", fill_and_accept)
    qtbot.mouseClick(screen.brief_btn, Qt.MouseButton.LeftButton)
    [dialog] = seen
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.error.isVisible()
    row = dialog.row
    assert (row.given_on, row.nationality, row.sex, row.age_group) == (
        dt.date(2024, 3, 15), "Sirija", "f", "18-34",
    )  # fmt: skip
    # The report refreshed from what the use case changed: the count is on the screen.
    assert "persons informed (brief services): 1;" in screen.summary.text()
    assert screen.targets_chart.categories[1] == "Persons informed: 1 of 300"
    briefs = screen.tables["briefs"]
    assert (briefs.item(0, 0).text(), briefs.item(0, 2).text()) == ("All", "1")


def test_a_refused_workshop_says_why_in_its_dialog_and_stores_nothing(
    window, qtbot, office, monkeypatch, dialogs
) -> None:
    from gui.screens import report_forms

    screen = _reports(window, qtbot)
    seen: list[report_forms.ActivityDialog] = []

    def fill_and_accept(dialog: report_forms.ActivityDialog) -> int:
        seen.append(dialog)
        dialog.date.edit.setText("2024-02-10")
        dialog.place.setText("Obrenovac")
        dialog.topic.setText("postupak azila")
        dialog.participants.setValue(10)
        dialog.women.setValue(12)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return int(dialog.result())

    monkeypatch.setattr(report_forms.ActivityDialog, "exec", fill_and_accept)
    screen.activity_btn.click()
    [dialog] = seen
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog)
    assert (
        "the number of women (12) cannot exceed the number of participants (10)"
        in dialog.error.text()
    )
    assert dialogs.shown == []  # said in the form, not in a message box
    # What was typed stays, to be corrected; nothing was stored.
    assert (dialog.place.text(), dialog.women.value()) == ("Obrenovac", 12)
    assert office.report(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).workshops["count"] == 0
    # Corrected, it is recorded and counted.
    dialog.women.setValue(6)
    assert dialog.save()
    assert "workshops: 1 (participants: 10)" in screen.summary.text()


def test_outreach_asks_for_the_people_reached_only(window, qtbot, office) -> None:
    from gui.context import AppContext
    from gui.screens.report_forms import ActivityDialog

    dialog = ActivityDialog(AppContext(office, today=dt.date(2024, 5, 2)))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("outreach"))
    assert dialog.participants_label.text() == "People reached *"
    assert not dialog.form.isRowVisible(dialog.women)
