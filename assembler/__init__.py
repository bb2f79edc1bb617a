"""Document assembly: a template and a context make a .docx (and a PDF via LibreOffice).

Imports neither Qt nor SQLAlchemy (checked by import-linter). The public API is
re-exported here; the catalogue data lives in `fields.py` and `templates.py`.
"""

import importlib
from typing import TYPE_CHECKING, Any

from assembler.catalogue import (
    all_fields,
    all_templates,
    get_template,
    office_template,
    template_path,
    use_office_templates,
)
from assembler.contract import Field, FieldType, Script, TemplateInfo
from assembler.errors import (
    AssemblerError,
    CatalogueUnavailableError,
    OutputError,
    PdfConversionError,
    PdfUnavailableError,
    TemplateError,
    UnknownTemplateError,
    ValidationError,
)
from assembler.grammar import format_forms, parse_forms
from assembler.problems import Problem
from assembler.validation import coerce, validate

if TYPE_CHECKING:
    from assembler.checking import check_template
    from assembler.render import RenderResult, render, render_bytes

# Rendering and checking need docxtpl and Jinja (a tenth of a second to import): they
# are loaded when first used, so the command line starts without them (PEP 562).
_LAZY: dict[str, str] = {
    "check_template": "assembler.checking",
    "RenderResult": "assembler.render",
    "render": "assembler.render",
    "render_bytes": "assembler.render",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "AssemblerError",
    "CatalogueUnavailableError",
    "Field",
    "FieldType",
    "OutputError",
    "PdfConversionError",
    "PdfUnavailableError",
    "Problem",
    "RenderResult",
    "Script",
    "TemplateError",
    "TemplateInfo",
    "UnknownTemplateError",
    "ValidationError",
    "all_fields",
    "all_templates",
    "check_template",
    "coerce",
    "format_forms",
    "get_template",
    "office_template",
    "parse_forms",
    "render",
    "render_bytes",
    "template_path",
    "use_office_templates",
    "validate",
]
