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
from typing import Any

import rules
from casework.cli import CliError
from casework.parsing import InputError, parse_date
from rules import Deadline, Lang, Rule

_DATE_TIME = re.compile(r"^\s*(.+?)[T ](\d{1,2}):(\d{2})\s*$")

_LABELS: dict[str, dict[str, str]] = {
    "sr": {
        "due": "Rok ističe",
        "unextended": "bez produženja",
        "safe": "Sigurni datum",
        "basis": "Pravni osnov",
        "confidence": "pouzdanost",
        "verify": "PAŽNJA: pravni osnov nije potvrđen (pouzdanost L): proverite pravni osnov.",
        "why": "Obrazloženje",
        "note": "Napomena",
        "remedy": "Kada rok protekne",
    },
    "en": {
        "due": "Due",
        "unextended": "unextended",
        "safe": "Safe date",
        "basis": "Legal basis",
        "confidence": "confidence",
        "verify": "WARNING: legal basis unconfirmed (confidence L): verify the legal basis.",
        "why": "Why",
        "note": "Note",
        "remedy": "When it passes",
    },
}


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
            return parse_date(text, "trigger")
        day = parse_date(match.group(1), "trigger")
        hour, minute = int(match.group(2)), int(match.group(3))
        return dt.datetime(day.year, day.month, day.day, hour, minute)
    except InputError as exc:
        raise CliError(str(exc), 2) from exc
    except ValueError as exc:
        raise CliError(f"trigger {text!r} has an impossible time ({exc})", 2) from exc


def _parse_closed(texts: list[str]) -> list[dt.date]:
    try:
        return [parse_date(text, "closure day") for text in texts]
    except InputError as exc:
        raise CliError(str(exc), 2) from exc


def cmd_deadline(args: argparse.Namespace) -> int:
    """Compute and print one deadline."""
    rule = rules.get_rule(args.rule_id)
    deadline = rules.compute(rule.id, parse_trigger(args.trigger), _parse_closed(args.closed))
    if args.json:
        sys.stdout.write(json.dumps(deadline.to_json(args.lang), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(describe(deadline, rule, args.lang))
    return 0


def describe(deadline: Deadline, rule: Rule, lang: Lang) -> str:
    """The deadline for a person: due date first, then why, then caveats."""
    words = _LABELS[lang]
    name = rule.name_sr if lang == "sr" else rule.name_en
    lines = [f"{rule.id}: {name}"]
    if rule.confidence is rules.Confidence.L:
        lines.append(words["verify"])
    due = f"{words['due']}: {rules.moment_label(deadline.due, lang)}"
    if deadline.extended:
        due += f" ({words['unextended']}: {rules.moment_label(deadline.unextended, lang)})"
    lines.append(due)
    if deadline.safe_date is not None:
        lines.append(f"{words['safe']}: {rules.moment_label(deadline.safe_date, lang)}")
    lines.append(f"{words['basis']}: {deadline.basis} ({words['confidence']} {rule.confidence})")
    lines.append(f"{words['why']}:")
    lines.extend(f"  {text}" for text in deadline.explanation(lang))
    note = rule.note_sr if lang == "sr" else rule.note_en
    if note:
        lines.append(f"{words['note']}: {note}")
    remedy = rule.remedy_sr if lang == "sr" else rule.remedy_en
    if remedy:
        lines.append(f"{words['remedy']}: {remedy}")
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
        "chained_from": rule.chained_from,
        "procedures": sorted(str(p) for p in rule.procedures),
        "counting": str(rule.counting),
        "binds": str(rule.binds),
        "basis": rule.basis,
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
    """Print the catalogue."""
    catalogue = rules.catalogue()
    if args.json:
        body = [rule_to_json(rule) for rule in catalogue]
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [
        (
            rule.id,
            f"{rule.period} {rule.unit}",
            "" if rule.counting is rules.Counting.EXTEND_TO_NEXT_WORKING_DAY else "no ext.",
            rule.basis,
            str(rule.confidence),
            rule.name_sr if args.lang == "sr" else rule.name_en,
        )
        for rule in catalogue
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        sys.stdout.write("  ".join([*cells, row[5]]).rstrip() + "\n")
    return 0
