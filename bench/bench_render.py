"""Benchmark: the appeal for N cases through the whole pipeline vs bare docxtpl.

Run: PYTHONPATH=. python bench/bench_render.py [--n 500] [--pdf-n 20] [--no-pdf]

Prints documents/second for
  1. bare docxtpl (load template, render, save) - sequential,
  2. the azil pipeline (coerce + validate + sandboxed render + atomic write + sha256),
  3. the azil batch with --jobs 2,
and the PDF conversion of a batch in one LibreOffice process vs one process per file.
Uses templates_docx's appeal when the catalogue ships it, else a stand-in of similar size.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import docx
import jinja2
from docxtpl import DocxTemplate

from assembler.batch import render_batch
from assembler.contract import Field, FieldType, TemplateInfo
from assembler.filters import FILTERS
from assembler.pdf import find_soffice, to_pdf
from assembler.render import render
from assembler.validation import coerce


def stand_in(folder: Path) -> tuple[TemplateInfo, dict[str, Field]]:
    """An appeal-sized template (about 3 pages, 25 fields, a loop and conditions)."""
    fields = {
        f.name: f
        for f in (
            Field("client_full_name", FieldType.TEXT, "Ime", "Name"),
            Field("client_gender", FieldType.ENUM, "Pol", "Gender", choices=("m", "f")),
            Field("client_birth_date", FieldType.DATE, "Rođen", "Born"),
            Field("client_citizenship", FieldType.TEXT, "Državljanstvo", "Citizenship"),
            Field("client_residence", FieldType.TEXT, "Boravište", "Residence"),
            Field("rep_full_name", FieldType.TEXT, "Punomoćnik", "Representative"),
            Field("rep_city", FieldType.TEXT, "Grad", "City"),
            Field("ao_decision_no", FieldType.TEXT, "Broj", "Number"),
            Field("ao_decision_date", FieldType.DATE, "Datum", "Date"),
            Field("ao_decision_delivered", FieldType.DATE, "Dostavljeno", "Delivered"),
            Field("decision_summary", FieldType.MULTILINE, "Rešenje", "Decision"),
            Field("reasoning", FieldType.MULTILINE, "Obrazloženje", "Reasoning"),
            Field("request_hearing", FieldType.BOOL, "Rasprava", "Hearing"),
            Field("place", FieldType.TEXT, "Mesto", "Place"),
            Field("date_signed", FieldType.DATE, "Datum", "Date"),
            Field(
                "attachments",
                FieldType.LIST,
                "Prilozi",
                "Attachments",
                columns=(Field("label", FieldType.TEXT, "Prilog", "Attachment"),),
            ),
        )
    }
    body = [
        "KOMISIJI ZA AZIL",
        "Beograd",
        "preko",
        "KANCELARIJE ZA AZIL",
        "ŽALILAC: {{ client_full_name }}, {{ client_gender|rod('državljanin', 'državljanka') }} "
        "{{ client_citizenship }}, {{ client_gender|rod('rođen', 'rođena') }} "
        "{{ client_birth_date|datum }}, sa boravištem u {{ client_residence }}, "
        "koga zastupa {{ rep_full_name }}, advokat iz {{ rep_city }}",
        "{{ 'ŽALBA'|spaced }}",
        "protiv rešenja Kancelarije za azil broj {{ ao_decision_no }} od "
        "{{ ao_decision_date|datum_ref }}, dostavljenog {{ ao_decision_delivered|datum }}",
        "{%p for p in decision_summary|paragraphs %}",
        "{{ p }}",
        "{%p endfor %}",
        "Obrazloženje",
        "{%p for p in reasoning|paragraphs %}",
        "{{ p }}",
        "{%p endfor %}",
        *(
            f"Tačka {i}. Standardni tekst obrazloženja koji advokat ne menja, sa pozivom na "
            "član 24. Zakona o upravnim sporovima i praksu Evropskog suda za ljudska prava."
            for i in range(1, 40)
        ),
        "{%p if request_hearing %}",
        "Predlaže se održavanje usmene rasprave.",
        "{%p endif %}",
        "Prilozi:",
        "{%p for a in attachments %}",
        "{{ loop.index }}. {{ a.label }}",
        "{%p endfor %}",
        "U {{ place }}, {{ date_signed|datum }}",
    ]
    document = docx.Document()
    for line in body:
        document.add_paragraph(line)
    path = folder / "stand-in-appeal.docx"
    document.save(str(path))
    info = TemplateInfo(
        id="appeal",
        filename=str(path),
        title_sr="Žalba",
        title_en="Appeal",
        default_script="latin",
        required=tuple(fields),
        optional=(),
        legal_basis="-",
    )
    return info, fields


def shipped() -> tuple[TemplateInfo, dict[str, Field]] | None:
    try:
        from assembler import all_fields, get_template, template_path

        info = get_template("appeal")
        if not template_path(info).is_file():
            return None
        return info, all_fields()
    except Exception:
        return None


def value_for(field: Field, i: int) -> object:
    if field.type is FieldType.DATE:
        return f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
    if field.type is FieldType.BOOL:
        return i % 2 == 0
    if field.type is FieldType.INT:
        return 2
    if field.type is FieldType.ENUM:
        return field.choices[i % len(field.choices)]
    if field.type is FieldType.MULTI_ENUM:
        return list(field.choices[:1])
    if field.type is FieldType.LIST:
        return [{c.name: value_for(c, i) for c in field.columns} for _ in range(3)]
    if field.type is FieldType.MULTILINE:
        return "\n\n".join(
            f"Pasus {k} predmeta {i}. " + "Tekst obrazloženja. " * 30 for k in range(6)
        )
    return f"Vrednost {field.name} {i}"


def contexts(info: TemplateInfo, fields: dict[str, Field], n: int) -> list[dict[str, object]]:
    names = info.required + info.optional
    out = []
    for i in range(n):
        ctx = {name: value_for(fields[name], i) for name in names if name in fields}
        if "client_full_name" in ctx:
            ctx["client_full_name"] = f"Klijent Broj {i}"
        out.append(ctx)
    return out


def bare(info: TemplateInfo, ctxs: list[dict[str, object]], fields, out: Path) -> float:
    from assembler import template_path

    env = jinja2.Environment()
    env.filters.update(FILTERS)
    ready = [coerce(c, info, fields=fields) for c in ctxs]  # bare docxtpl gets prepared data
    out.mkdir()
    start = time.perf_counter()
    for i, ctx in enumerate(ready):
        tpl = DocxTemplate(str(template_path(info)))
        tpl.render(ctx, jinja_env=env)
        tpl.save(str(out / f"{i}.docx"))
    return time.perf_counter() - start


def pipeline(info, ctxs, fields, out: Path) -> float:
    start = time.perf_counter()
    for ctx in ctxs:
        render(info, ctx, out, fields=fields)
    return time.perf_counter() - start


def batch(info, ctxs, fields, out: Path, jobs: int) -> float:
    start = time.perf_counter()
    results = render_batch(
        info, [(str(i), c) for i, c in enumerate(ctxs)], out, jobs=jobs, fields=fields
    )
    elapsed = time.perf_counter() - start
    failed = [r for r in results if not r.ok]
    if failed:
        sys.exit(f"batch failed: {failed[0].key}: {failed[0].error}")
    return elapsed


def pdf_bench(paths: list[Path], work: Path) -> tuple[float, float]:
    one = work / "pdf-one"
    one.mkdir()
    start = time.perf_counter()
    to_pdf(paths, one)
    t_one = time.perf_counter() - start
    each = work / "pdf-each"
    each.mkdir()
    start = time.perf_counter()
    for p in paths:
        to_pdf([p], each)
    return t_one, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--pdf-n", type=int, default=20)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="azil-bench-"))
    try:
        found = shipped()
        info, fields = found or stand_in(work)
        print(f"template: {'templates_docx appeal' if found else 'stand-in appeal'}, n={args.n}")
        ctxs = contexts(info, fields, args.n)
        render(info, ctxs[0], work / "warm", fields=fields)  # imports, caches
        t_bare = bare(info, ctxs, fields, work / "bare")
        t_pipe = pipeline(info, ctxs, fields, work / "pipe")
        t_jobs = batch(info, ctxs, fields, work / "jobs2", jobs=2)
        n = args.n
        print(f"bare docxtpl, sequential : {n / t_bare:7.1f} doc/s  ({t_bare:.2f} s)")
        print(f"azil pipeline, sequential: {n / t_pipe:7.1f} doc/s  ({t_pipe:.2f} s)")
        print(f"  overhead per document  : {100 * (t_pipe / t_bare - 1):+.1f} % (goal <= 15 %)")
        print(f"azil batch, --jobs 2     : {n / t_jobs:7.1f} doc/s  ({t_jobs:.2f} s)")
        print(f"  vs bare sequential     : {t_bare / t_jobs:.2f}x faster (goal > 1)")
        if not args.no_pdf:
            if find_soffice() is None:
                print("PDF: LibreOffice not installed, skipped")
            else:
                paths = sorted((work / "pipe").glob("*.docx"))[: args.pdf_n]
                t_one, t_each = pdf_bench(paths, work)
                k = len(paths)
                print(f"PDF, {k} files, one LibreOffice run : {t_one:6.2f} s ({k / t_one:.1f}/s)")
                print(f"PDF, {k} files, one run per file    : {t_each:6.2f} s ({k / t_each:.1f}/s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
