"""Rendering: validated context + template -> .docx bytes -> a new file on disk.

docxtpl does the Word work; Jinja runs sandboxed (a template edited by anyone cannot
reach Python internals), with autoescaping (docxtpl pastes values into raw XML, so
`&`, `<`, `>` and quotes must be escaped to stay text) and StrictUndefined (a
misspelt field is an error, never a silent blank in a filing).
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from assembler.catalogue import FieldCatalogue, all_fields, template_path
from assembler.contract import Script, TemplateInfo
from assembler.errors import AssemblerError, TemplateError, ValidationError
from assembler.filters import FILTERS
from assembler.output import default_stem, write_new_version
from assembler.translit import to_cyrillic
from assembler.validation import prepare


@dataclass(frozen=True)
class RenderResult:
    """What was written: the new file and its SHA-256 (recorded with the Document)."""

    path: Path
    sha256: str


def make_environment() -> SandboxedEnvironment:
    """The one Jinja environment every template renders in."""
    env = SandboxedEnvironment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env


_ENV: SandboxedEnvironment | None = None


def environment() -> SandboxedEnvironment:
    """A shared environment (filters and compiled-code caches are built once per process)."""
    global _ENV
    if _ENV is None:
        _ENV = make_environment()
    return _ENV


# Parts whose text a reader sees: body, headers, footers, foot- and endnotes.
_TEXT_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_W_T = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")


def _unescape(text: str) -> str:
    return html.unescape(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cyrillic_xml(xml: str) -> str:
    def one(m: re.Match[str]) -> str:
        text = m.group(2)
        converted = to_cyrillic(_unescape(text) if "&" in text else text)
        return m.group(1) + _escape(converted) + m.group(3)

    xml = _W_T.sub(one, xml)
    # Spell-checking and hyphenation follow the language tag of each run.
    return xml.replace('"sr-Latn-RS"', '"sr-Cyrl-RS"').replace('"sr-Latn"', '"sr-Cyrl"')


def transliterate_docx(data: bytes) -> bytes:
    """Every visible text node of a .docx in Serbian Cyrillic (body, headers, footers, notes)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if _TEXT_PART.match(item.filename):
                content = _cyrillic_xml(content.decode("utf-8")).encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def _template_name(info: TemplateInfo, path: Path) -> str:
    return f"'{info.id}' ({path})"


def render_bytes(
    template: TemplateInfo,
    context: Mapping[str, Any],
    *,
    script: Script = "latin",
    fields: FieldCatalogue | None = None,
    review_notes: Sequence[str] = (),
) -> bytes:
    """Validate and render in memory; raises ValidationError / TemplateError, writes nothing.

    `review_notes` (e.g. a time limit whose legal basis is unconfirmed) go at the top of
    the document, highlighted, for the lawyer to check and delete before signing: a
    warning printed on a console is lost by the time someone reads the filing.
    """
    catalogue = all_fields() if fields is None else fields
    prepared, problems = prepare(template, context, catalogue)
    if problems:
        raise ValidationError(template.id, problems)
    path = template_path(template)
    if not path.is_file():
        raise AssemblerError(
            f"template file {path} for '{template.id}' is missing; reinstall azil or "
            "restore the file in templates_docx/"
        )
    doc = DocxTemplate(str(path))
    try:
        doc.render(prepared, jinja_env=environment())
    except jinja2.TemplateSyntaxError as exc:
        from assembler.checking import check_template

        found = check_template(path, fields=catalogue)
        raise TemplateError(_template_name(template, path), found, f"syntax error: {exc}") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            _template_name(template, path),
            [],
            f"uses a name that is not in the field catalogue ({exc})",
        ) from exc
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(
            _template_name(template, path), [], f"does something not allowed ({exc})"
        ) from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(_template_name(template, path), [], str(exc)) from exc
    if review_notes:
        _add_review_notes(doc.docx, review_notes)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if script == "cyrillic":
        data = transliterate_docx(data)
    return data


def _add_review_notes(document: Any, notes: Sequence[str]) -> None:
    """Highlighted paragraphs before the first one: seen by whoever opens the file."""
    from docx.enum.text import WD_COLOR_INDEX

    first = document.paragraphs[0]
    for note in notes:
        para = first.insert_paragraph_before()
        run = para.add_run(f"NAPOMENA ZA ADVOKATA (obrisati pre potpisivanja): {note}")
        run.bold = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def render(
    template: TemplateInfo,
    context: Mapping[str, Any],
    out_dir: Path,
    *,
    script: Script = "latin",
    basename: str | None = None,
    fields: FieldCatalogue | None = None,
    review_notes: Sequence[str] = (),
) -> RenderResult:
    """Validate, render and write a new version into `out_dir`; never overwrites a file.

    The name is `<basename>_v<N>.docx` (default basename: filing, client, signing date).
    On any error nothing is left in `out_dir`.
    """
    if script not in ("latin", "cyrillic"):
        raise AssemblerError(f"unknown script '{script}'; use 'latin' or 'cyrillic'")
    data = render_bytes(template, context, script=script, fields=fields, review_notes=review_notes)
    stem = basename or default_stem(
        template.title_sr, context.get("client_full_name"), _signing_date(context)
    )
    path = write_new_version(data, Path(out_dir), stem, ".docx")
    return RenderResult(path, hashlib.sha256(data).hexdigest())


def _signing_date(context: Mapping[str, Any]) -> object:
    import datetime as dt

    value = context.get("date_signed")
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return value
