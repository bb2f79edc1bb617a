"""The report as tables in the person's language, and as an XLSX workbook (one sheet per
table, header row bold, columns wide enough to read).

openpyxl is imported only when a workbook is written. For a donor (`donor=True`) every
count from 1 to 4 reads "<5", a share computed from one is left empty, and the cases
behind the authorities' delays are left out (they identify cases).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import assembler
import rules
from casework import N_, CaseworkError
from casework.i18n import translations
from casework.reporting import HIDDEN, UNKNOWN, Report, mask
from casework.vocabulary import label

Cell = str | int | float | dt.date | None


@dataclass(frozen=True)
class Table:
    """One table of the report, as the screen shows it and a workbook's sheet holds it:
    a key that does not change with the language, its name, the header row and the rows
    (already worded)."""

    key: str
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


# What each target measures, in words (the same words on the screen and in the workbook).
TARGET_NAMES: dict[str, str] = {
    "target_legal_aid": N_("Persons given free legal aid"),
    "target_brief_services": N_("Persons informed (brief services)"),
    "target_workshops": N_("Workshops"),
    "target_people_reached": N_("People reached (outreach)"),
}
DEADLINE_NAMES: dict[str, str] = {
    "met_on_time": N_("Met on time"),
    "met_late": N_("Done after the time limit"),
    "missed": N_("Missed"),
    "waived": N_("Waived"),
    "open": N_("Still running"),
}
VULNERABILITY_NAMES: dict[str, str] = {
    "unaccompanied_minor": N_("Unaccompanied minor"),
    "medical": N_("Medical condition"),
    "trauma": N_("Trauma"),
    "none": N_("None recorded"),
}
INSTANCE_NAMES: dict[str, str] = {
    "first-instance": N_("Asylum Office (first instance)"),
    "commission": N_("Asylum Commission (second instance)"),
    "court": N_("Administrative Court"),
}
# An unknown value, said of what is unknown (no adjective to agree in gender with).
UNKNOWN_NAMES: dict[str, str] = {
    "": N_("Nationality not recorded"),
    "sex": N_("Sex not recorded"),
    "age_group": N_("Age not known"),
    "outcome": N_("Outcome not recorded"),
}


def template_name(template_id: str, lang: str) -> str:
    """A filing's title ("Žalba"), or its id when the template is unknown."""
    try:
        info = assembler.get_template(template_id)
    except assembler.AssemblerError:
        return template_id
    return info.title_sr if lang == "sr" else info.title_en


def rule_name(rule_id: str, lang: str) -> str:
    try:
        return rules.get_rule(rule_id).name("sr" if lang == "sr" else "en")
    except rules.RulesError:
        return rule_id


def tables(report: Report, lang: str = "sr", donor: bool = False) -> list[Table]:
    """Every table of the report, worded in `lang`."""
    _ = translations(lang).gettext

    def n(value: int) -> int | str:
        return mask(value, donor)

    def value_label(kind: str, value: str) -> str:
        if value == UNKNOWN:
            return _(UNKNOWN_NAMES[kind])
        return label(kind, value, lang) if kind else value

    def breakdown(
        total: int, counts: tuple[tuple[str, str, dict[str, int]], ...]
    ) -> list[tuple[Cell, ...]]:
        rows: list[tuple[Cell, ...]] = [(_("All"), "", n(total))]
        for title, kind, by in counts:
            rows += [(title, value_label(kind, k), n(v)) for k, v in by.items()]
        return rows

    aid, briefs = report.legal_aid, report.brief_services
    aid_rows = breakdown(aid.persons, (
        (_("Nationality"), "", aid.by_nationality), (_("Sex"), "sex", aid.by_sex),
        (_("Age group"), "age_group", aid.by_age_group),
    ))  # fmt: skip
    aid_rows += [(_("Vulnerability"), _(VULNERABILITY_NAMES[k]), n(v))
                 for k, v in aid.by_vulnerability.items()]  # fmt: skip
    brief_rows = breakdown(briefs.count, (
        (_("Nationality"), "", briefs.by_nationality), (_("Sex"), "sex", briefs.by_sex),
        (_("Age group"), "age_group", briefs.by_age_group),
    ))  # fmt: skip
    brief_rows.append((_("Became clients"), "", n(briefs.became_clients)))
    target_rows: list[tuple[Cell, ...]] = []
    for t in report.targets:
        shown = n(t.figure)
        share = None if shown == HIDDEN else round(100 * t.progress, 1)
        target_rows.append((_(TARGET_NAMES[t.key]), shown, t.target, share))
    group, persons = _("Group"), _("Persons")
    out = [
        Table("targets", _("Targets"), (_("Indicator"), _("Achieved"), _("Target"),
                                        _("Progress (%)")), tuple(target_rows)),
        Table("aid", _("Legal aid"), (_("Breakdown"), group, persons), tuple(aid_rows)),
        Table("filings", _("Filings"), (_("Filing"), _("Made")),
              tuple((template_name(k, lang), n(v)) for k, v in report.filings.items())),
        Table("outcomes", _("Outcomes"), (_("Authority"), _("Outcome"), _("Decisions")),
              tuple((_(INSTANCE_NAMES[inst]), value_label("outcome", o), n(v))
                    for inst, counts in report.outcomes.items() for o, v in counts.items())),
        Table("deadlines", _("Team deadlines"), (_("What became of them"), _("Deadlines")),
              tuple((_(DEADLINE_NAMES[k]), n(v)) for k, v in report.deadlines.items())),
        Table("delays", _("Authority delays"),
              (_("Time limit"), _("Decisions"), _("After the limit"), _("Median delay (days)"),
               _("Longest delay (days)"), _("Awaited past the limit"),
               _("Longest wait (days)")),
              tuple((rule_name(k, lang), n(d.decided), n(d.late), d.median_days_late,
                     d.max_days_late, n(d.waiting), d.max_days_waiting)
                    for k, d in report.authority_delays.items())),
    ]  # fmt: skip
    if not donor:
        awaited = _("no decision yet")
        out.append(
            Table("cases", _("Authority deadlines by case"),
                  (_("Time limit"), _("Case"), _("Our case no."), _("Due"), _("Decided on"),
                   _("Days late")),
                  tuple((rule_name(k, lang), c.case_id, c.office_ref or "", c.due,
                         c.decided or awaited, c.days_late)
                        for k, d in report.authority_delays.items()
                        for c in (*d.cases, *d.waiting_cases))),
        )  # fmt: skip
    out.append(Table("briefs", _("Brief services"), (_("Breakdown"), group, persons),
                     tuple(brief_rows)))  # fmt: skip
    w, o = report.workshops, report.outreach
    out.append(
        Table("workshops", _("Workshops and outreach"), (_("Indicator"), _("Count")), (
            (_("Workshops"), n(w["count"])), (_("Participants"), n(w["participants"])),
            (_("Of them women"), n(w["women"])), (_("Of them minors"), n(w["minors"])),
            (_("Outreach activities"), n(o["count"])),
            (_("People reached (outreach)"), n(o["people_reached"])),
        ))
    )  # fmt: skip
    return out


def write_xlsx(report: Report, path: Path, lang: str = "sr", donor: bool = False) -> Path:
    """One sheet per table; the period in the first sheet's title row is not repeated:
    each sheet starts with its header row, so it sorts and filters as it is."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    period = f"{_day(report.period.start, lang)} – {_day(report.period.end, lang)}"
    for table in tables(report, lang, donor):
        sheet = book.create_sheet(_sheet_name(table.name))
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "dd.mm.yyyy." if lang == "sr" else "yyyy-mm-dd"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"  # the reader's decimal sign: 5,4 in Serbian
                elif cell.value == HIDDEN:  # a hidden count stands where the numbers stand
                    cell.alignment = Alignment(horizontal="right")
        for i, header in enumerate(table.headers, start=1):
            longest = max([len(str(header))] + [len(str(r[i - 1] or "")) for r in table.rows])
            sheet.column_dimensions[get_column_letter(i)].width = min(60, longest + 3)
        sheet.freeze_panes = "A2"
        # a printed page says what it is and for which period (the sheet itself starts
        # with its header row, so that it sorts and filters as it is)
        sheet.oddHeader.center.text = f"{table.name}, {period}"
        # Printed (or made a PDF): landscape, all columns on one page's width.
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    book.properties.title = f"azil {report.period.start} – {report.period.end}"
    try:
        book.save(path)
    except OSError as exc:
        raise CaseworkError(
            N_("cannot write {path}: {why}"), path=str(path), why=exc.strerror or str(exc)
        ) from exc
    return path


def _day(day: dt.date, lang: str) -> str:
    return f"{day:%d.%m.%Y.}" if lang == "sr" else day.isoformat()


def _sheet_name(name: str) -> str:
    """Excel's limits: 31 characters, none of []:*?/\\."""
    clean = "".join(" " if c in "[]:*?/\\" else c for c in name)
    return clean[:31]


__all__ = ["TARGET_NAMES", "Table", "rule_name", "tables", "template_name", "write_xlsx"]
