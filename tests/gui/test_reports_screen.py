"""The Reports screen shows the figures `Casework.report` computes for the period chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


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
    assert "1 persons given legal aid" in screen.summary.text()
    assert "1 workshops (25 participants)" in screen.summary.text()
    aid = screen.tables["aid"]
    assert (aid.item(0, 0).text(), aid.item(0, 2).text()) == ("all", "1")
    delays = screen.tables["delays"]
    assert [delays.item(0, c).text() for c in range(5)] == [
        "Decision in the regular procedure", "1", "1", "48", "48",
    ]  # fmt: skip
    # The charts (Qt Charts) hold the report's figures: one bar a rule, a target.
    delays = screen.delays_chart
    assert delays.view.isVisibleTo(screen) and not delays.empty.isVisibleTo(screen)
    assert delays.categories == ["Decision in the regular procedure"]
    assert delays.note.text() == "Decision in the regular procedure: 1 of 1 late"
    assert delays.values("Median days late") == [48]
    assert delays.values("Longest delay (days)") == [48]
    targets = screen.targets_chart
    assert targets.categories == [
        "Legal aid (persons): 1 of 500", "Brief services: 0 of 300", "Workshops: 1 of 40",
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
