"""The template contract: the shape of the field catalogue and of a template's declaration.

The catalogue itself (`assembler/fields.py`, `assembler/templates.py`) is data written
by the templates author; this module only fixes its vocabulary so that the engine,
`casework` (which builds contexts) and the templates agree on one thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Script = Literal["latin", "cyrillic"]


class FieldType(StrEnum):
    """How a context value must look; `validate` and `coerce` act on it."""

    TEXT = "text"  # one line of text
    MULTILINE = "multiline"  # several paragraphs; blank lines separate them
    DATE = "date"  # ISO "YYYY-MM-DD" in JSON, a `datetime.date` after `coerce`
    BOOL = "bool"
    INT = "int"
    ENUM = "enum"  # one of `Field.choices`
    MULTI_ENUM = "multi_enum"  # a list of distinct values from `Field.choices`
    LIST = "list"  # a list of rows (dicts) whose keys are `Field.columns`


@dataclass(frozen=True)
class Field:
    """One field a template may use; the labels are what a paralegal sees in errors."""

    name: str
    type: FieldType
    label_sr: str
    label_en: str
    choices: tuple[str, ...] = ()  # ENUM and MULTI_ENUM only
    columns: tuple[Field, ...] = ()  # LIST only: the sub-fields of one row
    help_sr: str = ""
    help_en: str = ""


@dataclass(frozen=True)
class TemplateInfo:
    """One shipped template: which file, which fields it needs, on which legal basis."""

    id: str  # stable: the CLI, the database and documents refer to it
    filename: str  # inside the templates_docx package
    title_sr: str
    title_en: str
    default_script: Script
    required: tuple[str, ...]  # field names that must be non-empty
    optional: tuple[str, ...]  # field names that may be empty ("" / [] / None)
    legal_basis: str
