"""Access to the declared catalogue: the fields (fields.py) and the templates (templates.py).

Both modules are data written with the templates; they are imported lazily so that
a broken or missing catalogue becomes a clear error, not an import crash of the room.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable, Iterable, Mapping
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


# The office's own versions of the templates (`azil templates add`), looked up before the
# shipped ones; set by the application layer, which knows where the office's data lives.
# (A function, not a path: the data folder is the one in force when a filing is made.)
_OFFICE_DIR: Callable[[], Path | None] = lambda: None  # noqa: E731


def use_office_templates(folder: Callable[[], Path | None]) -> None:
    """Take a template from the folder `folder()` names where the office put its own
    version of it."""
    global _OFFICE_DIR
    _OFFICE_DIR = folder


def office_template(info: TemplateInfo) -> Path | None:
    """The office's own version of this template, if it has one."""
    folder = _OFFICE_DIR()
    if folder is None:
        return None
    path = folder / Path(info.filename).name
    return path if path.is_file() else None


def template_path(info: TemplateInfo) -> Path:
    """Where the template's .docx lives: the office's own version where there is one,
    else the one shipped in the templates_docx package. An absolute `filename` is taken
    as is (tests and a lawyer's own templates)."""
    from templates_docx import TEMPLATES_DIR

    if not Path(info.filename).is_absolute():
        own = office_template(info)
        if own is not None:
            return own
    return TEMPLATES_DIR / info.filename
