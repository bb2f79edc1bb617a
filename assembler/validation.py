"""Checking case data against a template, and turning JSON values into Python ones.

`validate` returns every problem at once (beancount style), so a paralegal fixes the
case in one pass; `render` refuses to write anything while a problem remains.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from assembler.catalogue import FieldCatalogue, all_fields
from assembler.contract import Field, FieldType, TemplateInfo
from assembler.grammar import parse_forms
from assembler.problems import Problem

# Characters XML 1.0 cannot carry, plus the ones docxtpl turns into layout (\a, \f, \v):
# a value containing them would either break the document or change its structure.
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# docxtpl rewrites these sequences after rendering, so they would not survive as entered.
_DOCXTPL_MARKERS = ("{_{", "}_}", "{_%", "%_}")


def empty_value(field: Field) -> Any:
    """The value an absent optional field takes, so templates can test it with `if`."""
    if field.type in (FieldType.LIST, FieldType.MULTI_ENUM):
        return []
    if field.type in (FieldType.DATE, FieldType.INT):
        return None
    if field.type is FieldType.BOOL:
        return False
    return ""


def is_empty(value: object) -> bool:
    """None, "", whitespace only, and empty lists count as not filled in."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return len(value) == 0
    return False


# Text fields with a shape of their own: a person's name in grammatical cases.
_NAME_FORMS = frozenset({"client_name_forms", "rep_name_forms"})


def _convert(field: Field, value: object) -> tuple[Any, str | None]:
    """Return (converted value, None) or (value unchanged, what to fix)."""
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.MULTILINE, FieldType.ENUM):
        if not isinstance(value, str):
            return value, f"must be text, got {type(value).__name__}"
        bad = _FORBIDDEN_CHARS.search(value)
        if bad:
            return value, (
                f"contains the control character U+{ord(bad.group()):04X} at position "
                f"{bad.start() + 1}; delete it (often pasted from another program)"
            )
        for marker in _DOCXTPL_MARKERS:
            if marker in value:
                return value, f"contains '{marker}', which the document engine would alter"
        if field.name in _NAME_FORMS:
            try:
                parse_forms(value)
            except ValueError as exc:
                return value, str(exc)
        if kind is FieldType.ENUM and value not in field.choices:
            return value, f"'{value}' is not one of: {', '.join(field.choices)}"
        return value, None
    if kind is FieldType.DATE:
        if isinstance(value, dt.datetime):
            return value.date(), None
        if isinstance(value, dt.date):
            return value, None
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip()), None
            except ValueError:
                pass
        return value, f"{value!r} is not a date; write it as YYYY-MM-DD (e.g. 2024-03-12)"
    if kind is FieldType.BOOL:
        if isinstance(value, bool):
            return value, None
        return value, f"must be true or false, got {value!r}"
    if kind is FieldType.INT:
        if isinstance(value, int) and not isinstance(value, bool):
            return value, None
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip()), None
        return value, f"must be a whole number, got {value!r}"
    if kind is FieldType.MULTI_ENUM:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            return value, f"must be a list of choices from: {', '.join(field.choices)}"
        unknown = [v for v in value if v not in field.choices]
        if unknown:
            return value, (
                f"unknown choice(s) {', '.join(map(repr, unknown))}; "
                f"allowed: {', '.join(field.choices)}"
            )
        return list(value), None
    # LIST: rows are checked by the caller, column by column.
    if not isinstance(value, (list, tuple)) or not all(isinstance(r, Mapping) for r in value):
        return value, "must be a list of rows (objects with the columns of the row)"
    return value, None


_REQUIRED = "is required by this template but empty; fill it in"
_SERBIAN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(re.escape(_REQUIRED)), "obavezno polje je prazno; popunite ga"),
    (
        re.compile(r"(?P<v>.*) is not a date; write it as YYYY-MM-DD.*"),
        "{v} nije datum; upišite ga kao GGGG-MM-DD (npr. 2024-03-12)",
    ),
    (
        re.compile(r"(?P<v>'.*') is not one of: (?P<c>.*)"),
        "{v} nije među ponuđenim vrednostima: {c}",
    ),
    (
        re.compile(r"unknown choice\(s\) (?P<v>.*); allowed: (?P<c>.*)"),
        "nepoznat izbor {v}; moguće: {c}",
    ),
    (re.compile(r"must be a whole number, got (?P<v>.*)"), "mora biti ceo broj, a ne {v}"),
)


def _in_serbian(message: str) -> str:
    """The Serbian wording of the messages a paralegal meets most (others stay English)."""
    for pattern, serbian in _SERBIAN:
        m = pattern.fullmatch(message)
        if m:
            return serbian.format(**m.groupdict())
    return ""


def _check_value(field: Field, value: object, required: bool) -> tuple[Any, list[Problem]]:
    def problem(message: str, sub: Field | None = None, row: int | None = None) -> Problem:
        if sub is None:
            return Problem(
                message, field.name, field.label_sr, field.label_en, message_sr=_in_serbian(message)
            )
        return Problem(
            message,
            f"{field.name}[{row}].{sub.name}",
            f"{field.label_sr}, red {row}: {sub.label_sr}",
            f"{field.label_en}, row {row}: {sub.label_en}",
            message_sr=_in_serbian(message),
        )

    if is_empty(value):
        if required:
            return value, [problem(_REQUIRED)]
        return empty_value(field), []
    converted, error = _convert(field, value)
    if error:
        return value, [problem(error)]
    if field.type is not FieldType.LIST:
        return converted, []
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    for number, row in enumerate(converted, start=1):
        new_row = dict(row)
        for sub in field.columns:
            cell = row.get(sub.name)
            if is_empty(cell):
                new_row[sub.name] = empty_value(sub)
                continue
            cell_value, cell_error = _convert(sub, cell)
            if cell_error:
                problems.append(problem(cell_error, sub, number))
            new_row[sub.name] = cell_value
        rows.append(new_row)
    return rows, problems


def _check(
    template: TemplateInfo | None, context: Mapping[str, Any], fields: FieldCatalogue
) -> tuple[dict[str, Any], list[Problem]]:
    problems: list[Problem] = []
    result = dict(context)
    if template is None:
        wanted = [(name, False) for name in fields]
    else:
        wanted = [(n, True) for n in template.required] + [(n, False) for n in template.optional]
    seen: set[str] = set()
    for name, required in wanted:
        if name in seen:
            continue
        seen.add(name)
        field = fields.get(name)
        if field is None:
            problems.append(
                Problem(
                    f"template '{template.id if template else '?'}' declares a field that is "
                    "not in the catalogue (assembler/fields.py); fix the catalogue",
                    name,
                )
            )
            continue
        value, found = _check_value(field, context.get(name), required)
        problems.extend(found)
        result[name] = value
    # Every other catalogued field gets its empty value, so StrictUndefined only
    # fires for names that are not in the catalogue at all.
    for name, field in fields.items():
        if name not in seen:
            if name in context:
                value, _found = _check_value(field, context[name], False)
                result[name] = value
            else:
                result[name] = empty_value(field)
    return result, problems


def validate(
    template: TemplateInfo, context: Mapping[str, Any], *, fields: FieldCatalogue | None = None
) -> list[Problem]:
    """Every missing required field and every invalid value, all at once (empty: fine)."""
    return _check(template, context, all_fields() if fields is None else fields)[1]


def coerce(
    context: Mapping[str, Any],
    template: TemplateInfo | None = None,
    *,
    fields: FieldCatalogue | None = None,
) -> dict[str, Any]:
    """The context with dates as `date`, numbers as `int`, and absent fields empty.

    Values that cannot be converted are left as they are; `validate` reports them.
    Keys that are not in the catalogue pass through untouched.
    """
    return _check(template, context, all_fields() if fields is None else fields)[0]


def prepare(
    template: TemplateInfo, context: Mapping[str, Any], fields: FieldCatalogue
) -> tuple[dict[str, Any], list[Problem]]:
    """Validate and coerce in one pass (what `render` uses)."""
    return _check(template, context, fields)
