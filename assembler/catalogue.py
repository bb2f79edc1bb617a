"""Access to the declared catalogue: the fields (fields.py) and the templates (templates.py).

Both modules are data written with the templates; they are imported lazily so that
a broken or missing catalogue becomes a clear error, not an import crash of the room.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from assembler.contract import Field, TemplateInfo
from assembler.errors import CatalogueUnavailableError, UnknownTemplateError

FieldCatalogue = Mapping[str, Field]


def _load(module: str, attribute: str) -> tuple[object, ...]:
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise CatalogueUnavailableError(
            f"the catalogue module {module} cannot be imported ({exc}); "
            "it ships with azil, reinstall or fix it"
        ) from exc
    value = getattr(mod, attribute, None)
    if not isinstance(value, tuple):
        raise CatalogueUnavailableError(f"{module}.{attribute} must be a tuple")
    return value


def all_fields() -> dict[str, Field]:
    """The declared field catalogue, by name."""
    fields = _load("assembler.fields", "FIELDS")
    return {f.name: f for f in fields if isinstance(f, Field)}


def all_templates() -> tuple[TemplateInfo, ...]:
    """The shipped templates, in catalogue order."""
    return tuple(
        t for t in _load("assembler.templates", "TEMPLATES") if isinstance(t, TemplateInfo)
    )


def get_template(template_id: str, templates: Iterable[TemplateInfo] | None = None) -> TemplateInfo:
    """The template with this id; an unknown id says which one was probably meant."""
    known = tuple(all_templates() if templates is None else templates)
    for info in known:
        if info.id == template_id:
            return info
    ids = [t.id for t in known]
    close = difflib.get_close_matches(template_id, ids, n=1, cutoff=0.5)
    raise UnknownTemplateError(template_id, ids, close[0] if close else None)


def template_path(info: TemplateInfo) -> Path:
    """Where the template's .docx lives: in the templates_docx package.

    An absolute `filename` is taken as is (tests and a lawyer's own templates).
    """
    from templates_docx import TEMPLATES_DIR

    return TEMPLATES_DIR / info.filename
