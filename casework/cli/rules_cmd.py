"""`azil deadline` and `azil rules`: the deadline engine from the command line.

The JSON output is a contract other tools rely on (issue 3); the plain output is for a
person and always shows the safe date, the basis, the confidence and, for confidence L,
a visible warning to verify the legal basis.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from typing import TYPE_CHECKING, Any

import rules
from casework import N_
from casework.cli import CliError
from casework.i18n import translations
from casework.parsing import InputError, parse_date
from rules import Lang

if TYPE_CHECKING:
    from rules import Deadline, Rule

_DATE_TIME = re.compile(r"^\s*(.+?)[T ](\d{1,2}):(\d{2})\s*$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `deadline` and `rules` to the `azil` parser."""
    p = sub.add_parser("deadline", help="compute one statutory deadline and explain it")
    p.add_argument("rule_id", metavar="RULE_ID", help="a rule id (see `azil rules`)")
    p.add_argument(
        "trigger",
        metavar="TRIGGER",
        help="day 0: YYYY-MM-DD or d.m.yyyy; with the time for hour rules (2025-04-17T15:00)",
    )
    p.add_argument(
        "--closed",
        action="append",
        default=[],
        metavar="DATE",
        help="a day the authority was closed (repeatable)",
    )
    p.add_argument(
        "--missed",
        metavar="DATE",
        help="restorations: the missed day (its 3-month absolute limit is then checked)",
    )
    p.add_argument(
        "--procedure",
        choices=[x.value for x in rules.Procedure],
        help="for a period that depends on the procedure (without it: the shortest)",
    )
    p.add_argument("--lang", choices=["sr", "en"], default="sr")
    p.add_argument("--json", action="store_true", help="print one JSON object for scripts")
    p.set_defaults(func=cmd_deadline)

    p = sub.add_parser("rules", help="list the catalogue of statutory time limits")
    p.add_argument("--lang", choices=["sr", "en"], default="sr")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=cmd_rules)


def parse_trigger(text: str) -> dt.date:
    """A date, or a date and time (`2025-04-17T15:00`, `17.4.2025 15:00`) for hour rules."""
    match = _DATE_TIME.match(text)
    try:
        if match is None:
            return parse_date(text, N_("trigger"))
        day = parse_date(match.group(1), N_("trigger"))
        hour, minute = int(match.group(2)), int(match.group(3))
        return dt.datetime(day.year, day.month, day.day, hour, minute)
    except InputError as exc:
        raise CliError(str(exc), 2) from exc
    except ValueError as exc:
        raise CliError(f"trigger {text!r} has an impossible time ({exc})", 2) from exc


def _parse_closed(texts: list[str]) -> list[dt.date]:
    try:
        return [parse_date(text, N_("closure day")) for text in texts]
    except InputError as exc:
        raise CliError(str(exc), 2) from exc


def cmd_deadline(args: argparse.Namespace) -> int:
    """Compute and print one deadline."""
    rule = rules.get_rule(args.rule_id)
    missed = _parse_closed([args.missed])[0] if args.missed else None
    procedure = rules.Procedure(args.procedure) if args.procedure else None
    if procedure is not None and rule.procedures and procedure not in rule.procedures:
        # A named rule that the procedure does not open would give the wrong period.
        instead = rules.appeal_rule_for(procedure, None) if rule.id.startswith("appeal-") else None
        hint = f"; use {instead.id}" if instead is not None else ""
        raise CliError(
            f"{rule.id} does not apply in the {procedure.value} procedure{hint} (see: azil rules)",
            2,
        )
    deadline = rules.compute(
        rule.id,
        parse_trigger(args.trigger),
        _parse_closed(args.closed),
        procedure=procedure,
        missed=missed,
    )
    if args.json:
        sys.stdout.write(json.dumps(deadline.to_json(args.lang), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(describe(deadline, rule, args.lang))
    return 0


def describe(deadline: Deadline, rule: Rule, lang: Lang) -> str:
    """The deadline for a person: due date first, then why, then caveats."""
    _ = translations(lang).gettext
    name = rule.name_sr if lang == "sr" else rule.name_en
    lines = [f"{rule.id}: {name}"]
    if rule.confidence is rules.Confidence.L:
        lines.append(_("WARNING: legal basis unconfirmed (confidence L): verify the legal basis."))
    if rule.limit is not None and deadline.limit_due is None:
        lines.append(
            _(
                "WARNING: the objective limit of 3 months from the missed day was not "
                "checked; the period may end earlier (give --missed DATE)."
            )
        )
    if deadline.due < deadline.trigger:
        lines.append(
            _(
                "Restoration can no longer be sought: the objective limit ended {day} "
                "(save force majeure)."
            ).format(day=rules.moment_label(deadline.due, lang))
        )
    due = _("Due: {day}").format(day=rules.moment_label(deadline.due, lang))
    if deadline.extended:
        due += " " + _("(unextended: {day})").format(
            day=rules.moment_label(deadline.unextended, lang)
        )
    lines.append(due)
    if deadline.safe_date is not None:
        lines.append(_("Safe date: {day}").format(day=rules.moment_label(deadline.safe_date, lang)))
    if deadline.remedy_opens is not None:
        lines.append(
            _("Once passed, from: {day}").format(
                day=rules.moment_label(deadline.remedy_opens, lang)
            )
        )
    lines.append(
        _("Legal basis: {basis} (confidence {confidence})").format(
            basis=deadline.basis_text(lang), confidence=rule.confidence
        )
    )
    lines.append(_("Why:"))
    lines.extend(f"  {text}" for text in deadline.explanation(lang))
    note = rule.note_sr if lang == "sr" else rule.note_en
    if note:
        lines.append(_("Note: {note}").format(note=note))
    remedy = rule.remedy_sr if lang == "sr" else rule.remedy_en
    if remedy:
        lines.append(_("When it passes: {remedy}").format(remedy=remedy))
    return "\n".join(lines) + "\n"


def rule_to_json(rule: Rule) -> dict[str, Any]:
    """One catalogue entry for scripts (stable keys, enum values as strings)."""
    return {
        "id": rule.id,
        "name_sr": rule.name_sr,
        "name_en": rule.name_en,
        "period": rule.period,
        "unit": str(rule.unit),
        "trigger": None if rule.trigger is None else str(rule.trigger),
        "chained_from": rule.chained_from[0] if rule.chained_from else None,
        "chained_from_all": list(rule.chained_from),
        "procedures": sorted(str(p) for p in rule.procedures),
        "counting": str(rule.counting),
        "binds": str(rule.binds),
        "basis": rule.basis,
        "basis_en": rule.basis_text("en"),
        "confidence": str(rule.confidence),
        "reminder_offsets": list(rule.reminder_offsets),
        "remedy_sr": rule.remedy_sr,
        "remedy_en": rule.remedy_en,
        "closed_by": sorted(str(e) for e in rule.closed_by),
        "auto": rule.auto,
        "note_sr": rule.note_sr,
        "note_en": rule.note_en,
    }


def cmd_rules(args: argparse.Namespace) -> int:
    """Print the catalogue, every word in the chosen language."""
    catalogue = rules.catalogue()
    if args.json:
        body = [rule_to_json(rule) for rule in catalogue]
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return 0
    lang: Lang = args.lang
    _ = translations(lang).gettext
    binds = {"party": _("party"), "authority": _("authority"), "nobody": _("nobody")}
    rows = [
        (
            rule.id,
            _period(rule, lang),
            _("to a working day")
            if rule.counting is rules.Counting.EXTEND_TO_NEXT_WORKING_DAY
            else _("not extended"),
            binds[str(rule.binds)],
            rule.basis_text(lang),
            str(rule.confidence),
            rule.name(lang),
        )
        for rule in catalogue
    ]
    head = (
        _("rule"), _("period"), _("extension"), _("binds"), _("legal basis"), _("conf."),
        _("name"),
    )  # fmt: skip
    widths = [max(len(row[i]) for row in (*rows, head)) for i in range(6)]
    for row in (head, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        sys.stdout.write("  ".join([*cells, row[6]]).rstrip() + "\n")
    return 0


def _period(rule: Rule, lang: Lang) -> str:
    """'15 dana', '3 meseca', '15/8/5 dana' (by procedure), '4 meseca (6 pre 1.2.2022)'."""
    if rule.by_procedure:
        periods = sorted({p for _, p, _c in rule.by_procedure}, reverse=True)
        text = (
            "/".join(str(p) for p in periods[:-1])
            + "/"
            + rules.period_words(periods[-1], rule.unit, lang)
        )
    else:
        text = rules.period_words(rule.period, rule.unit, lang)
    if rule.transitional is not None:
        before = rule.transitional.before
        day = f"{before.day}.{before.month}.{before.year}" if lang == "sr" else before.isoformat()
        text += (
            translations(lang)
            .gettext(" ({period} before {day})")
            .format(period=rule.transitional.period, day=day)
        )
    if rule.limit is not None:
        months = rules.period_words(rule.limit.months, rules.Unit.MONTHS, lang)
        text += translations(lang).gettext(", at most {months}").format(months=months)
    return text
