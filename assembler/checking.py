"""`check_template`: everything wrong with a .docx template, found at once, with places.

A lawyer who edits a template in Word must learn in one run which tags are broken and
where. The check reads the raw XML of every text part (body, headers, footers, notes),
rebuilds each paragraph's text with one line per paragraph, and lets Jinja parse that,
so a Jinja line number is a paragraph number.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as etree

import jinja2
from jinja2 import meta, nodes

from assembler.catalogue import FieldCatalogue, all_fields
from assembler.filters import FILTERS
from assembler.phrases import AGREEMENTS, PHRASES, WORDS, _base_key, fields_read
from assembler.problems import Problem

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPENER = re.compile(r"\{[{%#]")
_UNCLOSED = re.compile(r"\{[{%#].*$|^.*?[}%#]\}")
# docxtpl's own tag syntax on top of Jinja: {%p ...%}, {%tr ...%}, {{r ...}}, {% vm %}...
_DOCXTPL_PREFIX = re.compile(r"(\{[{%#])(?:p|tr|tc|r) ")
_DOCXTPL_SPECIAL = re.compile(r"\{%\s*(?:vm|hm)\s*%\}")
_DOCXTPL_CELL = re.compile(r"\{%\s*(?:colspan|cellbg)\s+([^%]*)%\}")
_SMART_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"'})
# Names a template may use besides catalogue fields (Jinja's own).
_BUILTIN_NAMES = frozenset({"loop", "range", "lipsum", "dict", "cycler", "joiner", "namespace"})


@dataclass(frozen=True)
class _Paragraph:
    part: str
    number: int  # 1-based, in document order, table cells included
    runs: tuple[str, ...]  # the text of each w:t, in order

    @property
    def text(self) -> str:
        return "".join(self.runs)

    def place(self, excerpt_from: int = 0) -> str:
        text = " ".join(self.text.split())
        start = max(0, min(excerpt_from, len(text)) - 20)
        excerpt = text[start : start + 70]
        return f"{self.part}, paragraph {self.number}: “{excerpt}”"


def _paragraphs(xml: bytes, part: str) -> list[_Paragraph]:
    root = etree.fromstring(xml)
    result: list[_Paragraph] = []
    for number, p in enumerate(root.iter(f"{W}p"), start=1):
        runs = tuple(t.text or "" for t in p.iter(f"{W}t"))
        result.append(_Paragraph(part, number, runs))
    return result


def _split_tags(paragraph: _Paragraph) -> Iterator[Problem]:
    """Tags whose characters lie in more than one run (Word splits on formatting, spelling...)."""
    bounds: list[int] = []
    pos = 0
    for run in paragraph.runs:
        pos += len(run)
        bounds.append(pos)
    text = paragraph.text
    covered = 0
    for m in _TAG.finditer(text):
        covered = m.end()
        first = next(i for i, b in enumerate(bounds) if b > m.start())
        last = next(i for i, b in enumerate(bounds) if b >= m.end())
        if first != last:
            yield Problem(
                f"the tag {m.group(0)!r} is split across {last - first + 1} runs by Word "
                "(formatting or spell-check marks inside it); select the whole tag, clear its "
                "formatting and type it again in one go",
                place=paragraph.place(m.start()),
            )
    rest = text[covered:]
    unclosed = _OPENER.search(rest)
    if unclosed:
        yield Problem(
            f"the tag starting {rest[unclosed.start() : unclosed.start() + 30]!r} is not closed in "
            "the same paragraph; a tag must open and close within one paragraph",
            place=paragraph.place(covered + unclosed.start()),
        )


def _jinja_source(paragraphs: list[_Paragraph]) -> list[str]:
    lines = []
    for p in paragraphs:
        text = p.text.translate(_SMART_QUOTES)
        text = _DOCXTPL_SPECIAL.sub("", text)
        text = _DOCXTPL_CELL.sub(r"{{ \1 }}", text)
        lines.append(_DOCXTPL_PREFIX.sub(r"\1 ", text))
    return lines


def _syntax_problems(
    env: jinja2.Environment, lines: list[str], paragraphs: list[_Paragraph]
) -> tuple[nodes.Template | None, list[Problem]]:
    """Parse; after each error blank the offending paragraph's tags and parse again."""
    problems: list[Problem] = []
    lines = list(lines)
    for _attempt in range(50):
        try:
            return env.parse("\n".join(lines)), problems
        except jinja2.TemplateSyntaxError as exc:
            index = min(max((exc.lineno or 1) - 1, 0), len(lines) - 1)
            place = paragraphs[index].place() if paragraphs else "(empty part)"
            problems.append(Problem(f"Jinja syntax error: {exc.message}", place=place))
            blanked = _UNCLOSED.sub("", _TAG.sub("", lines[index]))
            if blanked == lines[index]:
                return None, problems  # e.g. a block never closed: nothing more to learn
            lines[index] = blanked
    return None, problems


def _name_places(ast: nodes.Template) -> dict[str, int]:
    first: dict[str, int] = {}
    for name in ast.find_all(nodes.Name):
        if name.ctx == "load":
            first.setdefault(name.name, name.lineno)
    return first


def _undeclared(env: jinja2.Environment, ast: nodes.Template) -> set[str]:
    """Names read but never set (loop and `set` variables excluded), whatever the filters."""
    tolerant = env.overlay()
    for node in ast.find_all((nodes.Filter, nodes.Test)):
        table = tolerant.filters if isinstance(node, nodes.Filter) else tolerant.tests
        table.setdefault(node.name, lambda *a, **k: None)
    ast.environment = tolerant
    try:
        return set(meta.find_undeclared_variables(ast)) - _BUILTIN_NAMES
    finally:
        ast.environment = env


def _unknown_words(ast: nodes.Template, paragraphs: list[_Paragraph]) -> Iterator[Problem]:
    """`s.žalilac`, `k.Podnosilac`, `z.punomoćniku`: the word must be in the table WORDS,
    or the filing would fail only when rendered."""
    for node in ast.find_all(nodes.Getattr):
        target = node.node.name if isinstance(node.node, nodes.Name) else ""
        if target in AGREEMENTS and _base_key(node.attr) not in WORDS:
            yield Problem(
                f"unknown word '{node.attr}' after '{target}.'; the words that agree "
                "with a person are listed in docs/templates.md (assembler/phrases.py WORDS)",
                place=paragraphs[min(node.lineno, len(paragraphs)) - 1].place(),
            )


def check_template(path: Path, *, fields: FieldCatalogue | None = None) -> list[Problem]:
    """Every unknown field, Jinja syntax error and split tag of the template, with places."""
    from assembler.render import make_environment

    catalogue = all_fields() if fields is None else fields
    env = make_environment()
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return [Problem(f"cannot open as a .docx file ({exc})", place=str(path))]
    problems: list[Problem] = []
    with archive:
        for part in sorted(n for n in archive.namelist() if _TEXT_PART.match(n)):
            try:
                paragraphs = _paragraphs(archive.read(part), part)
            except etree.ParseError as exc:
                problems.append(Problem(f"the XML is damaged ({exc})", place=part))
                continue
            for paragraph in paragraphs:
                problems.extend(_split_tags(paragraph))
            ast, syntax = _syntax_problems(env, _jinja_source(paragraphs), paragraphs)
            problems.extend(syntax)
            if ast is None:
                continue
            for node in ast.find_all((nodes.Filter, nodes.Test)):
                known = env.filters if isinstance(node, nodes.Filter) else env.tests
                if node.name not in known:
                    kind = "filter" if isinstance(node, nodes.Filter) else "test"
                    problems.append(
                        Problem(
                            f"unknown {kind} '{node.name}'; the filters are: "
                            + ", ".join(sorted(FILTERS)),
                            place=paragraphs[min(node.lineno, len(paragraphs)) - 1].place(),
                        )
                    )
            problems.extend(_unknown_words(ast, paragraphs))
            places = _name_places(ast)
            for name in sorted(_undeclared(env, ast), key=lambda n: places.get(n, 0)):
                if name in catalogue or name in PHRASES:
                    continue
                line = places.get(name, 1)
                problems.append(
                    Problem(
                        "unknown field: not in the field catalogue nor a phrase; check the "
                        "spelling (`azil templates list --fields` shows both)",
                        field=name,
                        place=paragraphs[min(line, len(paragraphs)) - 1].place(),
                    )
                )
    return problems


def used_fields(path: Path) -> set[str]:
    """The undeclared names a template reads (its fields), for catalogue cross-checks."""
    from assembler.render import make_environment

    env = make_environment()
    names: set[str] = set()
    with zipfile.ZipFile(path) as archive:
        for part in archive.namelist():
            if not _TEXT_PART.match(part):
                continue
            paragraphs = _paragraphs(archive.read(part), part)
            try:
                ast = env.parse("\n".join(_jinja_source(paragraphs)))
            except jinja2.TemplateSyntaxError:
                continue
            names |= _undeclared(env, ast)
    return names


def template_fields(path: Path) -> set[str]:
    """The fields a template needs: those it names, and those its phrases are made from."""
    used = used_fields(path)
    return (used - PHRASES.keys()) | fields_read(used & PHRASES.keys())
