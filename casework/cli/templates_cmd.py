"""`azil templates list|check`, `azil render` and `azil render-batch`.

Case data comes either from the database (`--case`, through casework.documents
only when used) or from a JSON case file (`--case-file`: what `azil case export ID
--json` prints), so documents can be made without a database.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import assembler
from assembler import (
    AssemblerError,
    TemplateInfo,
    all_fields,
    all_templates,
    get_template,
    office_template,
    template_path,
)
from assembler.contract import Script
from assembler.problems import Problem

if TYPE_CHECKING:  # rendering (docxtpl, Jinja) and the case file load when a command runs
    from assembler.batch import BatchItem


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the template and rendering commands to `azil`."""
    p = sub.add_parser("templates", help="list the filing templates or check an edited one")
    tsub = p.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    q = tsub.add_parser("list", help="the shipped templates (and with --fields, the fields)")
    q.add_argument("--fields", action="store_true", help="list the field catalogue too")
    q.set_defaults(func=cmd_list)
    q = tsub.add_parser("check", help="report every problem in a template (all shipped: no PATH)")
    q.add_argument("path", nargs="?", type=Path, metavar="PATH", help="an edited .docx template")
    q.add_argument("--id", dest="template_id", help="check PATH as this template's version")
    q.set_defaults(func=cmd_check)
    q = tsub.add_parser(
        "add",
        help="use the office's own version of a template (checked first; kept in the data folder)",
    )
    q.add_argument("path", type=Path, metavar="FILE", help="the edited .docx")
    q.add_argument("--id", dest="template_id", required=True, help="the template it replaces")
    q.set_defaults(func=cmd_add)
    q = tsub.add_parser("reset", help="go back to the shipped version of a template")
    q.add_argument("template_id", metavar="TEMPLATE_ID")
    q.set_defaults(func=cmd_reset)

    p = sub.add_parser("render", help="fill a filing from one case")
    p.add_argument("template_id", metavar="TEMPLATE_ID")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", type=int, metavar="CASE_ID")
    source.add_argument("--case-file", type=Path, metavar="FILE.json")
    p.add_argument("--out", type=Path, metavar="PATH", help="output folder")
    p.add_argument("--pdf", action="store_true", help="also make a PDF (needs LibreOffice)")
    p.add_argument("--script", choices=("latin", "cyrillic"), help="default: the template's")
    p.add_argument(
        "--late",
        metavar="REASON",
        help="confirm a filing whose time limit has passed or is fulfilled (the reason goes "
        "into the filing; it then never claims to be in time)",
    )
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("render-batch", help="fill a filing for many cases")
    p.add_argument("template_id", metavar="TEMPLATE_ID")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--cases", metavar="ID,ID,...", help="case ids, comma-separated")
    source.add_argument("--all-open", action="store_true", help="every open case")
    source.add_argument("--case-files", metavar="F1.json,F2.json", help="JSON case files")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--pdf", action="store_true", help="also make PDFs (one LibreOffice run)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    p.add_argument("--script", choices=("latin", "cyrillic"), help="default: the template's")
    p.set_defaults(func=cmd_render_batch)


def _usage(message: str) -> Exception:
    from casework.cli import CliError

    return CliError(message, 2)


def cmd_list(args: argparse.Namespace) -> int:
    """One line per template; with --fields, one per catalogue field."""
    from assembler.phrases import PHRASES, WORDS

    for info in all_templates():
        print(f"{info.id:<24} {info.default_script:<9} {info.title_sr} / {info.title_en}")
        own = office_template(info)
        where = f"the office's own: {own}" if own else info.filename
        print(f"{'':<24} file: {where}; basis: {info.legal_basis}")
        print(f"{'':<24} needs: {', '.join(info.required) or '-'}")
    if args.fields:
        print()
        for field in all_fields().values():
            extra = f" [{'|'.join(field.choices)}]" if field.choices else ""
            labels = f"{field.label_sr} / {field.label_en}"
            print(f"{field.name:<28} {field.type.value:<10} {labels}{extra}")
        # What a template may name besides the fields: phrases computed from the case,
        # and the words that agree with a person (assembler.phrases).
        print()
        print("phrases (computed from the fields; a template uses them like fields):")
        for phrase in PHRASES.values():
            print(f"{phrase.name:<28} {'phrase':<10} {phrase.description}")
        print()
        print("words after s. (the party), k. (the client), z. (the representative), written")
        print("in the masculine singular; a capital or all capitals carry over:")
        print("  " + ", ".join(WORDS))
    return 0


def _declaration_problems(info: TemplateInfo, path: Path) -> list[Problem]:
    """The shipped template's fields against its TemplateInfo and the catalogue."""
    from assembler.checking import template_fields

    catalogue = all_fields()
    declared = set(info.required) | set(info.optional)
    problems = [
        Problem(
            f"template '{info.id}' declares it but the catalogue has no such field",
            field=name,
            place=str(path),
        )
        for name in sorted(declared - set(catalogue))
    ]
    problems.extend(
        Problem(
            f"used by '{info.id}' but not declared in its required/optional fields "
            "(assembler/templates.py), so it is never validated",
            field=name,
            place=str(path),
        )
        for name in sorted((template_fields(path) & set(catalogue)) - declared)
    )
    return problems


def cmd_add(args: argparse.Namespace) -> int:
    """Check the edited template as the version of TEMPLATE_ID; only a clean one is taken.

    The office's version goes into the data folder (`templates/`), never over the
    shipped one; the version it replaces is kept beside it with a time stamp.
    """
    import datetime as dt
    import shutil

    from casework import documents

    info = get_template(args.template_id)
    if not args.path.is_file():
        raise _usage(f"no such template file: {args.path}")
    problems = assembler.check_template(args.path) + _declaration_problems(info, args.path)
    if problems:
        print(f"{args.path}: {len(problems)} problem(s); the template was not taken")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    folder = documents.office_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(info.filename).name
    if target.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target.rename(target.with_name(f"{target.stem}.{stamp}{target.suffix}"))
    shutil.copyfile(args.path, target)
    print(f"{info.id}: the office's version is now {target}")
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    """Go back to the shipped template (the office's version is kept, renamed)."""
    import datetime as dt

    info = get_template(args.template_id)
    own = office_template(info)
    if own is None:
        print(f"{info.id}: already the shipped version")
        return 0
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    own.rename(own.with_name(f"{own.stem}.{stamp}{own.suffix}"))
    print(f"{info.id}: the shipped version is used again (the office's kept as {own.stem}.{stamp})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Report every problem; non-zero exit when there is any."""
    targets: list[tuple[str, Path, TemplateInfo | None]] = []
    if args.path is not None:
        if not args.path.is_file():
            raise _usage(f"no such template file: {args.path}")
        chosen = get_template(args.template_id) if args.template_id else None
        targets.append((str(args.path), args.path, chosen))
    else:
        targets.extend((info.id, template_path(info), info) for info in all_templates())
    total = 0
    for name, path, info in targets:
        if not path.is_file():
            problems = [Problem("the template file is missing", place=str(path))]
        else:
            problems = assembler.check_template(path)
            if info is not None:
                problems += _declaration_problems(info, path)
        total += len(problems)
        print(f"{name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  - {problem}")
    return 1 if total else 0


def _read_case_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _usage(f"case file {path} not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise _usage(f"cannot read case file {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise _usage(
            f"case file {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}); export it again with 'azil case export ID --json'"
        ) from exc
    if not isinstance(data, dict):
        raise _usage(f"case file {path} must hold one JSON object (field name -> value)")
    return data


def _script(args: argparse.Namespace, info: TemplateInfo) -> Script:
    chosen: Script = args.script or info.default_script
    return chosen


def cmd_render(args: argparse.Namespace) -> int:
    """Render one document; print where it went and its SHA-256."""
    from assembler.pdf import to_pdf
    from casework import documents

    info = get_template(args.template_id)
    if args.case is not None:
        # The one generation path (the app and render-batch use it too): guards, record.
        made = documents.generate(
            args.case,
            info.id,
            script=_script(args, info),
            pdf=args.pdf,
            out_dir=args.out,
            late_reason=args.late,
        )
        for warning in made.warnings:
            print(f"azil: warning: {warning}", file=sys.stderr)
        print(f"{made.document.path}  sha256 {made.document.sha256}")
        if made.pdf is not None:
            print(made.pdf)
        return 0
    context = _read_case_file(args.case_file)
    too_early = documents.timing_problems(info.id, context)
    if too_early:
        raise AssemblerError("; ".join(str(p) for p in too_early))
    late = documents.timeliness_problems(info.id, context)
    context = documents.confirm_late(info.id, context, late, args.late)
    notes = [str(n) for n in context.get("review_notes") or ()]
    for note in notes:
        print(f"azil: warning: {note}", file=sys.stderr)
    # the function by its module: `import assembler.batch` anywhere in the process makes
    # the package's `render` the submodule (Python binds a submodule on its package)
    from assembler.render import render as render_filing

    result = render_filing(
        info,
        context,
        args.out or Path.cwd(),
        script=_script(args, info),
        review_notes=notes,
    )
    print(f"{result.path}  sha256 {result.sha256}")
    if args.pdf:
        (pdf,) = to_pdf([result.path], result.path.parent)
        print(pdf)
    return 0


class _ProgressBar:
    """A plain-text progress bar on stderr: redrawn in place on a terminal, lines otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.start = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.last_line = -1

    def __call__(self, done: int, total: int, item: BatchItem) -> None:
        width = 30
        filled = width * done // max(total, 1)
        rate = done / max(time.monotonic() - self.start, 1e-9)
        line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}  {rate:.1f} doc/s"
        if not item.ok:
            print(f"\rfailed: {item.key}: {item.error}", file=sys.stderr)
        if self.tty:
            print(f"\r{line}", end="" if done < total else "\n", file=sys.stderr, flush=True)
        elif done == total or done * 10 // total != self.last_line:
            self.last_line = done * 10 // total
            print(line, file=sys.stderr, flush=True)


def cmd_render_batch(args: argparse.Namespace) -> int:
    """Render for many cases; failures are listed and make the exit code 1."""
    import dataclasses

    from assembler.batch import BatchItem, render_batch
    from assembler.pdf import to_pdf
    from casework import documents

    info = get_template(args.template_id)
    # Worker processes get the file itself (the office's version where it has one).
    info = dataclasses.replace(info, filename=str(template_path(info)))
    if args.jobs < 1:
        raise _usage("--jobs must be at least 1")
    contexts: list[tuple[str, Mapping[str, Any]]] = []
    failed: list[BatchItem] = []
    case_ids: dict[str, int] = {}
    if args.case_files:
        for name in _split(args.case_files):
            try:
                contexts.append((name, _read_case_file(Path(name))))
            except Exception as exc:  # one bad file is one failed item
                failed.append(BatchItem(name, error=str(exc)))
    else:
        ids = documents.open_case_ids() if args.all_open else _case_ids(args.cases)
        for case_id in ids:
            key = f"case {case_id}"
            try:
                contexts.append((key, documents.context_for(case_id, info.id)))
                case_ids[key] = case_id
            except Exception as exc:  # one bad case is one failed item
                failed.append(BatchItem(key, error=str(exc)))
    for item in failed:
        print(f"failed: {item.key}: {item.error}", file=sys.stderr)
    bar = _ProgressBar(len(contexts))

    def made(done_count: int, total: int, item: BatchItem) -> None:
        # Recorded the moment it exists: a batch killed half-way leaves no client's file
        # that erasure cannot find (issue 13).
        if item.ok and item.key in case_ids and item.path is not None:
            documents.record_document(case_ids[item.key], info.id, item.path, item.sha256)
        bar(done_count, total, item)

    results = render_batch(
        info,
        contexts,
        args.out,
        script=_script(args, info),
        jobs=args.jobs,
        fields=all_fields(),  # resolved once here, so worker processes need no catalogue
        progress=made if contexts else None,
    )
    done = [r for r in results if r.ok]
    failed += [r for r in results if not r.ok]
    if args.pdf and done:
        try:
            to_pdf([r.path for r in done if r.path is not None], args.out)
        except AssemblerError as exc:
            print(f"azil: PDF: {exc}", file=sys.stderr)
            return 1
    print(f"{len(done)} document(s) written to {args.out}, {len(failed)} failed")
    for item in failed:
        print(f"  failed: {item.key}: {item.error}")
    return 1 if failed else 0


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _case_ids(value: str) -> list[int]:
    try:
        return [int(part) for part in _split(value)]
    except ValueError as exc:
        raise _usage(f"--cases takes case numbers separated by commas, got {value!r}") from exc
