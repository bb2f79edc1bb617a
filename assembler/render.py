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
from assembler.contract import FieldType, Script, TemplateInfo
from assembler.errors import AssemblerError, TemplateError, ValidationError
from assembler.filters import FILTERS, Paragraphs
from assembler.layout import drop_empty_fields, keep_closing_together, rows_never_split
from assembler.output import default_stem, write_new_version
from assembler.phrases import PHRASES, derive
from assembler.translit import KEEP_END, KEEP_START, to_cyrillic
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


_RUN = re.compile(r"<w:r(?:\s[^>]*)?>.*?</w:r>", re.DOTALL)
_ENGLISH_RUN = re.compile(r'<w:lang [^>]*w:val="en-')


def _keep_english_runs(xml: str) -> str:
    """Text in a run whose language is English (the data sheet's English labels) stays in
    Latin script: its text is marked as kept."""

    def one(run: re.Match[str]) -> str:
        text = run.group(0)
        if not _ENGLISH_RUN.search(text.split("</w:rPr>", 1)[0]):
            return text
        return _W_T.sub(
            lambda m: m.group(1) + KEEP_START + m.group(2) + KEEP_END + m.group(3), text
        )

    return _RUN.sub(one, xml)


def _cyrillic_xml(xml: str) -> str:
    inside = False  # within a kept span that Word may have split over several runs
    xml = _keep_english_runs(xml)

    def one(m: re.Match[str]) -> str:
        nonlocal inside
        text = _unescape(m.group(2)) if "&" in m.group(2) else m.group(2)
        out: list[str] = []
        for piece in re.split(f"([{KEEP_START}{KEEP_END}])", text):
            if piece == KEEP_START:
                inside = True
            elif piece == KEEP_END:
                inside = False
            elif piece:
                out.append(piece if inside else to_cyrillic(piece))
        return m.group(1) + _escape("".join(out)) + m.group(3)

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


_USED: dict[tuple[str, int, int], frozenset[str]] = {}


def phrases_used(path: Path) -> frozenset[str]:
    """The phrases (assembler.phrases) a template names; read once per version of the file."""
    from assembler.checking import used_fields

    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _USED:
        _USED[key] = frozenset(used_fields(path) & PHRASES.keys())
    return _USED[key]


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
    prepared = keep_latin(prepared, script)
    path = template_path(template)
    if not path.is_file():
        raise AssemblerError(
            f"template file {path} for '{template.id}' is missing; reinstall azil or "
            "restore the file in templates_docx/"
        )
    prepared.update(derive(prepared, phrases_used(path)))
    for name, field in catalogue.items():
        if field.type is FieldType.MULTILINE and isinstance(prepared.get(name), str):
            prepared[name] = Paragraphs(prepared[name])
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
    drop_empty_fields(doc.docx)
    if script != "cyrillic":
        _strip_keep_marks(doc.docx)
    keep_closing_together(doc.docx)
    rows_never_split(doc.docx)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if script == "cyrillic":
        data = transliterate_docx(data)
    return data


def _strip_keep_marks(document: Any) -> None:
    """A Latin filing keeps no "stay in Latin" marks (bilingual phrases carry them); done
    on the document in memory, where the other layout passes run."""
    from docx.oxml.ns import qn

    for t in document.element.body.iter(qn("w:t")):
        if t.text and (KEEP_START in t.text or KEEP_END in t.text):
            t.text = t.text.replace(KEEP_START, "").replace(KEEP_END, "")


# Values that keep their Latin form in a Cyrillic filing: foreign persons' names (no
# Cyrillic form is recorded for them), identity documents and the office's own numbers.
# Authorities' and courts' numbers ("Až 412/26", "3 U 14022/26") are written in Cyrillic
# by those bodies and are transliterated.
LATIN_FIELDS = frozenset(
    {"client_full_name", "client_father_name", "client_mother_name", "client_id_doc",
     "office_ref_no", "interpreter_name"}
)  # fmt: skip
LATIN_COLUMNS: dict[str, frozenset[str]] = {
    "co_applicants": frozenset({"full_name"}),
    "family_members": frozenset({"full_name"}),
    "documents": frozenset({"number"}),
}
_MARKED = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


def keep_latin(context: dict[str, Any], script: Script) -> dict[str, Any]:
    """Mark what must stay in Latin script in a Cyrillic filing (see LATIN_FIELDS); the
    lawyer's own "[[...]]" spans are kept too, and their brackets removed in either
    script."""
    cyrillic = script == "cyrillic"

    def text(value: str, keep: bool) -> str:
        if "[[" in value:
            value = _MARKED.sub(lambda m: KEEP_START + m[1] + KEEP_END if cyrillic else m[1],
                                value)  # fmt: skip
        return KEEP_START + value + KEEP_END if keep and cyrillic and value else value

    def walk(value: Any, keep: bool) -> Any:
        if isinstance(value, str):
            return text(value, keep)
        if isinstance(value, list):
            return [walk(v, keep) for v in value]
        return value

    out: dict[str, Any] = {}
    for key, value in context.items():
        columns = LATIN_COLUMNS.get(key)
        if columns is not None and isinstance(value, list):
            out[key] = [
                {k: walk(v, k in columns) for k, v in row.items()} if isinstance(row, dict)
                else walk(row, False)
                for row in value
            ]  # fmt: skip
        else:
            out[key] = walk(value, key in LATIN_FIELDS)
    return out


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
