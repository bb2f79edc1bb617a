"""Commands for what the office reports (issue 15): brief services, workshops, outreach and
the report for a period (text, JSON, XLSX; `--donor` hides counts under 5).

Messages and errors are worded in `--lang` (Serbian unless asked otherwise), one line each.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from casework import N_, CaseworkError
from casework.cli._common import open_casework, print_json, table
from casework.i18n import translations
from casework.parsing import InputError, parse_date

REPORT_HELP = """\
What the office did in a period, computed from its records: persons given legal aid (by
nationality, sex, age group, vulnerability), filings, decisions' outcomes, the team's
deadlines (met on time, met late, missed, waived), how late the authorities decided
(per rule: decided, late, median and longest delay in days, with the cases behind them),
brief services, workshops, outreach, and progress against the project's targets
(settings target_legal_aid, target_brief_services, target_workshops,
target_people_reached).

--json prints one object (stable; new keys may be added): "legal_aid" {"persons",
"by_nationality", "by_sex", "by_age_group", "by_vulnerability"}, "filings", "outcomes",
"deadlines" {"met_on_time", "met_late", "missed", "waived", "open"}, "authority_delays"
{RULE: {"decided", "late", "median_days_late", "max_days_late", "waiting", "cases"}},
"brief_services" {"count", ...}, "workshops" {"count", "participants", "women", "minors"},
"outreach" {"count", "people_reached"}, "targets" {KEY: {"figure", "target", "progress"}}.

--donor: every count from 1 to 4 is "<5" (0 stays 0), and the cases are left out.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `brief`, `workshop`, `outreach` and `report` to the `azil` parser."""
    p = sub.add_parser("brief", help="information given to a person who is not a case")
    bsub = p.add_subparsers(dest="brief_command", metavar="ACTION", required=True)
    q = bsub.add_parser("add", help="record a brief service (no name needed)")
    q.add_argument("date", metavar="DATE")
    q.add_argument("--nationality", required=True, metavar="COUNTRY")
    q.add_argument("--sex", required=True, metavar="m|f")
    q.add_argument("--born", metavar="YEAR", help="year of birth (or --age-group)")
    q.add_argument("--age-group", metavar="GROUP", help="under-14, 14-17, 18-34, 35-59, 60+")
    q.add_argument("--place", metavar="TEXT")
    q.add_argument("--language", metavar="TEXT")
    q.add_argument("--topic", required=True, metavar="TEXT")
    q.add_argument("--client", metavar="ID", help="the client this person later became")
    _lang(q)
    q.set_defaults(func=_worded(cmd_brief_add))

    for kind, helptext in (("workshop", "a workshop held"), ("outreach", "an outreach activity")):
        p = sub.add_parser(kind, help=f"{helptext} (counted in reports)")
        wsub = p.add_subparsers(dest=f"{kind}_command", metavar="ACTION", required=True)
        q = wsub.add_parser("add", help=f"record {helptext}")
        q.add_argument("date", metavar="DATE")
        q.add_argument("--place", required=True, metavar="TEXT")
        q.add_argument("--topic", required=True, metavar="TEXT")
        if kind == "workshop":
            q.add_argument("--participants", required=True, metavar="N")
            q.add_argument("--women", metavar="N")
            q.add_argument("--minors", metavar="N")
        else:
            q.add_argument("--reached", required=True, metavar="N", dest="participants",
                           help="people reached")  # fmt: skip
        _lang(q)
        q.set_defaults(func=_worded(cmd_activity_add), kind=kind)

    p = sub.add_parser(
        "report",
        help="what the office did in a period (legal aid, delays, workshops, targets)",
        description=REPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", required=True, metavar="DATE")
    p.add_argument("--json", action="store_true", help="print JSON (shape above)")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="write a workbook, a sheet a table")
    p.add_argument("--donor", action="store_true", help="counts under 5 shown as <5; no cases")
    _lang(p)
    p.set_defaults(func=_worded(cmd_report))


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=["sr", "en"], default="sr", help="messages and headers")


def _worded(
    command: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    """Run `command`; a refusal is worded in the person's language (--lang)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except CaseworkError as exc:
            from casework.cli import CliError

            raise CliError(exc.text(args.lang), int(getattr(exc, "exit_code", 1))) from exc

    return run


def _count(text: str | None, what: str) -> int | None:
    """A whole number typed on the command line (negative ones are the use case's to refuse)."""
    if text is None:
        return None
    if not re.fullmatch(r"\s*-?\d{1,9}\s*", text):
        raise InputError(N_("{what} {text!r} is not a whole number"), what=what, text=text)
    return int(text)


def cmd_brief_add(args: argparse.Namespace) -> int:
    _ = translations(args.lang).gettext
    row = open_casework().add_brief_service(
        parse_date(args.date),
        args.nationality,
        args.sex,
        args.topic,
        born=_count(args.born, "--born"),
        age_group_value=args.age_group,
        place=args.place,
        language=args.language,
        client_id=_count(args.client, "--client"),
    )
    print(_("brief service {id} recorded ({day})").format(id=row.id, day=row.given_on))
    return 0


def cmd_activity_add(args: argparse.Namespace) -> int:
    _ = translations(args.lang).gettext
    participants = _count(args.participants, "--participants")
    assert participants is not None
    row = open_casework().add_activity(
        args.kind,
        parse_date(args.date),
        args.place,
        args.topic,
        participants,
        women=_count(getattr(args, "women", None), "--women"),
        minors=_count(getattr(args, "minors", None), "--minors"),
    )
    message = (
        _("workshop {id} recorded ({day})")
        if args.kind == "workshop"
        else _("outreach activity {id} recorded ({day})")
    )
    print(message.format(id=row.id, day=row.held_on))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from casework.report_export import tables, write_xlsx
    from casework.reporting import to_json

    _ = translations(args.lang).gettext
    start = parse_date(args.start, N_("start of the period"))
    end = parse_date(args.end, N_("end of the period"))
    report = open_casework().report(start, end)
    if args.xlsx is not None:
        write_xlsx(report, args.xlsx, args.lang, args.donor)
    if args.json:
        print_json(to_json(report, args.donor))
    elif args.xlsx is not None:
        print(_("report written: {path}").format(path=args.xlsx))
    else:
        for t in tables(report, args.lang, args.donor):
            print(f"\n{t.name}")
            cells = [["" if c is None else str(c) for c in row] for row in t.rows]
            print(table(cells, list(t.headers)))
    return 0
