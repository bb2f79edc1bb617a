"""Rendering many cases: one failing case is reported and does not stop the others.

With `jobs > 1` documents render in worker processes (docxtpl is CPU-bound Python);
workers are started with "spawn" so that a multi-threaded caller (the GUI) is safe.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assembler.catalogue import FieldCatalogue
from assembler.contract import Script, TemplateInfo
from assembler.errors import AssemblerError
from assembler.render import render


@dataclass(frozen=True)
class BatchItem:
    """The outcome for one case: a file, or the reason there is none."""

    key: str  # the case id or case file that was rendered
    path: Path | None = None
    sha256: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None


Progress = Callable[[int, int, BatchItem], None]


def _render_one(
    template: TemplateInfo,
    key: str,
    context: Mapping[str, Any],
    out_dir: Path,
    script: Script,
    fields: FieldCatalogue | None,
) -> BatchItem:
    try:
        result = render(template, context, out_dir, script=script, fields=fields)
    except AssemblerError as exc:
        return BatchItem(key, error=str(exc))
    except Exception as exc:  # a bug in one case must not lose the others
        return BatchItem(key, error=f"unexpected {type(exc).__name__}: {exc}")
    return BatchItem(key, result.path, result.sha256)


def render_batch(
    template: TemplateInfo,
    contexts: Sequence[tuple[str, Mapping[str, Any]]],
    out_dir: Path,
    *,
    script: Script = "latin",
    jobs: int = 1,
    fields: FieldCatalogue | None = None,
    progress: Progress | None = None,
) -> list[BatchItem]:
    """Render every (key, context); results come back in input order."""
    total = len(contexts)
    results: list[BatchItem] = []
    if jobs <= 1 or total <= 1:
        for key, context in contexts:
            item = _render_one(template, key, context, out_dir, script, fields)
            results.append(item)
            if progress:
                progress(len(results), total, item)
        return results
    spawn = multiprocessing.get_context("spawn")
    # Each result is reported as soon as it is written (the caller records it then), and
    # the list still comes back in input order.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=spawn) as pool:
        futures = {
            pool.submit(_render_one, template, key, dict(context), out_dir, script, fields): n
            for n, (key, context) in enumerate(contexts)
        }
        placed: dict[int, BatchItem] = {}
        for future in as_completed(futures):
            item = future.result()
            placed[futures[future]] = item
            if progress:
                progress(len(placed), total, item)
    return [placed[n] for n in range(total)]
