"""Generating one filing for many cases: the operation the batch dialog runs off the UI thread.

No Qt here: `generate_for_cases` takes plain callables to report progress and to ask
whether the user cancelled, so it runs the same in a worker thread and in a test.

Each case goes through `casework.documents.generate` (validated, stored in its case
folder, recorded with its hash); a case whose data is missing is collected with its
problems and the batch goes on. Cancel is honoured between cases: what was generated
stays generated and recorded. PDFs of the whole batch come from ONE LibreOffice run at
the end (`assembler.pdf.to_pdf`), each PDF then placed beside its .docx.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casework.services import Casework


@dataclass(frozen=True)
class CaseRef:
    """A case as the batch shows it: its id and the client's name."""

    id: int
    name: str


@dataclass(frozen=True)
class Failure:
    """A case that got no document, and why (structured problems when the data is missing)."""

    case: CaseRef
    problems: tuple[Any, ...] = ()  # assembler.Problem values (field, labels, messages)
    error: str = ""  # the error text when there are no structured problems


@dataclass
class BatchOutcome:
    """What the batch did, for the summary dialog and for the views to refresh."""

    total: int = 0
    generated: list[tuple[CaseRef, Path]] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    cancelled: bool = False
    pdfs: list[Path] = field(default_factory=list)
    pdf_error: BaseException | None = None
    pdf_skipped: bool = False  # PDFs were asked for but the batch was cancelled
    # Cases that already had this filing and were left alone (no new version asked for).
    skipped: list[CaseRef] = field(default_factory=list)


Report = Callable[[int, int, str], None]


def open_cases(cw: Casework) -> list[CaseRef]:
    """Every open case, in case-number order."""
    cases = cw.list_cases(status="open")
    return sorted((CaseRef(c.id, c.client.name_latin) for c in cases), key=lambda r: r.id)


def cases_for(cw: Casework, template_id: str) -> list[CaseRef]:
    """The open cases this filing is for: those with an open deadline it answers (an
    appeal: a case whose appeal period runs), not every open case (issue 12: a batch of
    appeals went to cases still at registration). A filing that answers no deadline (a
    power of attorney) is for every open case."""
    from casework import documents

    rule_ids = set(documents.DRAFT_RULES.get(template_id, ()))
    if not rule_ids:
        return open_cases(cw)
    wanted = {row.case_id for row in cw.deadlines() if row.rule_id in rule_ids}
    return [ref for ref in open_cases(cw) if ref.id in wanted]


def with_draft(cw: Casework, cases: Sequence[CaseRef], template_id: str) -> list[CaseRef]:
    """The cases that already have a document of this filing (a new one would be v2)."""
    return [
        ref
        for ref in cases
        if any(d.template_id == template_id for d in cw.get_case(ref.id).documents)
    ]


def generate_for_cases(
    cw: Casework,
    cases: Sequence[CaseRef] | None,
    template_id: str,
    *,
    pdf: bool = False,
    report: Report = lambda done, total, text: None,
    cancelled: Callable[[], bool] = lambda: False,
    today: dt.date | None = None,
    new_versions: bool = False,
) -> BatchOutcome:
    """Generate `template_id` for each case (None: the open cases it is for, see
    `cases_for`); a missing-data case is listed, never fatal. A case that already has this
    filing is skipped and listed unless `new_versions` (the person said so).

    `report(done, total, client_name)` is called before each case (done = cases finished
    so far); with `pdf`, `report(total, total + 1, "")` announces the one PDF run.
    """
    from casework import documents

    refs = list(cases) if cases is not None else cases_for(cw, template_id)
    out = BatchOutcome(total=len(refs))
    if not new_versions:
        existing = {ref.id for ref in with_draft(cw, refs, template_id)}
        out.skipped = [ref for ref in refs if ref.id in existing]
        refs = [ref for ref in refs if ref.id not in existing]
    steps = len(refs) + (1 if pdf else 0)
    for i, ref in enumerate(refs):
        if cancelled():
            out.cancelled = True
            break
        report(i, steps, ref.name)
        try:
            # A late filing fails here (it needs a person's confirmed reason, one by one).
            made = documents.generate(ref.id, template_id, pdf=False, cw=cw, today=today)
        except documents.DocumentError as exc:
            out.failed.append(_missing_data(ref, template_id, cw, exc))
            continue
        except Exception as exc:  # one case's trouble must not lose the others
            out.failed.append(Failure(ref, error=_one_line(exc)))
            continue
        out.generated.append((ref, Path(made.document.path)))
    if pdf and out.generated:
        if out.cancelled:
            out.pdf_skipped = True
        else:
            report(len(refs), steps, "")
            try:
                out.pdfs = pdfs_beside([p for _ref, p in out.generated])
            except Exception as exc:  # PdfUnavailableError and friends: shown in the summary
                out.pdf_error = exc
    return out


def _missing_data(ref: CaseRef, template_id: str, cw: Casework, exc: Exception) -> Failure:
    """The problems one by one (each has a Serbian message), else the error's own text."""
    from casework import documents

    try:
        problems = documents.check_case(ref.id, template_id, cw)
    except Exception:  # the error text still says what is missing
        problems = []
    return Failure(ref, tuple(problems), "" if problems else _one_line(exc))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def pdfs_beside(docx_paths: Sequence[Path]) -> list[Path]:
    """PDFs of all the files in ONE LibreOffice run, each written beside its .docx.

    `to_pdf` writes into a single folder and names each PDF after its .docx; files of
    different cases may share a name, so each is staged under a unique name first. A PDF
    never overwrites a file: a taken name gets a version suffix.
    """
    from assembler.output import write_new_version
    from assembler.pdf import scratch, to_pdf

    # in azil's private folder, not the system's (issue 13: clients' filings were left there)
    with scratch("batch") as work:
        staged_dir = Path(work) / "in"
        out_dir = Path(work) / "out"
        staged_dir.mkdir()
        out_dir.mkdir()
        staged: list[Path] = []
        for n, src in enumerate(docx_paths):
            copy = staged_dir / f"{n:05d}.docx"
            shutil.copyfile(src, copy)
            staged.append(copy)
        converted = to_pdf(staged, out_dir)
        placed: list[Path] = []
        for src, pdf in zip(docx_paths, converted, strict=True):
            data = pdf.read_bytes()
            target = src.with_suffix(".pdf")
            try:
                fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                placed.append(write_new_version(data, src.parent, src.stem, ".pdf"))
                continue
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            placed.append(target)
        return placed
